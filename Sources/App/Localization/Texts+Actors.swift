/// UI text of the Akteursnetz (issue 5).
extension German {
    enum Actors {
        static let nav = "Akteure"
        static let directoryTitle = "Akteure in Dortmund"
        static let directoryIntro = "Initiativen, Vereine und Einrichtungen, die Nachbarschaft stärken – mit ihren Orten, Angeboten, Räumen und Kooperationen. Jeder Eintrag ist von der Koordinierungsstelle geprüft."
        static let filterLegend = "Akteure filtern"
        static let searchLabel = "Name oder Stichwort"
        static let topic = "Thema"
        static let area = "Gebiet"
        static let legalForm = "Rechtsform"
        static let audience = "Zielgruppe"
        static let anyTopic = "alle Themen"
        static let anyArea = "ganz Dortmund"
        static let anyLegalForm = "alle Rechtsformen"
        static let anyAudience = "alle Zielgruppen"
        static let filterButton = "Akteure anzeigen"
        static let resetFilters = "Filter zurücksetzen"
        static let noResults = "Keine Akteure gefunden. Versuchen Sie weniger Filter."
        static func resultCount(_ n: Int) -> String { n == 1 ? "1 Akteur gefunden." : "\(n) Akteure gefunden." }
        static func unknownFilter(_ what: String) -> String { "Den Wert für „\(what)“ kennen wir nicht; dieser Filter wurde nicht angewendet." }
        static func districtOption(_ name: String) -> String { "Stadtbezirk \(name)" }
        static func quartierOption(_ name: String) -> String { "– \(name)" }
        static let mapCaption = "Die Nummern gehören zu den Akteuren in der Liste. Akteure ohne festen Ort stehen in der Mitte ihres ersten Quartiers."
        static let mapCaptionOne = "Der Punkt zeigt die Adresse."
        static let mapCaptionArea = "Der Punkt zeigt das Quartier, nicht die genaue Adresse."
        static let moreHeading = "Mitmachen und weiterverwenden"
        static let registerLink = "Eigene Initiative eintragen"
        static let csvLink = "Alle Akteure als CSV-Tabelle (Excel)"
        static let geoJSONLink = "Alle Akteure als GeoJSON (für Karten)"
        static let apiLink = "Programmierschnittstelle (JSON)"
        static let withoutFixedPlace = "ohne festen Ort"
        static let choiceNotAllowed = "Diesen Akteur können Sie hier nicht wählen. Bitte wählen Sie einen Akteur, den Sie bearbeiten."
        static let choiceNone = "kein Akteur"
        static let actorChange = "Akteur"
        static let offerActorLabel = "Veranstaltet von (Akteur im Verzeichnis)"
        static let offerActorHint = "Verbindet das Angebot mit dem Eintrag des Akteurs. Findet es am Ort eines anderen Akteurs statt, zählt das als gemeinsames Angebot."
        static let placeActorLabel = "Betrieben von (Akteur im Verzeichnis)"
        static let placeActorHint = "Verbindet den Ort und seine Räume mit dem Eintrag des Akteurs."
        static let bookingActorLabel = "Anfrage für (Akteur im Verzeichnis)"
        static let bookingActorHint = "Wenn Sie für einen Verein oder eine Initiative anfragen. Eine bestätigte Buchung zählt als Raumnutzung zwischen den beiden Akteuren."
        static let csvHeader = ["Name", "Rechtsform", "Themen", "Zielgruppen", "Adresse", "Postleitzahl", "Quartier", "aktiv in",
                                "E-Mail", "Telefon", "Internetseite", "Gründungsjahr", "Größe", "Seite", "Beispiel"]
        static let yes = "ja"
        static let no = "nein"
        static let apiNotFound = "Diesen Akteur gibt es nicht (oder er ist noch nicht freigegeben)."
        static let sampleNote = "Beispiel: Dieser Eintrag zeigt, wie das Verzeichnis aussieht. Es gibt diesen Akteur nicht."

