import GemeinsamCore

/// German text of the Begegnung editing pages: /verwalten, the place, offer and room forms, the history, place
/// types, the room page and /buchungen.
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

    enum PlaceForm {
        static let newTitle = "Neuen Ort anlegen"
        static func editTitle(_ name: String) -> String { "Ort bearbeiten: \(name)" }
        static let create = "Ort anlegen"
        static let isPublished = "Dieser Ort ist öffentlich sichtbar."
        static let sampleNote = "Dies ist ein Beispielort; die Lage ist ungefähr."
        static let aboutLegend = "Der Ort"
        static let name = "Name"
        static let nameWhat = "den Namen des Ortes"
        static let type = "Art des Ortes"
        static let typeMissing = "Bitte wählen Sie die Art des Ortes aus der Liste."
        static let description = "Beschreibung"
        static let descriptionHint = "Was gibt es hier, wer ist willkommen? Absätze bleiben erhalten. Höchstens 5.000 Zeichen."
        static let addressLegend = "Adresse und Lage"
        static let addressHint = "Die öffentliche Adresse des Ortes (einer Einrichtung) – nie eine Privatadresse."
        static let address = "Adresse"
        static let street = "Straße und Hausnummer"
        static let streetWhat = "Straße und Hausnummer"
        static let postalCode = "Postleitzahl"
        static let postalCodeWhat = "die Postleitzahl"
        static let postalCodeInvalid = "Die Postleitzahl hat fünf Ziffern, zum Beispiel 44137."
        static let city = "Ort"
        static let cityWhat = "den Ort (die Stadt)"
        static let coordinates = "Koordinaten"
        static let lat = "Breitengrad"
        static let latHint = "Zum Beispiel 51,5136. In einer Karten-App: lange auf den Ort tippen und die erste Zahl übernehmen."
        static let lon = "Längengrad"
        static let lonHint = "Zum Beispiel 7,4653 (die zweite Zahl)."
        static let latMissing = "Bitte geben Sie den Breitengrad ein."
        static let lonMissing = "Bitte geben Sie den Längengrad ein."
        static let latInvalid = "Der Breitengrad ist eine Zahl zwischen −90 und 90, zum Beispiel 51,5136."
        static let lonInvalid = "Der Längengrad ist eine Zahl zwischen −180 und 180, zum Beispiel 7,4653."
        static let outsideCity = "Diese Koordinaten liegen nicht im Stadtgebiet. Sind Breiten- und Längengrad vertauscht?"
        static let noQuartier = "Zu diesen Koordinaten und dieser Straße finden wir kein Quartier. Bitte prüfen Sie beides."
        static let quartier = "Quartier"
        static let quartierHint = "Die Koordinaten liegen knapp außerhalb unserer ungefähren Quartiersgrenzen, und die Straße führt durch mehrere Quartiere."
        static let chooseQuartier = "Die Straße liegt in mehreren Quartieren. Bitte wählen Sie das Quartier des Ortes."
        static let chooseQuartierFromList = "Bitte wählen Sie eines der angezeigten Quartiere."
        static func notYourQuartier(_ name: String) -> String {
            "Der Ort liegt im Quartier \(name). Dort dürfen Sie keine Orte anlegen."
        }
        static let accessibility = "Barrierefreiheit"
        static let accessibilityHint = "Kreuzen Sie nur an, was sicher zutrifft."
        static let stepFree = "Stufenloser Zugang"
        static let accessibleWC = "Barrierefreies WC"
        static let elevator = "Aufzug"
        static let hearingLoop = "Induktionsschleife für Hörgeräte"
        static let disabledParking = "Behindertenparkplatz"
        static let contactLegend = "Öffnungszeiten und Kontakt"
        static let contact = "Kontakt"
        static let openingHours = "Öffnungszeiten"
        static let openingHoursHint = "Zum Beispiel „Mo–Fr 9–13 Uhr“."
        static let phone = "Telefon"
        static let phoneInvalid = "Bitte nur Ziffern, Leerzeichen und + - / ( ), zum Beispiel 0231 50-12345."
        static let email = "E-Mail-Adresse des Ortes"
        static let emailHint = "Wird öffentlich gezeigt. Bitte keine private Adresse."
        static let website = "Internetseite"
        static let websiteHint = "Beginnt mit https://"
        static let websiteInvalid = "Bitte geben Sie eine Internetadresse ein, die mit https:// beginnt."
        static let roomsHeading = "Räume"
        static let noRooms = "Dieser Ort hat noch keine Räume."
        static let publicPage = "Öffentliche Seite des Ortes ansehen"
    }

    enum OfferForm {
        static let newTitle = "Neues Angebot anlegen"
        static func editTitle(_ title: String) -> String { "Angebot bearbeiten: \(title)" }
        static let create = "Angebot anlegen"
        static let aboutLegend = "Das Angebot"
        static let title = "Titel"
        static let titleWhat = "einen Titel"
        static let description = "Beschreibung"
        static let descriptionWhat = "eine Beschreibung"
        static let descriptionHint = "Was erwartet die Menschen? Schreiben Sie einfach und freundlich. Absätze bleiben erhalten, HTML wird als Text gezeigt. Höchstens 5.000 Zeichen."
        static let category = "Kategorie"
        static let categoryMissing = "Bitte wählen Sie eine Kategorie aus der Liste."
        static let audiences = "Für wen?"
        static let audiencesHint = "Mindestens eine Gruppe. „alle“ heißt: alle sind willkommen."
        static let audiencesMissing = "Bitte wählen Sie mindestens eine Zielgruppe."
        static let audiencesUnknown = "Bitte wählen Sie Zielgruppen aus der Liste."
        static let languages = "Sprachen"
        static let languagesMissing = "Bitte wählen Sie mindestens eine Sprache."
        static let languagesUnknown = "Bitte wählen Sie Sprachen aus der Liste."
        static let costLegend = "Kosten und Anmeldung"
        static let cost = "Kosten"
        static let costFree = "kostenlos"
        static let costAmountOption = "fester Betrag"
        static let costDonation = "gegen Spende"
        static let costMissing = "Bitte wählen Sie, was die Teilnahme kostet."
        static let costAmount = "Betrag in Euro"
        static let costAmountHint = "Nur bei „fester Betrag“, zum Beispiel 3,50."
        static let amountMissing = "Bitte geben Sie den Betrag in Euro ein, zum Beispiel 3,50."
        static let amountUnreadable = "Bitte schreiben Sie den Betrag als Zahl mit höchstens zwei Nachkommastellen, zum Beispiel 3,50."
        static let amountZero = "Der Betrag muss über 0 Euro liegen. Sonst wählen Sie bitte „kostenlos“."
        static let amountTooHigh = "Der Betrag darf höchstens 1.000 Euro sein."
        static let registration = "Anmeldung nötig?"
        static let registrationNo = "Nein, einfach kommen"
        static let registrationYes = "Ja, bitte vorher anmelden"
        static let registrationMissing = "Bitte wählen Sie, ob eine Anmeldung nötig ist."
        static let registrationHow = "Wie meldet man sich an?"
        static let registrationHowHint = "Nur wenn eine Anmeldung nötig ist, zum Beispiel „Telefonisch im Seniorenbüro bis zum Vortag“."
        static let registrationHowMissing = "Bitte schreiben Sie, wie man sich anmeldet."
        static let locationLegend = "Wo?"
        static let locationHint = "Wählen Sie einen Ort aus der Liste – oder, für Angebote im Freien, einen Treffpunkt und sein Quartier."
        static let place = "Ort"
        static let noPlace = "kein Ort (Treffpunkt im Freien)"
        static let noPlacesYet = "Sie haben noch keinen veröffentlichten Ort. Angebote im Freien gehen trotzdem."
        static let placeNotPublished = "nicht veröffentlicht"
        static let placeUnknown = "Bitte wählen Sie einen Ort aus der Liste."
        static let placeOrMeetingPoint = "Bitte wählen Sie einen Ort oder geben Sie einen Treffpunkt im Freien an."
        static let meetingPoint = "Treffpunkt im Freien"
        static let meetingPointHint = "Nur ohne Ort, zum Beispiel „Am Brunnen auf dem Borsigplatz“."
        static let meetingArea = "Quartier des Treffpunkts"
        static let meetingAreaHint = "Nur ohne Ort."
        static let meetingAreaMissing = "Bitte wählen Sie das Quartier des Treffpunkts."
        static func notYourQuartier(_ name: String) -> String {
            "Das Angebot läge im Quartier \(name). Dort dürfen Sie keine Angebote anlegen."
        }
        static let organiserLegend = "Veranstalter und Kontakt"
        static let organiser = "Veranstalter"
        static let organiserHint = "Wer bietet es an? Zum Beispiel „Seniorenbüro Innenstadt-Nord“."
        static let organiserWhat = "den Veranstalter"
        static let contact = "Kontakt für Fragen"
        static let contactHint = "Öffentlich sichtbar: Telefon oder E-Mail einer Einrichtung, keine privaten Daten."
        static let contactWhat = "einen Kontakt für Fragen"
        static let organiserAndContact = "Veranstalter und Kontakt"
        static let location = "Ort"
        static let scheduleLegend = "Wann?"
        static let scheduleKind = "Wie oft?"
        static let scheduleKindMissing = "Bitte wählen Sie, wie oft das Angebot stattfindet."
        static let kindOnce = "einmalig"
        static let kindWeekly = "wöchentlich oder alle paar Wochen"
        static let kindMonthly = "monatlich, an einem bestimmten Wochentag"
        static let schedule = "Termine"
        static let firstDate = "Erster Termin"
        static let firstDateHint = "TT.MM.JJJJ, zum Beispiel 03.02.2026. Bei „einmalig“ ist das der Tag des Termins."
        static let startTime = "Beginn"
        static let endTime = "Ende"
        static let timeHint = "HH:MM, zum Beispiel 14:30."
        static let weekdays = "An welchen Wochentagen?"
        static let weekdaysHint = "Nur bei „wöchentlich“."
        static let weekdayUnknown = "Bitte wählen Sie Wochentage aus der Liste."
        static let interval = "Alle wie viele Wochen?"
        static let intervalHint = "Nur bei „wöchentlich“: 1 = jede Woche, 2 = alle zwei Wochen."
        static let intervalUnreadable = "Bitte geben Sie eine Zahl von 1 bis 52 ein."
        static let ordinal = "Am wievielten Wochentag im Monat?"
        static let monthWeekday = "Welcher Wochentag im Monat?"
        static let monthlyHint = "Nur bei „monatlich“, zum Beispiel am ersten Freitag oder am letzten Samstag."
        static let ordinalMissing = "Bitte wählen Sie den ersten bis fünften oder den letzten Wochentag."
        static let monthWeekdayMissing = "Bitte wählen Sie den Wochentag."
        static let lastDate = "Letzter Termin"
        static let lastDateHint = "Leer lassen, wenn kein Ende feststeht."
        static let cancelledDates = "Fällt aus an"
        static let cancelledDatesHint = "Ein Datum pro Zeile (TT.MM.JJJJ), zum Beispiel Feiertage."
        static func tooManyCancelledDates(_ n: Int) -> String { "Bitte höchstens \(n) ausfallende Termine." }
        static let statusExplained = "Pausiert: vorübergehend nicht sichtbar. Abgesagt: findet nicht mehr statt."
        static let publicPage = "Öffentliche Seite des Angebots ansehen"
    }

    enum RoomForm {
        static func newTitle(_ place: String) -> String { "Neuer Raum im Ort „\(place)“" }
        static func editTitle(_ name: String) -> String { "Raum bearbeiten: \(name)" }
        static func backToPlace(_ place: String) -> String { "Zurück zum Ort „\(place)“" }
        static let create = "Raum anlegen"
        static let toRoomPage = "Seite des Raums mit Belegung ansehen"
        static let name = "Name des Raums"
        static let nameHint = "Zum Beispiel „Gruppenraum“ oder „Saal im Erdgeschoss“."
        static let nameWhat = "den Namen des Raums"
        static let capacity = "Plätze"
        static let capacityHint = "Wie viele Menschen passen hinein? Eine ganze Zahl."
        static let capacityMissing = "Bitte geben Sie an, wie viele Menschen in den Raum passen."
        static let capacityInvalid = "Bitte eine ganze Zahl von 1 bis 10.000."
        static let equipment = "Ausstattung"
        static let equipmentHint = "Zum Beispiel Tische, Stühle, Beamer, Küche."
        static let optionsLegend = "Zugang und Buchung"
        static let accessible = "Barrierefrei erreichbar"
        static let bookable = "Kann angefragt werden"
        static let bookableHint = "Angemeldete Menschen können den Raum für einen Termin anfragen; Sie bestätigen oder lehnen ab."
        static let bookingRules = "Regeln für die Nutzung"
        static let bookingRulesHint = "Zum Beispiel Kosten, Vorlauf, Schlüsselübergabe. Absätze bleiben erhalten."
    }

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
