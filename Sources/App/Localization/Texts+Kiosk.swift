/// German text of the kiosk channel: intake for visitors without an account, call backs, printed notices.
extension German {
    enum Kiosk {
        static let title = "Kiosk"
        static let dashboardTitle = "Kiosk-Übersicht"
        static let intakeTitle = "Eintrag aufnehmen"
        static let intakeIntro = "Für Besucherinnen und Besucher ohne Konto. Die Person entscheidet, wie sie erreichbar ist. Öffentlich erscheinen nur Vorname, Quartier und Text."
        static let noSite = "Ihr Konto ist noch keinem Kiosk zugeordnet. Bitte wenden Sie sich an die Koordinierungsstelle."
        static let siteLabel = "Kiosk"
        static let firstNameLabel = "Vorname der Person"
        static let firstNameHint = "Öffentlich mit Anfangsbuchstaben des Nachnamens, wenn angegeben."
        static let initialLabel = "Anfangsbuchstabe des Nachnamens"
        static let streetLabel = "Straße der Person (ohne Hausnummer)"
        static let streetHint = "Wir bestimmen daraus nur das Quartier; die Straße wird nicht gespeichert."
        static let quartierOrLabel = "oder Quartier direkt wählen"
        static let quartierOrHint = "Nur nötig, wenn die Straße nicht eindeutig ist. Ohne Straße und Auswahl: das Quartier des Kiosks."
        static let reachLegend = "Wie ist die Person erreichbar?"
        static let reachPhone = "Per Telefon – wir rufen zurück"
        static let reachVisit = "Kommt wieder vorbei"
        static let consentLegend = "Einwilligung"
        static func consentLabel(_ version: String) -> String { "Die Person hat der Einwilligung (Fassung \(version)) zugestimmt." }
        static let intakeButton = "Eintrag speichern"
        static func intakeSaved(_ id: Int) -> String { "Eintrag Nr. \(id) ist gespeichert. Bitte geben Sie der Person die Nummer mit." }
        static let openItems = "Offene Einträge dieses Kiosks"
        static let openItemsEmpty = "Keine offenen Einträge."
        static let queueEmpty = "Keine offenen Anfragen."
        static let callbacksDue = "Rückrufe fällig"
        static let printLink = "Aushang drucken: heutige offene Einträge in der Nähe"
        static let printTitle = "Aushang"
        static func printHeading(_ site: String) -> String { "Nachbarschaftsbörse – offene Einträge rund um \(site)" }
        static func printFooter(_ site: String, _ phone: String) -> String {
            "Interesse? Sprechen Sie uns an: \(site), Telefon \(phone). Kontaktdaten geben wir nur mit Zustimmung weiter."
        }
        static let confirmHoursHeading = "Ehrenamtsstunden bestätigen"
        static let confirmHoursEmpty = "Keine Stunden zu bestätigen."
        static let intakeLink = "Neuen Eintrag aufnehmen"
        static let queueItemTitle = "Rückruf"
        static let outcomeLegend = "Ergebnis des Rückrufs festhalten"
        static func outcome(_ code: String) -> String {
            switch code {
            case "acceptPhone": "Erreicht: möchte Kontakt, Telefonnummer darf weitergegeben werden"
            case "acceptKiosk": "Erreicht: möchte Kontakt, Treffen über den Kiosk"
            case "decline": "Erreicht: möchte keinen Kontakt"
            case "notReached": "Nicht erreicht – später noch einmal versuchen"
            default: code
            }
        }
        static let outcomeNoteLabel = "Notiz (intern, ohne Gesundheitsdaten)"
        static let outcomeButton = "Ergebnis speichern"
        static let visitorContact = "Kontakt der Person (nur für das Kiosk-Team)"
        static let visitorVisits = "kommt wieder vorbei"
        static func attempts(_ n: Int) -> String { n == 1 ? "1 Versuch" : "\(n) Versuche" }
        static let sitesTitle = "Kioske verwalten"
        static let sitesIntro = "Kioske sind öffentliche Orte (NachbarBude, Seniorenbüro, Stadtteilbüro). Ihre Adresse und Telefonnummer sind öffentlich."
        static let siteNameLabel = "Name des Kiosks"
        static let siteOrgLabel = "Träger (für Bescheinigungen)"
        static let sitePhoneLabel = "Telefon des Kiosks"
        static let siteAddressLabel = "Kurze Adresse des Kiosks"
        static let siteHoursLabel = "Öffnungszeiten"
        static let siteAdd = "Kiosk anlegen"
        static let staffLegend = "Kiosk-Team zuordnen"
        static let staffEmailLabel = "E-Mail-Adresse des Kontos"
        static let staffAdd = "Zuordnen"
        static let staffRemove = "Zuordnung aufheben"
        static func staffAdded(_ email: String, _ site: String) -> String { "\(email) gehört jetzt zum Kiosk-Team „\(site)“." }
        static func staffRemoved(_ email: String, _ site: String) -> String { "\(email) gehört nicht mehr zum Kiosk-Team „\(site)“." }
        static let errNoSuchAccount = "Zu dieser E-Mail-Adresse gibt es kein Konto."
        static let siteSaved = "Der Kiosk ist angelegt."
        static let consentPageTitle = "Einwilligung am Kiosk"