        static let submittedNote = "Dieser Eintrag ist eingereicht und wird von der Koordinierungsstelle geprüft. Öffentlich sichtbar ist er erst nach der Freigabe."
        static let rejectedNote = "Die Koordinierungsstelle hat diesen Eintrag nicht freigegeben. Begründung:"
        static let topicsLabel = "Themen"
        static let audiencesLabel = "Zielgruppen"
        static let addressLabel = "Adresse"
        static let workAreasLabel = "Aktiv in"
        static let foundedLabel = "Gegründet"
        static let sizeLabel = "Größe"
        static let emailLabel = "E-Mail"
        static let phoneLabel = "Telefon"
        static let websiteLabel = "Internet"
        /// After the postal code of an address.
        static let postalCodeCity = " Dortmund"
        static let placesHeading = "Orte"
        static let offersHeading = "Angebote"
        static let roomsHeading = "Räume zum Anfragen"
        static let noPlaces = "Keine Orte eingetragen."
        static let noOffers = "Keine Angebote eingetragen."
        static let noRooms = "Keine buchbaren Räume."
        static func roomDetail(place: String, capacity: Int) -> String { "\(place), bis \(capacity) Personen" }
        static let cooperationsHeading = "Kooperationen"
        static let noCooperations = "Noch keine Kooperationen eingetragen."
        static func cooperationsCaption(_ name: String) -> String { "Kooperationen von \(name)" }
        static let partner = "Partner"
        static let kind = "Art"
        static let basis = "Grundlage"
        static let confirmedBasis = "von beiden Seiten bestätigt"
        static func derivedBasis(_ kind: TieKind, _ note: String) -> String {
            kind == .roomUse ? "bestätigte Raumbuchung: \(note)" : "Angebot am Ort des Partners: \(note)"
        }
        static let manageHeading = "Eintrag verwalten"
        static let editLink = "Eintrag bearbeiten"
        static let editorsLink = "Redaktion und Einladungen"
        static let tiesLink = "Kooperationen verwalten"

        static let mineTitle = "Meine Akteure"
        static let mineEmpty = "Sie bearbeiten noch keinen Akteur. Tragen Sie Ihre Initiative ein – oder lassen Sie sich von der Redaktion einladen."
        static let mineCaption = "Akteure, die Sie bearbeiten"
        static let nameLabel = "Name"
        static let statusLabel = "Stand"
        static let actionLabel = "Aktion"
        static let openProposals = "Kooperationsanfragen"
        static func openProposalsCount(_ n: Int) -> String { n == 0 ? "keine offen" : n == 1 ? "1 offen" : "\(n) offen" }

        static let reviewTitle = "Einträge prüfen"
        static let reviewIntro = "Neue und korrigierte Einträge erscheinen erst nach Ihrer Freigabe. Bei einer Ablehnung sieht die Redaktion des Akteurs Ihre Begründung."
        static func reviewSubmitted(_ n: Int) -> String { "Eingereicht (\(n))" }
        static func reviewMailSubject(_ name: String) -> String { "Neuer Eintrag zur Prüfung: „\(name)“" }
        static func reviewMailText(_ name: String) -> String {
            "„\(name)“ wurde im Akteursverzeichnis eingetragen und wartet auf Ihre Prüfung."
        }
        static let reviewNothing = "Keine Einträge warten auf eine Prüfung."
        static let reviewRejected = "Abgelehnt"
        static let approve = "Freigeben"
        static let reject = "Ablehnen"
        static let reasonLabel = "Begründung für eine Ablehnung"
        static let reasonHint = "Nur für eine Ablehnung nötig. Die Redaktion des Akteurs sieht diesen Text."
        static let reasonWhat = "die Begründung"
        static let reasonMissing = "Bitte begründen Sie die Ablehnung, damit die Redaktion den Eintrag verbessern kann."
        static let decisionUnknown = "Diese Entscheidung kennen wir nicht."
        static func decisionMailSubject(_ status: ActorStatus, _ name: String) -> String {
            status == .approved ? "„\(name)“ ist freigegeben" : "„\(name)“ wurde nicht freigegeben"
        }
        static func decisionMailText(_ status: ActorStatus, _ name: String, reason: String) -> String {
            status == .approved
                ? "Die Koordinierungsstelle hat den Eintrag „\(name)“ freigegeben. Er ist jetzt im Verzeichnis sichtbar, und Sie können Kooperationen eintragen."
                : "Die Koordinierungsstelle hat den Eintrag „\(name)“ nicht freigegeben.\n\nBegründung: \(reason)\n\nSie können den Eintrag korrigieren; er wird dann erneut geprüft."
        }

