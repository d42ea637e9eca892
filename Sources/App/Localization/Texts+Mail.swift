/// German text of the notification mails and their delivery (what the commands and the log say).
extension German {
    enum Mail {
        static let footer = "Diese Nachricht kommt von Gemeinsam Dortmund. Kontaktdaten stehen nie in E-Mails – Sie sehen sie nach dem Anmelden auf der Seite."
        static func open(_ url: String) -> String { "Zur Seite: \(url)" }

        static func deliveryResult(sent: Int, failed: Int, waiting: Int, unavailable: String?) -> String {
            "\(sent) verschickt, \(failed) fehlgeschlagen, \(waiting) warten"
                + (unavailable.map { " (Versand nicht möglich: \($0))" } ?? "")
        }
        static func delivered(_ result: String) -> String { "E-Mail-Versand: \(result)" }
        static func deliveredBy(_ transport: String, _ result: String) -> String { "E-Mail über \(transport): \(result)" }
        static let deliverHelp = "Verschickt wartende Benachrichtigungen (E-Mail)."

        static func sendmailName(_ path: String) -> String { "sendmail (\(path))" }
        static func sendmailMissing(_ path: String) -> String { "\(path) fehlt oder ist nicht ausführbar" }
        static func sendmailExit(_ code: Int32) -> String { "sendmail endete mit Code \(code)" }
        static func sendmailNotStarted(_ path: String) -> String { "\(path) lässt sich nicht starten" }
        static func filesName(_ directory: String) -> String { "Dateien in \(directory)" }
        static func filesNotWritable(_ directory: String) -> String { "\(directory) ist nicht beschreibbar" }
    }
}
