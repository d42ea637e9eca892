import Foundation
import GemeinsamCore

/// German text of the Nachbarschaftsbörse (kiosk: `German+Kiosk`, hours and moderation: `German+Volunteer`).
extension German {
    enum Exchange {
        static let navLabel = "Nachbarschaftsbörse"
        static let title = "Nachbarschaftsbörse"
        static let intro = "Hier bitten Nachbarinnen und Nachbarn um Hilfe oder bieten sie an – vom Einkauf bis zum "
            + "Spaziergang. Kontaktdaten werden erst sichtbar, wenn beide Seiten zustimmen. Wer kein Internet hat, "
            + "kann einen Eintrag am Kiosk oder im Seniorenbüro aufgeben."
        static let chooseQuartier = "Quartier wählen"
        static let chooseQuartierHint = "Wir zeigen Einträge aus diesem Quartier, den Nachbarquartieren und dem Stadtbezirk."
        static let show = "Einträge zeigen"
        static let newListing = "Neuen Eintrag aufgeben"
        static let newListingLoginHint = "Zum Aufgeben eines Eintrags brauchen Sie ein Konto. Ohne Internet geht es am Kiosk."
        static let newestCitywide = "Neueste Einträge in Dortmund"
        static let emptyList = "Zurzeit gibt es hier keine offenen Einträge. Vielleicht möchten Sie selbst etwas anbieten?"
        static let pleaseChoose = "Bitte wählen"
        static func dateTime(day: String, time: String) -> String { "\(day), \(time) Uhr" }
        static let openListings = "Offene Einträge"
        static let pages = "Seiten"
        static func moreAbout(_ name: String) -> String { "Mehr über \(name)" }
        static func quartierTitle(_ name: String) -> String { "Nachbarschaftsbörse \(name)" }
        static func quartierIntro(_ name: String) -> String {
            "Offene Einträge aus \(name), den Nachbarquartieren und dem übrigen Stadtbezirk, die neuesten zuerst."
        }
        static let filterLegend = "Einträge filtern"
        static let kindLabel = "Art"
        static let allKinds = "Suche und Biete"
        static let categoryLabel = "Kategorie"
        static let allCategories = "Alle Kategorien"
        static let filterButton = "Filtern"
        static let nextPage = "Weitere Einträge"
        static let previousPage = "Vorherige Einträge"
        static let quartierSectionHeading = "Nachbarschaftsbörse"
        static let quartierSectionEmpty = "Im Moment gibt es hier keine offenen Einträge."
        static func quartierSectionLink(_ name: String) -> String { "Alle Einträge für \(name) und Umgebung" }

        static func kind(_ kind: GemeinsamCore.Exchange.Kind) -> String {
            switch kind {
            case .request: "Suche"
            case .offer: "Biete"
            }
        }

        static func kindLong(_ kind: GemeinsamCore.Exchange.Kind) -> String {
            switch kind {
            case .request: "Ich suche Hilfe"
            case .offer: "Ich biete Hilfe an"
            }
        }

        static func category(_ category: GemeinsamCore.Exchange.Category) -> String {
            switch category {
            case .company: "Gesellschaft & Gespräch"
            case .walks: "Spaziergang & Begleitung"
            case .errands: "Einkauf & Besorgungen"
            case .techHelp: "Technik-Hilfe"
            case .repairs: "Kleine Reparaturen"
            case .paperwork: "Papierkram & Übersetzen"
            case .childcare: "Kinderbetreuung"
            case .lending: "Verleihen & Verschenken"
            case .activities: "Gemeinsam etwas unternehmen"
            case .other: "Sonstiges"
            }
        }

        static func status(_ status: GemeinsamCore.Exchange.Status) -> String {
            switch status {
            case .open: "offen"
            case .matched: "vermittelt"
            case .done: "erledigt"
            case .withdrawn: "zurückgezogen"
            case .expired: "abgelaufen"
            }
        }

        static func timingCode(_ code: GemeinsamCore.Exchange.Timing.Code) -> String {
            switch code {
            case .once: "Einmal, an einem bestimmten Tag"
            case .regular: "Regelmäßig"
            case .flexible: "Zeitlich flexibel"
            }
        }