        static func editorsTitle(_ name: String) -> String { "Redaktion: \(name)" }
        static let editorsIntro = "Alle Personen der Redaktion dürfen den Eintrag bearbeiten und Kooperationen verwalten. Laden Sie weitere Personen per E-Mail ein."
        static let editorsCaption = "Redaktion"
        static let you = "(Sie)"
        static func removeEditor(_ name: String) -> String { "\(name) aus der Redaktion entfernen" }
        static let lastEditorNote = "einzige Person der Redaktion"
        static let openInvitations = "Offene Einladungen"
        static func invitationLine(_ email: String, until: String) -> String { "\(email), gültig bis \(until)" }
        static func withdrawInvitation(_ email: String) -> String { "Einladung an \(email) zurückziehen" }
        static let inviteHeading = "Person einladen"
        static let inviteEmail = "E-Mail-Adresse"
        static let inviteHint = "Wir schicken einen Link, der 14 Tage gilt. Die Adresse löschen wir, sobald die Einladung angenommen oder abgelaufen ist."
        static let inviteButton = "Einladung senden"
        static let alreadyEditor = "Diese Person gehört schon zur Redaktion."
        static let removeWhom = "Bitte wählen Sie, wen Sie entfernen möchten."
        static let lastEditor = "Die letzte Person der Redaktion kann nicht entfernt werden. Laden Sie zuerst jemand anderen ein."
        static func inviteMailSubject(_ name: String) -> String { "Einladung in die Redaktion von „\(name)“" }
        static func inviteMailText(_ name: String, inviter: String) -> String {
            "\(inviter) lädt Sie ein, den Eintrag „\(name)“ im Akteursverzeichnis von Gemeinsam mitzubearbeiten. Der Link gilt 14 Tage. Wenn Sie die Einladung nicht erwartet haben, können Sie diese E-Mail einfach löschen."
        }
        static func invitationTitle(_ name: String) -> String { "Einladung: \(name)" }
        static let invitationIntro = "Sie sind eingeladen, diesen Eintrag mitzubearbeiten. Mit der Annahme gehören Sie zur Redaktion."
        static let invitationLogin = "Bitte melden Sie sich zuerst an oder legen Sie ein Konto an und öffnen Sie den Link dann noch einmal."
        static let invitationAccept = "Einladung annehmen"
        static let invitationInvalid = "Diese Einladung ist ungültig oder abgelaufen. Bitten Sie die Redaktion um eine neue."

        static func tiesTitle(_ name: String) -> String { "Kooperationen: \(name)" }
        static let tiesIntro = "Tragen Sie ein, mit wem Sie zusammenarbeiten. Der Partner bestätigt die Kooperation; erst dann ist sie öffentlich. Gemeinsame Angebote an Ihren Orten und bestätigte Raumbuchungen zählen automatisch."
        static func incomingHeading(_ n: Int) -> String { "Anfragen an Sie (\(n))" }
        static let noIncoming = "Keine offenen Anfragen."
        static func incomingLine(_ name: String, kind: TieKind) -> String { "\(name) nennt Sie als Partner: \(kind.label)" }
        static func confirm(_ name: String) -> String { "Bestätigen: \(name)" }
        static func decline(_ name: String) -> String { "Ablehnen: \(name)" }
        static let ownTiesHeading = "Ihre Kooperationen"
        static func waitingFor(_ name: String) -> String { "wartet auf Bestätigung durch \(name)" }
        static func withdraw(_ name: String) -> String { "Zurückziehen: \(name)" }
        static func end(_ name: String) -> String { "Beenden: \(name)" }
        static let derivedNoAction = "ergibt sich aus Begegnung"
        static let proposeHeading = "Kooperation eintragen"
        static let noPartners = "Es gibt noch keine anderen freigegebenen Akteure."
        static let kindHint = "„Mitglied im Netzwerk von“ und „Förderung“: Ihr Akteur ist Mitglied bzw. wird gefördert."
        static let noteLabel = "Worum geht es?"
        static let noteHint = "Zum Beispiel der Name des gemeinsamen Projekts. Öffentlich sichtbar."
        static let proposeButton = "Kooperation vorschlagen"
        static let partnerMissing = "Bitte wählen Sie den Partner."
        static let partnerUnknown = "Diesen Akteur gibt es nicht im Verzeichnis."
        static let partnerSelf = "Ein Akteur kann nicht mit sich selbst kooperieren."
        static let kindMissing = "Bitte wählen Sie die Art der Kooperation."
        static let tieExists = "Diese Kooperation ist schon eingetragen oder wartet auf Bestätigung."
        static let tiesNeedApproval = "Kooperationen können erst nach der Freigabe des Eintrags eingetragen werden."
        static func proposalMailSubject(_ name: String) -> String { "\(name) möchte eine Kooperation eintragen" }
        static func proposalMailText(_ name: String, partner: String, kind: TieKind) -> String {
            "\(name) nennt \(partner) als Partner (\(kind.label)). Bitte bestätigen oder lehnen Sie das auf der Seite Ihrer Kooperationen ab."
        }

