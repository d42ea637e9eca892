import GemeinsamCore

/// German text of the room page and of /buchungen.
extension German {
    enum Rooms {
        static func title(_ room: String, _ place: String) -> String { "\(room) – \(place)" }
        static func description(_ place: String) -> String { "Raum im Ort \(place): Belegung und Anfrage" }
        static let inPlace = "Raum im Ort"
        static let quartier = "Quartier"
        static let placeNotPublished = "Der Ort ist nicht veröffentlicht. Nur Sie und die Verwaltung sehen diese Seite."
        static let edit = "Raum bearbeiten"
        static let requests = "Raumanfragen entscheiden"
        static let address = "Adresse"
        static let unknown = "keine Angabe"
        static let capacity = "Plätze"
        static func people(_ n: Int) -> String { n == 1 ? "1 Person" : "\(n) Personen" }
        static let equipment = "Ausstattung"
        static let accessible = "Barrierefrei"
        static let bookable = "Anfragen"
        static let yes = "ja"
        static let no = "nein"
        static let notBookable = "zurzeit nicht möglich"
        static let openingHours = "Öffnungszeiten"
        static let contact = "Kontakt"
        static func phone(_ number: String) -> String { "Telefon \(number)" }
        static let website = "Internetseite"
        static let contactOnSite = "vor Ort"
        static let rulesHeading = "Regeln für die Nutzung"
        static let occupancyHeading = "Belegung"
        static func weekTitle(_ week: BookingWeek) -> String {
            "Kalenderwoche \(week.week): \(GermanCalendarText.dayAndMonth(week.monday, includeYear: week.monday.year != week.sunday.year)) bis \(GermanCalendarText.dayAndMonth(week.sunday))"
        }
        static func gridCaption(_ week: BookingWeek) -> String {
            "Belegung von \(rangeStart) bis \(rangeEnd) Uhr, \(weekTitle(week))"
        }
        static let rangeStart = BookingRequestForm.earliestHour
        static let rangeEnd = BookingRequestForm.latestHour
        static let previousWeek = "Vorherige Woche"
        static let nextWeek = "Nächste Woche"
        static let weekInput = "Woche mit diesem Datum zeigen"
        static let weekInputHint = "TT.MM.JJJJ, zum Beispiel 03.02.2026."
        static let show = "Anzeigen"
        static let weekUnreadable = "Diese Woche können wir nicht lesen. Bitte geben Sie ein Datum wie 03.02.2026 ein."
        static let time = "Uhrzeit"
        static let today = "(heute)"
        static func hourRange(_ hour: Int) -> String { "\(hour)–\(hour + 1) Uhr" }
        static let free = "frei"
        static let busy = "belegt"
        static let busyListHeading = "Belegte Zeiten in dieser Woche"
        static let noBookingsThisWeek = "In dieser Woche ist der Raum noch nicht belegt."
        static let requestHeading = "Raum anfragen"
        static let notBookableText = "Dieser Raum kann zurzeit nicht angefragt werden. Fragen Sie gern direkt beim Ort nach."
        static let loginFirst = "Um den Raum anzufragen, melden Sie sich bitte an"
        static let or = "oder"
        static let requestIntro = "Fragen Sie den Raum für einen Termin an. Die Verantwortlichen des Ortes bestätigen oder lehnen ab; Sie sehen die Antwort unter „Raumanfragen“."
        static let privacyNote = "Der Ort sieht nur Ihren Vornamen mit dem ersten Buchstaben des Nachnamens und den Zweck. Absprachen laufen über den Kontakt des Ortes."
        static let date = "Datum"
        static let dateHint = "TT.MM.JJJJ, zum Beispiel 03.02.2026."
        static let from = "von"
        static let to = "bis"
        static let timeHint = "HH:MM in Viertelstunden, zwischen 6 und 23 Uhr, zum Beispiel 14:30."
        static let purpose = "Wofür?"
        static let purposeHint = "Kurz, zum Beispiel „Treffen der Nachbarschaftsinitiative, etwa 12 Personen“."
        static let send = "Anfrage senden"
    }

    enum Bookings {
        static let title = "Raumanfragen"
        static let statusRequested = "angefragt"
        static let statusConfirmed = "bestätigt"
        static let statusDeclined = "abgelehnt"
        static let statusWithdrawn = "zurückgezogen"
        static let expired = "nicht entschieden, Termin vorbei"
        static let takenReason = "Der Raum war zu dieser Zeit schon vergeben."
        static let taken = "Der Raum ist zu dieser Zeit schon belegt. Bitte wählen Sie eine andere Zeit."
        static let notBookable = "Dieser Raum kann zurzeit nicht angefragt werden."
        static func tooManyOpen(_ n: Int) -> String {
            "Sie haben schon \(n) offene Anfragen. Bitte warten Sie, bis einige entschieden sind."
        }
        static let quarterHours = "Bitte wählen Sie volle Viertelstunden, zum Beispiel 14:00, 14:15, 14:30 oder 14:45."
        static let outsideHours = "Räume können zwischen 6 und 23 Uhr angefragt werden."
        static let tooLong = "Eine Anfrage darf höchstens 12 Stunden dauern."
        static let inThePast = "Dieser Zeitpunkt liegt in der Vergangenheit. Bitte wählen Sie einen späteren Termin."
        static let tooFarAhead = "Anfragen sind höchstens ein Jahr im Voraus möglich."
        static let purposeMissing = "Bitte schreiben Sie kurz, wofür Sie den Raum brauchen."
        static let confirmPast = "Diese Anfrage liegt in der Vergangenheit und kann nicht mehr bestätigt werden."
        static let actionUnknown = "Bitte wählen Sie „Bestätigen“, „Ablehnen“ oder „Zurückziehen“."
        static let toDecideHeading = "Anfragen für Ihre Räume"
        static let toDecideIntro = "Offene Anfragen und bestätigte Buchungen, nach Datum. Eine Bestätigung belegt den Raum; zwei Buchungen zur selben Zeit sind nicht möglich."
        static let nothingToDecide = "Zurzeit gibt es keine offenen Anfragen und keine kommenden Buchungen."
        static let mineHeading = "Ihre Anfragen"
        static let mineIntro = "Absprachen (Schlüssel, Kosten) laufen über den Kontakt des Ortes, den Sie auf der Seite des Raums finden."
        static let noneOfMine = "Sie haben noch keinen Raum angefragt."
        static let when = "Wann"
        static let requester = "Angefragt von"
        static let purpose = "Zweck"
        static let status = "Status"
        static let reason = "Begründung"
        static let declineNote = "Begründung bei Ablehnung"
        static let cancelNote = "Begründung bei Absage"
        static let noteHint = "Die anfragende Person sieht sie."
        static let confirm = "Bestätigen"
        static let decline = "Ablehnen"
        static let cancelBooking = "Buchung absagen"
        static let withdraw = "Zurückziehen"
        static let confirmedHint = "Bestätigt. Wenn Sie den Termin nicht brauchen, ziehen Sie die Anfrage bitte zurück, damit andere den Raum nutzen können."
    }
}
