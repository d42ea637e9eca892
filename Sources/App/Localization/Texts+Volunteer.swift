import GemeinsamCore

/// German text of volunteer hours and the review queue of the Börse.
extension German {
    enum Volunteer {
        static let title = "Meine Ehrenamtsstunden"
        static let intro = "Halten Sie nach einer Vermittlung fest, wann und wie lange Sie geholfen haben. Die andere Seite, das Kiosk-Team oder eine Organisation bestätigt. Bestätigte Stunden können Sie sich für die Ehrenamtspauschale (§ 3 Nr. 26a EStG) bescheinigen lassen."
        static let logHeading = "Stunden eintragen"
        static let noMatches = "Stunden können Sie eintragen, sobald eine Ihrer Anfragen angenommen wurde."
        static let matchLabel = "Vermittlung"
        static let dateLabel = "Datum"
        static let dateHint = "Format TT.MM.JJJJ."
        static let durationLabel = "Dauer"
        static let durationHint = "Stunden:Minuten, zum Beispiel 1:30, oder Minuten, zum Beispiel 90."
        static let activityLabel = "Tätigkeit"
        static let activityHint = "Zum Beispiel „Einkauf für Frau M.“ – bitte ohne Gesundheitsdaten."
        static let organisationLabel = "Organisation"
        static let organisationHint = "Für wen Sie tätig waren. Bei Vermittlungen über einen Kiosk ist es dessen Träger."
        static let actorLabel = "Bestätigung durch einen Akteur"
        static let actorNone = "keine – die andere Seite bestätigt"
        static let actorHint = "Ein Verein oder eine Initiative aus dem Akteursverzeichnis, für die Sie geholfen haben: jede Person aus deren Redaktion kann bestätigen, und die Bescheinigung nennt den Akteur. Ohne Auswahl bestätigt die andere Seite (bei Kiosk-Vermittlungen das Kiosk-Team)."
        static let logButton = "Stunden eintragen"
        static let logged = "Die Stunden sind eingetragen und warten auf Bestätigung."
        static func yearHeading(_ year: Int) -> String { "Übersicht \(year)" }
        static let yearLabel = "Jahr"
        static let showYear = "Jahr zeigen"
        static let confirmedTotal = "Bestätigt"
        static let pendingTotal = "Wartet auf Bestätigung"
        static let byOrganisation = "Nach Organisation"
        static let certificateLink = "Bescheinigung"
        static let csvLink = "Als CSV-Datei herunterladen"
        static let entriesHeading = "Einträge"
        static let entriesEmpty = "In diesem Jahr gibt es noch keine Einträge."
        static let toConfirmHeading = "Von mir zu bestätigen"
        static let toConfirmEmpty = "Nichts zu bestätigen."
        static let confirmButton = "Bestätigen"
        static let rejectButton = "Nicht bestätigen"
        static func state(_ s: GemeinsamCore.Exchange.HoursEntry.State) -> String {
            switch s {
            case .pending: "wartet auf Bestätigung"
            case .confirmed: "bestätigt"
            case .rejected: "nicht bestätigt"
            }
        }
        static let csvHeader = ["Datum", "Minuten", "Stunden", "Tätigkeit", "Organisation", "Status", "Bestätigt von"]
        static let certificateTitle = "Bescheinigung über ehrenamtliche Tätigkeit"
        static func certificateIntro(name: String, organisation: String, year: Int) -> String {
            "Hiermit wird bestätigt, dass \(name) im Jahr \(year) für „\(organisation)“ ehrenamtlich tätig war (Nachbarschaftshilfe). Die folgenden Zeiten wurden einzeln bestätigt:"
        }
        static func certificateTotal(_ clock: String, _ decimal: String) -> String { "= \(decimal) Stunden" }
        static let certificateNote = "Diese Aufstellung dient als Nachweis für die Ehrenamtspauschale nach § 3 Nr. 26a EStG. Ob die Organisation die steuerlichen Voraussetzungen erfüllt, bestätigt sie mit Stempel und Unterschrift."
        static let certificateSignature = "Ort, Datum, Stempel und Unterschrift der Organisation"
        static let printHint = "Zum Drucken nutzen Sie die Druckfunktion Ihres Browsers (Strg+P)."
        static let noCertificate = "Für dieses Jahr und diese Organisation gibt es keine bestätigten Stunden."
        static let defaultOrganisation = "Nachbarschaftshilfe Gemeinsam Dortmund"
        static let errMatch = "Bitte wählen Sie eine Vermittlung aus der Liste."
        static let errDate = "Bitte geben Sie das Datum als TT.MM.JJJJ ein."
        static let errDateFuture = "Das Datum liegt in der Zukunft."
        static func errDateOld(_ earliest: CalendarDate) -> String { "Stunden können bis zum \(GermanCalendarText.dayAndMonth(earliest)) zurück eingetragen werden." }
        static let errDuration = "Bitte geben Sie die Dauer an, zum Beispiel 1:30 oder 90."
        static let errDurationLong = "Höchstens 12 Stunden je Eintrag."
        static let errActor = "Diesen Akteur gibt es nicht im Verzeichnis. Bitte wählen Sie aus der Liste."
        static let confirmed = "Bestätigt."
        static let rejected = "Als nicht bestätigt markiert."
        /// Notices on the hours page (`?hinweis=`).
        static let notices = ["eingetragen": logged, "bestaetigt": confirmed, "abgelehnt": rejected]
        static let errYear = "Bitte ein Jahr zwischen 2000 und 2100 angeben."
        static let errOrganisation = "Bitte eine Organisation angeben."
        static let errNotConfirmable = "Dieser Eintrag kann hier nicht bestätigt werden."
        static let activityWhat = "die Tätigkeit"
        static func matchOption(_ title: String, partner: String) -> String { "\(title) – mit \(partner)" }
        static func hours(_ clock: String) -> String { "\(clock) Stunden" }
        static func hoursWithDecimal(_ clock: String, _ decimal: String) -> String { "\(clock) Stunden (\(decimal) h)" }
        static let confirmedColumn = "Bestätigt"
        static let openColumn = "Offen"
        static func certificateLinkText(_ organisation: String, year: Int) -> String { "\(certificateLink) \(organisation) \(year)" }
        static func entriesCaption(_ year: Int) -> String { "Einträge \(year), neueste zuerst" }
        static let backToOverview = "Zurück zur Übersicht"
        static let volunteer = "Ehrenamtliche Person"
        static let fullNameBlank = " – vollständiger Name: ______________________"
        static let confirmedTimes = "Bestätigte Zeiten"
        static let durationHoursColumn = "Dauer (Std.)"
        static let confirmedByColumn = "Bestätigt von"
        static let sum = "Summe"
        static func pendingEntry(_ helper: String, date: String, hours: String, activity: String) -> String {
            "\(helper): \(date), \(hours) Std. – \(activity)"
        }
    }