        static let notices: [String: String] = [
            "eingereicht": "Danke! Ihr Eintrag ist eingereicht. Die Koordinierungsstelle prüft ihn; danach ist er öffentlich.",
            "gespeichert": "Ihre Änderungen sind gespeichert.",
            "erneut-eingereicht": "Ihre Korrektur ist gespeichert und wird erneut geprüft.",
            "freigegeben": "Der Eintrag ist freigegeben.",
            "abgelehnt": "Der Eintrag ist abgelehnt; die Redaktion sieht Ihre Begründung.",
            "eingeladen": "Die Einladung ist verschickt.",
            "einladung-zurueckgezogen": "Die Einladung ist zurückgezogen.",
            "entfernt": "Die Person gehört nicht mehr zur Redaktion.",
            "ausgetreten": "Sie gehören nicht mehr zur Redaktion dieses Akteurs.",
            "redaktion": "Willkommen in der Redaktion! Sie können diesen Eintrag jetzt bearbeiten.",
            "vorgeschlagen": "Die Kooperation ist vorgeschlagen. Sie wird sichtbar, sobald der Partner bestätigt.",
            "bestaetigt": "Die Kooperation ist bestätigt.",
            "abgelehnt-kooperation": "Die Anfrage ist abgelehnt.",
            "beendet": "Die Kooperation ist entfernt.",
            "nicht-offen": "Diese Anfrage war schon entschieden. Es hat sich nichts geändert.",
            "aenderung-eingereicht": "Danke! Ihre Änderung ist eingereicht. Die Koordinierungsstelle prüft sie; bis dahin bleibt der Eintrag, wie er war.",
            "aenderung-uebernommen": "Die Änderung ist übernommen.",
            "aenderung-verworfen": "Die Änderung ist verworfen; der Eintrag bleibt, wie er war.",
        ]
    }

