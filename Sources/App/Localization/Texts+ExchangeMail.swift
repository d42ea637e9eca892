import GemeinsamCore

/// German text of the Börse's notification mails (subjects and texts; the footer is `Texts.Mail`).
extension Texts {
    enum ExchangeMail {
        static func newRequest(_ title: String) -> String { UIText.text("exchangeMail.newRequest", ["title": "\(title)"]) }
        static func accepted(_ title: String) -> String { UIText.text("exchangeMail.accepted", ["title": "\(title)"]) }
        static func declined(_ title: String) -> String { UIText.text("exchangeMail.declined", ["title": "\(title)"]) }
        static func message(_ title: String) -> String { UIText.text("exchangeMail.message", ["title": "\(title)"]) }
        static func kioskRequest(_ title: String) -> String { UIText.text("exchangeMail.kioskRequest", ["title": "\(title)"]) }
        static func hoursToConfirm(_ name: String) -> String { UIText.text("exchangeMail.hoursToConfirm", ["name": "\(name)"]) }
        static func newRequestText(_ name: String) -> String {
            UIText.text("exchangeMail.newRequestText", ["name": "\(name)"])
        }
        static func kioskRequestText(_ name: String, listing: Int) -> String {
            UIText.text("exchangeMail.kioskRequestText", ["name": "\(name)", "listing": "\(listing)"])
        }
        static var acceptedText: String { UIText.text("exchangeMail.acceptedText") }
        static var declinedText: String { UIText.text("exchangeMail.declinedText") }
        static var visitorDeclinedText: String { UIText.text("exchangeMail.visitorDeclinedText") }
        static var messageText: String { UIText.text("exchangeMail.messageText") }
        static func hoursText(_ name: String, hours: String, date: String) -> String {
            UIText.text("exchangeMail.hoursText", ["name": "\(name)", "hours": "\(hours)", "date": "\(date)"])
        }
        static func digestSubject(_ quartier: String) -> String { UIText.text("exchangeMail.digestSubject", ["quartier": "\(quartier)"]) }
        static func digestLine(_ kind: GemeinsamCore.Exchange.Kind, title: String, category: GemeinsamCore.Exchange.Category,
                                   name: String) -> String {
            "• \(Exchange.kind(kind)): \(title) (\(Exchange.category(category)), \(name))"
        }
        /// The digest mail: an intro, each listing with its address, how many more there are, how to unsubscribe.
        static func digestText(quartier: String, listings: [(line: String, url: String)], more: Int) -> String {
            var lines = [UIText.text("exchangeMail.digestText.1", ["quartier": "\(quartier)"]), ""]
            for listing in listings { lines += [listing.line, "  " + listing.url] }
            if more > 0 { lines.append(UIText.text("exchangeMail.digestText.2", ["more": "\(more)"])) }
            lines += ["", UIText.text("exchangeMail.digestText.3")]
            return lines.joined(separator: "\n")
        }
    }
}