        static func timing(_ timing: GemeinsamCore.Exchange.Timing, note: String?) -> String {
            let base: String = switch timing {
            case let .once(date): "am \(GermanCalendarText.longDate(date))"
            case .regular: "regelmäßig"
            case .flexible: "zeitlich flexibel"
            }
            guard let note, !note.isEmpty else { return base }
            return "\(base) (\(note))"
        }

        static func validUntil(_ date: CalendarDate) -> String { "gültig bis \(GermanCalendarText.dayAndMonth(date))" }
        static func via(_ site: String) -> String { "vermittelt über \(site)" }
        static func kioskOffline(_ site: String, address: String, phone: String, hours: String?) -> String {
            "Ohne Internet: Sprechen Sie das Kiosk-Team an – \(site), \(address), Telefon \(phone)"
                + (hours.map { ", geöffnet \($0)" } ?? "") + "."
        }

        static func proximity(_ p: GemeinsamCore.Exchange.Proximity) -> String {
            switch p {
            case .sameQuartier: "im selben Quartier"
            case .neighbour: "im Nachbarquartier"
            case .sameDistrict: "im Stadtbezirk"
            }
        }

        // MARK: detail
        static let detailFacts = "Angaben zum Eintrag"
        static let factKind = "Art"
        static let factCategory = "Kategorie"
        static let factWho = "Wer"
        static let factQuartier = "Quartier"
        static let factWhen = "Wann"
        static let factValid = "Gültig bis"
        static let factStatus = "Stand"
        static let factVia = "Vermittlung"
        static let suggestionsHeading = "Passende Einträge in der Nähe"
        static let suggestionsEmpty = "Zurzeit gibt es in der Nähe keinen passenden Eintrag."
        static let hiddenNotice = "Dieser Eintrag wurde mehrfach gemeldet und ist ausgeblendet, bis das Moderationsteam ihn geprüft hat."
        static let removedNotice = "Dieser Eintrag wurde vom Moderationsteam entfernt."
        static let toRequest = "Zur Anfrage"
        static let notOpenNotice = "Dieser Eintrag sucht zurzeit niemanden mehr."

        static func contactButton(_ kind: GemeinsamCore.Exchange.Kind, category: GemeinsamCore.Exchange.Category) -> String {
            if category == .activities { return "Ich möchte mitmachen" }
            return kind == .request ? "Ich kann helfen" : "Ich möchte das Angebot nutzen"
        }
        static let contactIntro = "Schreiben Sie eine kurze Nachricht. Ihre Kontaktdaten sieht die andere Person erst, "
            + "wenn sie Ihre Anfrage annimmt – und Sie sehen dann auch ihre."
        static let contactLoginHint = "Um Kontakt aufzunehmen, melden Sie sich bitte an. Ohne Internet hilft Ihnen der Kiosk."
        static let messageLabel = "Ihre Nachricht"
        static let messageWhat = "eine kurze Nachricht"
        static let messageHint = "Zum Beispiel, wann Sie Zeit haben. Bitte keine Telefonnummer oder Adresse hier eintragen."
        static let contactWayLegend = "Wie möchten Sie erreichbar sein, wenn die Anfrage angenommen wird?"
        static let contactWayEmail = "Per E-Mail (die Adresse Ihres Kontos)"
        static let contactWayPhone = "Per Telefon"
        static let phoneLabel = "Telefonnummer"
        static let phoneHint = "Nur nötig, wenn Sie „Per Telefon“ wählen. Sie wird erst nach der Zustimmung gezeigt."
        static let sendRequest = "Anfrage senden"
        static let alreadyRequested = "Sie haben zu diesem Eintrag schon eine Anfrage gestellt."
        static let ownListing = "Das ist Ihr Eintrag."
        static let manageHeading = "Ihren Eintrag verwalten"
        static let requestsHeading = "Anfragen zu diesem Eintrag"
        static let requestsEmpty = "Noch keine Anfragen."
        static let statusLegend = "Stand ändern"
        static let statusButton = "Stand speichern"
        static let reportHeading = "Eintrag melden"
        static let reportIntro = "Ist dieser Eintrag unangemessen, gefährlich oder Werbung? Nach drei Meldungen wird er ausgeblendet, bis das Moderationsteam ihn prüft."
        static let reportReasonLabel = "Grund"
        static let reportNoteLabel = "Anmerkung"
        static let reportButton = "Melden"
        static let reportThanks = "Danke für Ihre Meldung. Das Moderationsteam schaut sie sich an."
        static let reportAlready = "Sie haben diesen Eintrag schon gemeldet."