    enum ActorForm {
        static let newTitle = "Initiative eintragen"
        static func editTitle(_ name: String) -> String { "Bearbeiten: \(name)" }
        static let newIntro = "Tragen Sie Ihre Initiative, Ihren Verein oder Ihre Einrichtung ein. Die Koordinierungsstelle prüft den Eintrag, danach ist er im Verzeichnis und auf der Karte zu sehen. Alles hier ist öffentlich – bitte keine privaten Adressen."
        static let aboutLegend = "Über Sie"
        static let name = "Name"
        static let nameWhat = "den Namen"
        static let legalForm = "Rechtsform"
        static let legalFormMissing = "Bitte wählen Sie die Rechtsform."
        static let description = "Beschreibung"
        static let descriptionHint = "Was machen Sie, für wen, seit wann? Höchstens 5.000 Zeichen."
        static let descriptionWhat = "eine Beschreibung"
        static let foundedYear = "Gründungsjahr"
        static let foundedYearHint = "Vierstellig, zum Beispiel 2015."
        static func foundedYearInvalid(_ year: Int) -> String { "Bitte geben Sie ein Jahr zwischen 1800 und \(year) ein, zum Beispiel 2015." }
        static let size = "Größe (Haupt- und Ehrenamtliche)"
        static let sizeMissing = "Bitte wählen Sie die Größe."
        static let topics = "Themen"
        static let topicsHint = "Alle, die passen."
        static let topicsMissing = "Bitte wählen Sie mindestens ein Thema."
        static let audiences = "Zielgruppen"
        static let audiencesMissing = "Bitte wählen Sie mindestens eine Zielgruppe („alle“, wenn Sie sich an alle richten)."
        static let unknownChoice = "Diese Auswahl kennen wir nicht. Bitte wählen Sie aus der Liste."
        static let placeLegend = "Ort"
        static let placeQuestion = "Haben Sie eine feste Adresse?"
        static let placeFixed = "ja, eine öffentliche Adresse"
        static let placeNone = "nein, ohne festen Ort"
        static let placeMissing = "Bitte wählen Sie, ob Sie eine feste Adresse haben."
        static let addressHint = "Nur mit fester Adresse: die Adresse Ihres Büros oder Treffpunkts, keine Privatadresse. Ohne festen Ort wählen Sie unten die Quartiere, in denen Sie aktiv sind."
        static let street = "Straße und Hausnummer"
        static let streetHint = "Nur bei fester Adresse nötig, zum Beispiel Rheinische Straße 1."
        static let quartierHint = "Diese Straße führt durch mehrere Quartiere. Bitte wählen Sie das Quartier Ihrer Adresse."
        static let streetWhat = "Straße und Hausnummer"
        static let streetNotFound = "Diese Straße finden wir in Dortmund nicht. Bitte prüfen Sie die Schreibweise – oder geben Sie Breiten- und Längengrad an."
        static let postalCode = "Postleitzahl"
        static let coordinatesHint = "Freiwillig, für einen genauen Punkt auf der Karte, zum Beispiel 51,5136 und 7,4536. Ohne Angabe zeigt die Karte das Quartier."
        static let workAreas = "Quartiere, in denen Sie aktiv sind"
        static let workAreasHint = "Das Quartier Ihrer Adresse zählt automatisch. Öffnen Sie einen Stadtbezirk, um seine Quartiere zu sehen."
        static let workAreasMissing = "Bitte wählen Sie mindestens ein Quartier, in dem Sie aktiv sind."
        static let contactLegend = "Öffentlicher Kontakt"
        static let contactHint = "Mindestens eine Angabe. Nutzen Sie eine Adresse der Organisation, keine private."
        static let contactMissing = "Bitte geben Sie mindestens einen öffentlichen Kontakt an: E-Mail, Telefon oder Internetseite."
        static let email = "E-Mail"
        static let phone = "Telefon"
        static let website = "Internetseite"
        static let submit = "Eintrag einreichen"
    }