    enum Moderation {
        static let title = "Moderation"
        static let intro = "Einträge und Nachrichten, die mindestens dreimal von verschiedenen Konten gemeldet wurden, sind ausgeblendet, bis Sie entscheiden. Jede Entscheidung wird protokolliert."
        static let queueHeading = "Zu prüfen"
        static let queueEmpty = "Nichts zu prüfen."
        static let reportedHeading = "Gemeldet, noch sichtbar"
        static let logHeading = "Protokoll der Entscheidungen"
        static let logEmpty = "Noch keine Entscheidungen."
        static let restore = "Wieder anzeigen"
        static let remove = "Entfernen"
        static let noteLabel = "Begründung"
        static func decision(_ code: String) -> String {
            switch code {
            case "restore": "wieder angezeigt"
            case "remove": "entfernt"
            default: code
            }
        }
        static func reports(_ n: Int) -> String { n == 1 ? "1 Meldung" : "\(n) Meldungen" }
        static let listingItem = "Eintrag"
        static let messageItem = "Nachricht"
        static let decided = "Die Entscheidung ist gespeichert."
        /// Notices on the review queue (`?hinweis=`).
        static let notices = ["entschieden": decided]
        static let errDecision = "Bitte wählen Sie „Wieder anzeigen“ oder „Entfernen“."
        static let logCaption = "Die letzten Entscheidungen, neueste zuerst"
        static let logColumns = ["Zeitpunkt", "Gegenstand", "Entscheidung", "Begründung", "durch"]
        static func toNumber(_ listing: Int) -> String { " zu Nr. \(listing)" }
        static func itemHeading(isMessage: Bool) -> String { isMessage ? messageItem + " zu " : listingItem + " " }
        static let deletedAccount = "gelöschtes Konto"
    }
}