        static func reportReason(_ code: String) -> String {
            switch code {
            case "spam": "Werbung oder Spam"
            case "money": "Es geht um Geld oder Bezahlung im Voraus"
            case "offensive": "Beleidigend oder diskriminierend"
            case "danger": "Gefährlich oder verdächtig"
            case "personal": "Enthält persönliche Daten (Adresse, Telefon)"
            default: "Anderer Grund"
            }
        }
        static let reportReasons = ["spam", "money", "offensive", "danger", "personal", "other"]

        // MARK: safety
        static let safetyHeading = "Sicher helfen und Hilfe annehmen"
        static let safetyTips = [
            "Zahlen Sie nie Geld im Voraus – auch nicht für Einkäufe. Abgerechnet wird mit Kassenbon nach dem Einkauf.",
            "Treffen Sie sich beim ersten Mal an einem öffentlichen Ort oder am Kiosk.",
            "Geben Sie keine Bankdaten, Schlüssel oder Ausweise aus der Hand.",
            "Ihre Adresse teilen Sie erst, wenn Sie sich sicher fühlen. Melden Sie Verdächtiges über „Melden“.",
        ]

        // MARK: create
        static let createTitle = "Neuer Eintrag"
        static let createIntro = "Öffentlich sichtbar sind Ihr Vorname mit dem ersten Buchstaben des Nachnamens, Ihr Quartier und Ihr Text – nie Ihre Kontaktdaten."
        static let kindLegend = "Was möchten Sie?"
        static let titleLabel = "Überschrift"
        static let titleWhat = "eine Überschrift"
        static let titleHint = "Kurz und klar, zum Beispiel „Begleitung zum Arzt gesucht“."
        static let bodyLabel = "Beschreibung"
        static let bodyWhat = "eine Beschreibung"
        static let bodyHint = "Was genau, wie lange, was sollte man mitbringen? Keine Adresse und keine Telefonnummer."
        static let quartierLabel = "Quartier"
        static let quartierHint = "Ihr Quartier ist vorausgewählt. Der Eintrag erscheint dort, in den Nachbarquartieren und im Stadtbezirk."
        static let timingLegend = "Wann?"
        static let dateLabel = "Datum (bei „Einmal“)"
        static let dateHint = "Format TT.MM.JJJJ, zum Beispiel 24.12.2026."
        static let timingNoteLabel = "Zeit näher beschreiben"
        static let timingNoteHint = "Zum Beispiel „dienstags nachmittags“ oder „ab 15 Uhr“."
        static let validUntilLabel = "Gültig bis"
        static func validUntilHint(_ days: Int) -> String {
            "Format TT.MM.JJJJ. Ohne Angabe: \(days) Tage. Danach läuft der Eintrag automatisch ab."
        }
        static let createButton = "Eintrag veröffentlichen"
        static let created = "Ihr Eintrag ist veröffentlicht."

        /// Notices on a listing's page (`?hinweis=`).
        static let listingNotices = [
            "angelegt": created, "gemeldet": reportThanks, "bereits-gemeldet": reportAlready,
            "stand": "Der Stand ist gespeichert.", "aufgenommen": "Der Eintrag ist gespeichert.",
        ]

