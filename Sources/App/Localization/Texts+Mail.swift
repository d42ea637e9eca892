/// German text of the notification mails and their delivery (what the commands and the log say).
extension Texts {
    enum Mail {
        static var footer: String { UIText.text("mail.footer") }
        static func open(_ url: String) -> String { UIText.text("mail.open", ["url": "\(url)"]) }

        static func deliveryResult(sent: Int, failed: Int, waiting: Int, unavailable: String?) -> String {
            UIText.text("mail.deliveryResult.1", ["sent": "\(sent)", "failed": "\(failed)", "waiting": "\(waiting)"])
                + (unavailable.map { UIText.text("mail.deliveryResult.2", ["value": "\($0)"]) } ?? "")
        }
        static func delivered(_ result: String) -> String { UIText.text("mail.delivered", ["result": "\(result)"]) }
        static func deliveredBy(_ transport: String, _ result: String) -> String { UIText.text("mail.deliveredBy", ["transport": "\(transport)", "result": "\(result)"]) }
        static var deliverHelp: String { UIText.text("mail.deliverHelp") }

        static func sendmailName(_ path: String) -> String { UIText.text("mail.sendmailName", ["path": "\(path)"]) }
        static func sendmailMissing(_ path: String) -> String { UIText.text("mail.sendmailMissing", ["path": "\(path)"]) }
        static func sendmailExit(_ code: Int32) -> String { UIText.text("mail.sendmailExit", ["code": "\(code)"]) }
        static func sendmailNotStarted(_ path: String) -> String { UIText.text("mail.sendmailNotStarted", ["path": "\(path)"]) }
        static func filesName(_ directory: String) -> String { UIText.text("mail.filesName", ["directory": "\(directory)"]) }
        static func filesNotWritable(_ directory: String) -> String { UIText.text("mail.filesNotWritable", ["directory": "\(directory)"]) }
    }
}
