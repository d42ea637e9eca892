import GemeinsamCore

/// German text of the Begegnung editing pages: /verwalten, the history and the place types (the forms are in
/// German+MeetingsForms, rooms and bookings in German+MeetingsRooms).
extension German {
    enum Editing {
        static let navManage = "Verwalten"
        static let pleaseChoose = "Bitte wählen"
        static let save = "Speichern"
        static let statusLegend = "Status"
        static let statusHint = "Ein Entwurf ist nur für Sie und die Verwaltung sichtbar."
        static let statusHeading = "Status ändern"
        static let statusMissing = "Bitte wählen Sie einen Status."
        static let statusUnknown = "Diesen Status gibt es nicht."
        static let dateMissing = "Bitte geben Sie ein Datum ein."
        static let timeMissing = "Bitte geben Sie eine Uhrzeit ein."

        static func dateUnreadable(_ text: String) -> String {
            "„\(text)“ ist kein Datum. Bitte schreiben Sie es als TT.MM.JJJJ, zum Beispiel 24.12.2026."
        }

        static func timeUnreadable(_ text: String) -> String {
            "„\(text)“ ist keine Uhrzeit. Bitte schreiben Sie sie als HH:MM, zum Beispiel 14:30."
        }

        static func statusOption(_ status: PublicationStatus) -> String {
            switch status {
            case .draft: "Entwurf (noch nicht öffentlich)"
            case .published: "veröffentlicht"
            case .paused: "pausiert (vorübergehend nicht sichtbar)"
            case .cancelled: "abgesagt"
            }
        }

        static func statusAction(_ status: PublicationStatus) -> String {
            switch status {
            case .draft: "Zum Entwurf machen"
            case .published: "Veröffentlichen"
            case .paused: "Pausieren"
            case .cancelled: "Absagen"
            }
        }

        static func currentStatus(_ label: String) -> String { "Derzeitiger Status: \(label)." }
        static func statusChange(_ label: String) -> String { "Status: \(label)" }

        /// "geändert: Titel, Termine" for the history.
        static func changeSummary(_ fields: [String]) -> String {
            fields.isEmpty ? "gespeichert, ohne Änderungen" : "geändert: " + fields.joined(separator: ", ")
        }

        /// Notices after a redirect (`?hinweis=key`); only these texts can appear.
        static let notices: [String: String] = [
            "angelegt": "Angelegt. Sie können hier weiter bearbeiten.",
            "gespeichert": "Ihre Änderungen sind gespeichert.",
            "status": "Der Status ist geändert.",
            "raum-angelegt": "Der Raum ist angelegt.",
            "angefragt": "Ihre Anfrage ist gesendet. Sie sehen hier, sobald sie bestätigt oder abgelehnt ist.",
            "zurueckgezogen": "Ihre Anfrage ist zurückgezogen.",
            "bestaetigt": "Die Buchung ist bestätigt. Der Raum ist zu dieser Zeit jetzt belegt.",
            "belegt": "Der Raum ist zu dieser Zeit schon belegt. Die Anfrage wurde deshalb abgelehnt.",
            "abgelehnt": "Die Anfrage ist abgelehnt.",
            "nicht-offen": "Diese Anfrage war schon entschieden oder zurückgezogen. Es hat sich nichts geändert.",
        ]
    }

    enum Manage {
        static let title = "Verwalten"
        static let introCoordinator = "Als Koordinierungsstelle dürfen Sie alle Orte, Räume und Angebote bearbeiten."
        static let introEditor = "Hier sind die Orte, Räume und Angebote, die Sie angelegt haben."
        static func introAreaManager(_ areas: [String]) -> String {
            "Sie dürfen Ihre eigenen Orte und Angebote bearbeiten und alle in: \(areas.joined(separator: ", "))."
        }
        static let newPlace = "Neuen Ort anlegen"
        static let newOffer = "Neues Angebot anlegen"
        static func bookings(_ open: Int) -> String {
            open == 0 ? "Raumanfragen" : open == 1 ? "Raumanfragen (1 offen)" : "Raumanfragen (\(open) offen)"
        }
        static let placeTypes = "Ortstypen"
        static func placesHeading(_ n: Int) -> String { "Orte (\(n))" }
        static func offersHeading(_ n: Int) -> String { "Angebote (\(n))" }
        static let noPlaces = "Sie haben noch keinen Ort. Legen Sie einen an – oder bieten Sie etwas im Freien an."
        static let noOffers = "Sie haben noch kein Angebot."
        static let status = "Status"
        static let edit = "Bearbeiten"
        static let history = "Verlauf"
        static let offerHere = "Angebot an diesem Ort"
        static let newRoom = "Raum anlegen"
        static let rooms = "Räume"
        static let notBookable = "(nicht buchbar)"
        static let back = "Zurück zu Verwalten"
    }

    enum History {
        static let heading = "Änderungsverlauf"
        static let link = "Änderungsverlauf ansehen"
        static let placeHeading = "Änderungsverlauf des Ortes"
        static let offerHeading = "Änderungsverlauf des Angebots"
        static let back = "Zurück zum Bearbeiten"
        static let empty = "Noch keine Änderungen."
        static let caption = "Alle Änderungen, neueste zuerst"
        static let when = "Zeitpunkt"
        static let who = "Wer"
        static let what = "Was"
        static let deletedAccount = "gelöschtes Konto"
        static let system = "System (Beispielinhalt) oder gelöschtes Konto"
        /// The history line of a new place, offer or room.
        static let created = "angelegt"
    }

    enum PlaceTypes {
        static let title = "Ortstypen"
        static let intro = "Ortstypen ordnen die Orte, zum Beispiel „Seniorenbüro“ oder „Bibliothek“. Neue Typen stehen sofort im Formular für Orte zur Auswahl."
        static let nameLabel = "Neuer Ortstyp"
        static let nameHint = "Zum Beispiel „Stadtteilzentrum“. Daraus wird ein Schlüssel für Adressen und Daten."
        static let nameWhat = "einen Namen für den Ortstyp"
        static let add = "Ortstyp hinzufügen"
        static let caption = "Alle Ortstypen"
        static let name = "Name"
        static let key = "Schlüssel"
        static let places = "Orte"
        static let noLetters = "Der Name braucht mindestens einen Buchstaben oder eine Ziffer."
        static func exists(_ name: String) -> String { "Den Ortstyp „\(name)“ gibt es schon (oder einen mit gleichem Schlüssel)." }
        static func added(_ name: String) -> String { "Der Ortstyp „\(name)“ ist hinzugefügt." }
    }
}