        // MARK: errors
        static let errKind = "Bitte wählen Sie „Suche“ oder „Biete“."
        static let errCategory = "Bitte wählen Sie eine Kategorie aus der Liste."
        static let errQuartier = "Bitte wählen Sie ein Quartier aus der Liste."
        static let errTiming = "Bitte wählen Sie, wann die Hilfe gebraucht oder angeboten wird."
        static let errDateMissing = "Bitte geben Sie das Datum an (TT.MM.JJJJ)."
        static let errDateFormat = "Bitte geben Sie das Datum als TT.MM.JJJJ ein, zum Beispiel 24.12.2026."
        static let errDatePast = "Das Datum liegt in der Vergangenheit."
        static func errDateTooFar(_ max: CalendarDate) -> String { "Das Datum darf höchstens bis \(GermanCalendarText.dayAndMonth(max)) reichen." }
        static let errValidPast = "„Gültig bis“ liegt in der Vergangenheit."
        static func errValidTooFar(_ max: CalendarDate) -> String { "„Gültig bis“ darf höchstens der \(GermanCalendarText.dayAndMonth(max)) sein." }
        static let errContactWay = "Bitte wählen Sie, wie Sie erreichbar sein möchten."
        static let errPhone = "Bitte geben Sie eine Telefonnummer an (nur Ziffern, Leerzeichen, +, /, - und Klammern)."
        static let errStatus = "Diese Änderung ist nicht möglich."
        static let errReason = "Bitte wählen Sie einen Grund aus der Liste."
        static let errConsent = "Ohne Einwilligung dürfen wir den Eintrag nicht speichern."
        static let errStreet = "Diese Straße kennen wir nicht. Bitte prüfen Sie die Schreibweise oder wählen Sie das Quartier."
        static func errStreetAmbiguous(_ quartiere: [String]) -> String {
            "Die Straße liegt in mehreren Quartieren. Bitte wählen Sie das Quartier aus. (\(quartiere.joined(separator: ", ")))"
        }
        static let unknownQuartier = "Dieses Quartier gibt es nicht."
        static let errUnknownKind = "Unbekannte Art. Erlaubt sind „request“ (Suche) und „offer“ (Biete)."
        static let errUnknownCategory = "Unbekannte Kategorie."
        static let errPage = "Die Seitenzahl muss zwischen 1 und 500 liegen."
        static func limitReached(_ action: GemeinsamCore.Exchange.Safety.Action) -> String {
            let what = switch action {
            case .listing: "Einträge aufgegeben"
            case .contactRequest: "Anfragen gestellt"
            case .message: "Nachrichten geschrieben"
            case .report: "Meldungen abgegeben"
            case .kioskIntake: "Einträge aufgenommen"
            }
            return "Sie haben heute schon sehr viele \(what). Bitte versuchen Sie es morgen wieder."
        }
        static let blockedNotice = "Mit dieser Person ist kein Kontakt möglich."
        static let notFound = "Diesen Eintrag gibt es nicht (mehr)."
        static let requestNotFound = "Diese Anfrage gibt es nicht (mehr)."
        static let messageNotFound = "Diese Nachricht gibt es nicht."
        static let ownMessage = "Eigene Nachrichten können Sie nicht melden."
        static let alreadyDecided = "Diese Anfrage ist schon entschieden."
        static let notBlocked = "Diese Person ist nicht gesperrt."

        // MARK: API
        static func apiUnknownDistrict(_ code: String) -> String { "Den Stadtbezirk „\(code)“ gibt es nicht." }
        static func apiUnknownQuartier(_ text: String) -> String {
            "Das Quartier „\(text)“ gibt es nicht. Erlaubt: Code (06), Kurzname (borsigplatz) oder district:CODE."
        }
        static func apiUnknownKind(_ raw: String) -> String { "Unbekannte Art „\(raw)“. Erlaubt: request, offer." }
        static func apiUnknownCategory(_ raw: String) -> String {
            "Unbekannte Kategorie „\(raw)“. Erlaubt: "
                + GemeinsamCore.Exchange.Category.allCases.map(\.rawValue).joined(separator: ", ") + "."
        }
        static func apiNumberRange(_ name: String, _ range: ClosedRange<Int>) -> String {
            "„\(name)“ muss eine Zahl von \(range.lowerBound) bis \(range.upperBound) sein."
        }

        // MARK: contact thread
        static let threadTitle = "Anfrage"
        static func threadHeading(_ title: String) -> String { "Anfrage zu „\(title)“" }
        static func requestStatus(_ status: ContactRequestRow.Status) -> String {
            switch status {
            case .pending: "wartet auf Antwort"
            case .accepted: "angenommen"
            case .declined: "abgelehnt"
            case .withdrawn: "zurückgezogen"
            }
        }
        static let threadListing = "Eintrag"
        static let threadFrom = "Anfrage von"
        static let threadSent = "Gestellt am"
        static let recordCallback = "Rückruf festhalten"
        static let logHoursLink = "Ehrenamtsstunden eintragen"
        static let requesterContactHeading = "Kontakt der anfragenden Person"
        static let passedOnHeading = "Weitergegeben wurde"
        static let acceptWayLegend = "Wie möchten Sie erreichbar sein?"
        static let replyWhat = "eine Nachricht"
        static func listingNumber(_ id: Int) -> String { "Eintrag Nr. \(id)" }
        static func fromPerson(_ name: String) -> String { " – von \(name)" }