    enum Network {
        static let nav = "Akteursnetz"
        static let title = "Akteursnetz"
        static let intro = "Wer arbeitet mit wem? Grundlage sind bestätigte Kooperationen zwischen freigegebenen Akteuren, gemeinsame Angebote an den Orten anderer Akteure und bestätigte Raumbuchungen. Jede Verbindung zählt, mehrere Verbindungen zwischen zwei Akteuren verstärken die Linie."
        static func actorCount(_ n: Int) -> String { "\(n) freigegebene Akteure" }
        static func tieCount(_ n: Int, edges: Int) -> String { "\(n) Kooperationen zwischen \(edges) Paaren von Akteuren" }
        static func groupCount(_ n: Int) -> String { n == 1 ? "1 zusammenhängende Gruppe" : "\(n) Gruppen, die nicht miteinander verbunden sind" }
        static func communityCount(_ n: Int, modularity: String) -> String { "\(n) Communities (eng verbundene Teile, Modularität \(modularity))" }
        static let empty = "Es gibt noch keine freigegebenen Akteure."
        static let contentsLabel = "Inhalt dieser Seite"
        static let mapHeading = "Netzkarte"
        static let mapIntro = "Jeder Kreis ist ein Akteur; je mehr Partner, desto größer. Die Farbe zeigt die Community. Die wichtigsten Vermittler sind beschriftet. Die Tabelle darunter enthält dieselben Angaben."
        static let mapCaption = "Netzkarte der Akteure. Die Anordnung ist berechnet (kräftebasiert) und hat keine geografische Bedeutung."
        static func svgTitle(_ nodes: Int, communities: Int) -> String { "Netzkarte mit \(nodes) Akteuren in \(communities) Communities" }
        static let actorsCaption = "Alle Akteure mit ihren Kennzahlen"
        static let actorsTableHeader = ["Akteur", "Gruppe", "Community", "Partner (Grad)", "Betweenness", "Closeness", "Vermittler"]
        static let yes = "ja"
        static let no = "nein"
        static let cityHeading = "Akteure auf der Stadtkarte"
        static let cityCaption = "Die Nummern gehören zur Tabelle daneben."
        static let cityTableCaption = "Akteure auf der Stadtkarte"
        static let number = "Nr."
        static let actor = "Akteur"
        static let quartier = "Quartier"
        static let degree = "Partner"
        static let groupsHeading = "Gruppen"
        static let groupsIntro = "Diese Gruppen sind nicht miteinander verbunden. Eine Vorstellung zwischen zwei Gruppen kann viel bewirken."
        static let oneGroup = "Alle Akteure sind über Kooperationen miteinander verbunden."
        static let groupsCaption = "Gruppen von Akteuren, die untereinander verbunden sind"
        static let group = "Gruppe"
        static let size = "Akteure"
        static let members = "Mitglieder"
        static let brokersHeading = "Vermittler"
        static let brokersIntro = "Vermittler verbinden Teile des Netzes: Sie liegen auf vielen kürzesten Wegen zwischen anderen Akteuren, oder ohne sie zerfiele eine Gruppe."
        static let noBrokers = "Noch keine Vermittler: Das Netz hat zu wenige Verbindungen."
        static let brokersCaption = "Vermittler mit Begründung"
        static let betweenness = "Betweenness"
        static let reason = "Begründung"
        static let hotspotsHeading = "Hotspots"
        static let hotspotsIntro = "Quartiere mit den meisten Akteuren und Kooperationen innerhalb des Quartiers je Quadratkilometer."
        static let noHotspots = "Noch keine Hotspots: Es gibt noch keine Akteure mit Adresse."
        static let hotspotsCaption = "Hotspots (höchstens 10)"
        static let hotspotsTableHeader = ["Quartier", "Akteure", "Kooperationen im Quartier", "Akteure je km²", "Kooperationen je km²"]
        static let introductionsHeading = "Akteure, die sich kennenlernen sollten"
        static let introductionsIntro = "Paare mit mindestens zwei gemeinsamen Themen, die nah beieinander arbeiten und noch nicht verbunden sind."
        static let noIntroductions = "Keine Vorschläge: Es gibt kein passendes Paar, das noch nicht verbunden ist."
        static let introductionsCaption = "Vorschläge für Vorstellungen mit Begründung"
        static func csvLink(_ table: NetworkCSV.Table) -> String {
            let name = switch table {
            case .actors: "Akteure mit Kennzahlen"
            case .groups: "Gruppen"
            case .brokers: "Vermittler"
            case .hotspots: "Hotspots"
            case .introductions: "Vorschläge"
            }
            return "\(name) als CSV-Tabelle (Excel)"
        }
        static let actorsHeader = ["Akteur", "ID", "Gruppe", "Community", "Grad", "gewichteter Grad", "Betweenness", "Closeness", "Clustering", "Vermittler"]
        static let groupsHeader = ["Gruppe", "Akteure", "Mitglieder"]
        static let brokersHeader = ["Akteur", "Betweenness", "getrennte Gruppen ohne ihn", "Begründung"]
        static let hotspotsHeader = ["Quartier", "Fläche km²", "Akteure", "Kooperationen im Quartier", "Akteure je km²", "Kooperationen je km²"]
        static let introductionsHeader = ["Akteur 1", "Akteur 2", "gemeinsame Themen", "Begründung"]
    }
}
