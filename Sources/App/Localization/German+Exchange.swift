import GemeinsamCore

/// German text of the Nachbarschaftsbörse, the kiosk channel, moderation and volunteer hours.
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
        static let sampleBadge = German.sampleBadge

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
        static func inQuartier(_ name: String) -> String { "in \(name)" }

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
        static let notOpenNotice = "Dieser Eintrag sucht zurzeit niemanden mehr."

        static func contactButton(_ kind: GemeinsamCore.Exchange.Kind, category: GemeinsamCore.Exchange.Category) -> String {
            if category == .activities { return "Ich möchte mitmachen" }
            return kind == .request ? "Ich kann helfen" : "Ich möchte das Angebot nutzen"
        }
        static let contactHeading = "Kontakt aufnehmen"
        static let contactIntro = "Schreiben Sie eine kurze Nachricht. Ihre Kontaktdaten sieht die andere Person erst, "
            + "wenn sie Ihre Anfrage annimmt – und Sie sehen dann auch ihre."
        static let contactLoginHint = "Um Kontakt aufzunehmen, melden Sie sich bitte an. Ohne Internet hilft Ihnen der Kiosk."
        static let messageLabel = "Ihre Nachricht"
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
        static let titleHint = "Kurz und klar, zum Beispiel „Begleitung zum Arzt gesucht“."
        static let bodyLabel = "Beschreibung"
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
        static let errStreetAmbiguous = "Die Straße liegt in mehreren Quartieren. Bitte wählen Sie das Quartier aus."
        static let errSite = "Bitte wählen Sie Ihren Kiosk aus der Liste."
        static let errMoneyHint = "Bitte bitten Sie nicht um Geld im Voraus."
        static func limitReached(_ what: String) -> String {
            "Sie haben heute schon sehr viele \(what). Bitte versuchen Sie es morgen wieder."
        }
        static let limitListings = "Einträge aufgegeben"
        static let limitRequests = "Anfragen gestellt"
        static let limitMessages = "Nachrichten geschrieben"
        static let limitReports = "Meldungen abgegeben"
        static let limitIntake = "Einträge aufgenommen"
        static let blockedNotice = "Mit dieser Person ist kein Kontakt möglich."
        static let notFound = "Diesen Eintrag gibt es nicht (mehr)."
        static let requestNotFound = "Diese Anfrage gibt es nicht (mehr)."

        // MARK: contact thread
        static let threadTitle = "Anfrage"
        static func threadHeading(_ title: String) -> String { "Anfrage zu „\(title)“" }
        static func requestStatus(_ code: String) -> String {
            switch code {
            case "pending": "wartet auf Antwort"
            case "accepted": "angenommen"
            case "declined": "abgelehnt"
            case "withdrawn": "zurückgezogen"
            default: code
            }
        }
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
        static let messagesEmpty = "Noch keine Nachrichten."
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

        // MARK: mails
        static func mailNewRequest(_ title: String) -> String { "Neue Anfrage zu Ihrem Eintrag „\(title)“" }
        static func mailAccepted(_ title: String) -> String { "Ihre Anfrage zu „\(title)“ wurde angenommen" }
        static func mailDeclined(_ title: String) -> String { "Ihre Anfrage zu „\(title)“ wurde abgelehnt" }
        static func mailMessage(_ title: String) -> String { "Neue Nachricht zu „\(title)“" }
        static func mailKioskRequest(_ title: String) -> String { "Kiosk: Rückruf nötig – Anfrage zu „\(title)“" }
        static func mailHoursToConfirm(_ name: String) -> String { "Bitte bestätigen: Ehrenamtsstunden von \(name)" }
        static let mailDigestSubject = "Neu in Ihrer Nachbarschaft"
        static let mailFooter = "Diese Nachricht kommt von Gemeinsam Dortmund. Kontaktdaten stehen nie in E-Mails – Sie sehen sie nach dem Anmelden auf der Seite."
        static func mailOpen(_ url: String) -> String { "Zur Seite: \(url)" }
        static func mailDigestIntro(_ quartier: String) -> String { "Neue Einträge in \(quartier) seit der letzten Zusammenfassung:" }
        static func mailDigestMore(_ n: Int) -> String { "… und \(n) weitere." }
        static let mailDigestUnsubscribe = "Abbestellen: unter „Mein Konto“ → „Meine Nachbarschaftsbörse“."
    }

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
        static let queueHeading = "Anfragen und Rückrufe"
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
    }

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
    }
}