        static let switchSite = "Kiosk wechseln"
        static let tryLater = "Später erneut versuchen"
        static func number(_ id: Int) -> String { "Nr. \(id)" }
        static func queueItem(_ listing: Int, title: String?, from name: String) -> String {
            "Nr. \(listing)\(title.map { " „\($0)“" } ?? ""): Anfrage von \(name)"
        }
        static func confirmedBy(_ site: String, _ staff: String) -> String { "Kiosk-Team \(site) (\(staff))" }
        /// Notices on the kiosk's overview (`?hinweis=`; "aufgenommen" comes with the listing's number).
        static let notices = ["gespeichert": "Gespeichert."]

        // MARK: intake
        static let firstNameWhat = "den Vornamen"
        static let errFirstNameOnly = "Bitte nur den Vornamen eingeben."
        static let errInitial = "Bitte nur einen Buchstaben, zum Beispiel „B“."
        static let errReach = "Bitte wählen Sie, wie die Person erreichbar ist."
        static let streetWhat = "die Straße"
        static let quartierFromStreet = "aus der Straße bestimmen"
        static let phoneHint = "Nur bei „Per Telefon“. Sieht nur das Kiosk-Team."

        // MARK: call back
        static let errOutcome = "Bitte wählen Sie ein Ergebnis."
        static func callbackHeading(_ listing: Int, title: String) -> String { "Rückruf: Nr. \(listing) „\(title)“" }
        static let listingBy = "Eintrag von"
        static let message = "Nachricht"
        static let attemptsSoFar = "Bisher"
        static let note = "Notiz"
        static let contactAfterAcceptance = "Die Kontaktdaten der anfragenden Person sehen Sie, sobald die Anfrage angenommen ist."
        static let toThread = "Zur Anfrage mit Nachrichten"

        // MARK: print and consent
        static func printAsOf(_ date: String) -> String { "Stand: \(date)." }
        static let printCaption = "Offene Einträge in der Nähe"
        static let printColumns = ["Nr.", "Art", "Was", "Wer, wo, wann"]
        static let consentIntro = "Diese Einwilligung liest das Kiosk-Team vor oder zeigt sie, bevor es einen Eintrag aufnimmt. Jede gespeicherte Einwilligung verweist auf ihre Fassung."
        static func consentVersion(_ version: String) -> String { "Fassung \(version)" }

        // MARK: sites
        static let sitesCaption = "Kioske und ihr Team"
        static let sitesColumns = ["Kiosk", "Quartier", "Kontakt", "Team"]
        static let siteNameWhat = "den Namen"
        static let siteOrgWhat = "den Träger"
        static let siteAddressWhat = "die Adresse"
        static let errSiteExists = "Einen Kiosk mit diesem Namen gibt es schon."
        static let errSiteChoice = "Bitte wählen Sie einen Kiosk aus der Liste."
        static let errNoKioskRole = "Dieses Konto hat die Rolle „Kiosk-Team“ nicht. Bitte die Administration, sie zu vergeben."

        /// The consent texts read out or shown to visitors, by version. A new wording gets a new version; old ones
        /// stay here so every stored consent can be traced to its text.
        static let consentTexts: [(version: String, text: String)] = [
            ("2026-01", "Ich bin einverstanden, dass das Kiosk-Team meinen Vornamen, mein Quartier, meinen Text und – "
                + "wenn ich das möchte – meine Telefonnummer in der Nachbarschaftsbörse von Gemeinsam Dortmund speichert. "
                + "Öffentlich erscheinen nur Vorname, Quartier und Text. Meine Telefonnummer sieht nur das Kiosk-Team; "
                + "weitergegeben wird sie nur, wenn ich beim Rückruf zustimme. Der Eintrag endet spätestens nach 90 Tagen; "
                + "meine Telefonnummer wird danach gelöscht. Ich kann jederzeit am Kiosk widerrufen."),
        ]
        static var currentConsent: (version: String, text: String) { consentTexts[consentTexts.count - 1] }
    }
}
