import GemeinsamCore

/// German text of the Börse's notification mails (subjects and texts; the footer is `German.Mail`).
extension German {
    enum ExchangeMail {
        static func newRequest(_ title: String) -> String { "Neue Anfrage zu Ihrem Eintrag „\(title)“" }
        static func accepted(_ title: String) -> String { "Ihre Anfrage zu „\(title)“ wurde angenommen" }
        static func declined(_ title: String) -> String { "Ihre Anfrage zu „\(title)“ wurde abgelehnt" }
        static func message(_ title: String) -> String { "Neue Nachricht zu „\(title)“" }
        static func kioskRequest(_ title: String) -> String { "Kiosk: Rückruf nötig – Anfrage zu „\(title)“" }
        static func hoursToConfirm(_ name: String) -> String { "Bitte bestätigen: Ehrenamtsstunden von \(name)" }
        static func newRequestText(_ name: String) -> String {
            "\(name) hat auf Ihren Eintrag geantwortet. Die Nachricht lesen Sie nach dem Anmelden auf der Seite der Anfrage."
        }
        static func kioskRequestText(_ name: String, listing: Int) -> String {
            "\(name) möchte Kontakt zu Eintrag Nr. \(listing). Bitte rufen Sie die Person zurück, die den Eintrag aufgegeben hat."
        }
        static let acceptedText = "Gute Nachricht: Ihre Anfrage wurde angenommen. Die Kontaktdaten sehen Sie nach dem Anmelden auf der Seite der Anfrage."
        static let declinedText = "Ihre Anfrage wurde leider abgelehnt. Vielleicht passt ein anderer Eintrag in Ihrer Nähe."
        static let visitorDeclinedText = "Die Person möchte leider keinen Kontakt. Vielleicht passt ein anderer Eintrag in Ihrer Nähe."
        static let messageText = "Sie haben eine neue Nachricht. Lesen und antworten können Sie nach dem Anmelden auf der Seite der Anfrage."
        static func hoursText(_ name: String, hours: String, date: String) -> String {
            "\(name) hat \(hours) Stunden am \(date) eingetragen. Bitte bestätigen Sie sie, wenn sie stimmen."
        }
        static func digestSubject(_ quartier: String) -> String { "Neu in Ihrer Nachbarschaft: \(quartier)" }
        static func digestLine(_ kind: GemeinsamCore.Exchange.Kind, title: String, category: GemeinsamCore.Exchange.Category,
                                   name: String) -> String {
            "• \(Exchange.kind(kind)): \(title) (\(Exchange.category(category)), \(name))"
        }
        /// The digest mail: an intro, each listing with its address, how many more there are, how to unsubscribe.
        static func digestText(quartier: String, listings: [(line: String, url: String)], more: Int) -> String {
            var lines = ["Neue Einträge in \(quartier) seit der letzten Zusammenfassung:", ""]
            for listing in listings { lines += [listing.line, "  " + listing.url] }
            if more > 0 { lines.append("… und \(more) weitere.") }
            lines += ["", "Abbestellen: unter „Mein Konto“ → „Meine Nachbarschaftsbörse“."]
            return lines.joined(separator: "\n")
        }
    }
}