        /// Notices on a request's page (`?hinweis=`).
        static let threadNotices = [
            "angenommen": "Sie haben die Anfrage angenommen. Die Kontaktdaten stehen unten.",
            "abgelehnt": "Sie haben die Anfrage abgelehnt.", "zurueckgezogen": "Sie haben die Anfrage zurückgezogen.",
            "gesendet": "Ihre Nachricht ist gesendet.", "gesperrt": blocked,
            "gemeldet": reportThanks, "bereits-gemeldet": "Sie haben diese Nachricht schon gemeldet.",
        ]
        static let contactHiddenUntilAccepted = "Die Kontaktdaten werden sichtbar, sobald die Anfrage angenommen ist."
        static let contactDataHeading = "Kontaktdaten"
        static let yourContactHeading = "So sind Sie erreichbar"
        static let theirContactHeading = "So erreichen Sie die andere Person"
        static let acceptLegend = "Anfrage annehmen"
        static let acceptIntro = "Wenn Sie annehmen, sehen Sie beide die gewählten Kontaktdaten."
        static let acceptButton = "Annehmen"
        static let declineButton = "Ablehnen"
        static let withdrawButton = "Anfrage zurückziehen"
        static let messagesHeading = "Nachrichten"
        static let replyLabel = "Antwort schreiben"
        static let replyButton = "Nachricht senden"
        static let threadClosed = "Diese Anfrage ist abgeschlossen. Es können keine Nachrichten mehr geschrieben werden."
        static let reportMessage = "Nachricht melden"
        static let blockHeading = "Person sperren"
        static let blockIntro = "Gesperrte Personen können Ihnen keine Anfragen und Nachrichten mehr schicken, und Sie ihnen auch nicht."
        static let blockButton = "Diese Person sperren"
        static let blocked = "Die Person ist gesperrt."
        static let unblockButton = "Sperre aufheben"
        static let youSide = "Sie"
        static let kioskSide = "Kiosk-Team"
        static let hiddenMessage = "Diese Nachricht wurde nach Meldungen ausgeblendet."
        static func viaKioskContact(_ site: String, phone: String, address: String) -> String {
            "Die Person hat keinen Internetzugang. Bitte melden Sie sich beim Kiosk „\(site)“, \(address), Telefon \(phone)."
        }
        static let emailWay = "E-Mail"
        static let phoneWay = "Telefon"

        // MARK: account
        static let myTitle = "Meine Nachbarschaftsbörse"
        static let myListings = "Meine Einträge"
        static let myListingsEmpty = "Sie haben noch keine Einträge."
        static let myRequests = "Meine Anfragen"
        static let myRequestsEmpty = "Sie haben noch keine Anfragen gestellt."
        static let receivedRequests = "Anfragen an mich"
        static let digestHeading = "Tägliche Zusammenfassung per E-Mail"
        static let digestIntro = "Einmal am Tag schicken wir Ihnen neue Einträge aus Ihrem Quartier in den gewählten Kategorien – nie eine Mail pro Eintrag."
        static let digestLegend = "Kategorien"
        static let digestSave = "Zusammenfassung speichern"
        static let digestOff = "Zusammenfassung abbestellen"
        static let digestSaved = "Ihre Einstellungen sind gespeichert."
        static let digestNone = "Sie haben keine Zusammenfassung bestellt."
        static let errDigestCategories = "Bitte wählen Sie mindestens eine Kategorie."
        static let blockedHeading = "Gesperrte Personen"
        static let blockedEmpty = "Sie haben niemanden gesperrt."
        static let notificationsTitle = "Benachrichtigungen"
        static let notificationsEmpty = "Noch keine Benachrichtigungen."
        static let notificationSent = "per E-Mail verschickt"
        static let notificationQueued = "wartet auf Versand"
        static let accountLinksHeading = "Nachbarschaftsbörse und Ehrenamt"

        /// Notices on "Meine Nachbarschaftsbörse" (`?hinweis=`).
        static let accountNotices = ["gespeichert": digestSaved, "entsperrt": "Die Sperre ist aufgehoben."]
    }
}
