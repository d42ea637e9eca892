/// German UI text. Every word a person reads lives in this folder, so a translation replaces these files only.
enum German {
    static let siteName = "Gemeinsam Dortmund"
    static let tagline = "Nachbarschaft, die verbindet"
    static let skipLink = "Zum Inhalt springen"
    static let sampleBadge = "Beispiel"
    static let schematicMap = "schematische Karte"
    static let schematicMapNote =
        "Die Grenzen sind aus den Adresspunkten der Stadt abgeleitet und nicht die amtlichen Grenzen."

    enum Nav {
        static let label = "Hauptnavigation"
        static let quartiere = "Quartiere"
        static let districts = "Stadtbezirke"
        static let login = "Anmelden"
        static let register = "Registrieren"
        static let account = "Mein Konto"
        static let admin = "Verwaltung"
        static let footer = "Rechtliches"
        static let imprint = "Impressum"
        static let privacy = "Datenschutz"
        static let accessibility = "Barrierefreiheit"
    }

    enum Home {
        static let title = "Willkommen"
        static let heading = "Gemeinsam statt einsam – in Ihrem Quartier"
        static let intro = [
            "Gemeinsam Dortmund zeigt, wo Sie in Ihrer Nachbarschaft Menschen treffen können: Treffpunkte, Angebote "
                + "und Orte wie Seniorenbüros, Stadtteilbüros und Begegnungszentren.",
            "Hier können Nachbarinnen und Nachbarn einander Hilfe anbieten oder um Hilfe bitten – sicher und ohne "
                + "dass Kontaktdaten öffentlich werden. Wer kein Smartphone hat, bekommt Hilfe am Kiosk oder im Seniorenbüro.",
        ]
        static let findHeading = "Ihr Quartier finden"
        static let searchLabel = "Straße oder Quartier"
        static let searchHint = "Zum Beispiel „Oesterholzstraße“ oder „Hörde“. Eine Hausnummer brauchen wir nicht."
        static let searchButton = "Suchen"
        static let listLink = "Alle Quartiere als Liste"
        static let mapLink = "Alle Stadtbezirke auf der Karte"
        static let howHeading = "So funktioniert es"
        static let how = [
            "Finden Sie Ihr Quartier über Ihre Straße oder seinen Namen.",
            "Schauen Sie, was es in Ihrem Quartier und in den Nachbarquartieren gibt.",
            "Mit einem Konto können Sie später Hilfe anbieten oder suchen. Wir speichern keine Adresse, nur Ihr Quartier.",
        ]
    }

    enum Search {
        static let title = "Suche"
        static func heading(_ q: String) -> String { "Suchergebnisse für „\(q)“" }
        static let empty = "Bitte geben Sie eine Straße oder den Namen eines Quartiers ein."
        static let tooShort = "Bitte geben Sie mindestens 3 Zeichen ein."
        static let tooLong = "Die Eingabe ist zu lang. Bitte höchstens 100 Zeichen."
        static let noHits = "Dazu haben wir leider nichts gefunden. Prüfen Sie die Schreibweise oder wählen Sie Ihr Quartier aus der Liste."
        static let quartiereHeading = "Quartiere"
        static let streetsHeading = "Straßen"
        static func severalQuartiere(_ street: String) -> String {
            "Die \(street) liegt in mehreren Quartieren. Bitte wählen Sie Ihres:"
        }
        static func subdistricts(_ codes: [String]) -> String {
            (codes.count == 1 ? "Unterbezirk " : "Unterbezirke ") + codes.joined(separator: ", ")
        }
        static func inDistrict(_ name: String) -> String { "Stadtbezirk \(name)" }
    }

    enum Areas {
        static let quartiereTitle = "Alle Quartiere"
        static let quartiereIntro = "Dortmund hat 62 Quartiere (statistische Bezirke) in 12 Stadtbezirken."
        static let districtsTitle = "Stadtbezirke"
        static let districtsIntro = "Wählen Sie einen Stadtbezirk auf der Karte oder in der Liste."
        static let quartier = "Quartier"
        static let district = "Stadtbezirk"
        static func partOf(_ name: String) -> String { "Teil des Stadtbezirks \(name)" }
        static let neighboursHeading = "Nachbarquartiere"
        static let neighbourDistrictsHeading = "Benachbarte Stadtbezirke"
        static let quartiereInDistrict = "Quartiere in diesem Stadtbezirk"
        static let factsHeading = "Zahlen"
        static let population = "Einwohnerinnen und Einwohner"
        static let area = "Fläche"
        static func populationSource(date: String, source: String) -> String { "Stand \(date), Quelle: \(source)" }
        static let populationUnknown = "Für dieses Gebiet liegt uns keine veröffentlichte Einwohnerzahl vor."
        static let offersHeading = "Angebote und Treffpunkte"
        static let offersEmpty =
            "Hier erscheinen bald Treffpunkte, Angebote und Nachbarschaftshilfe in diesem Quartier. "
            + "Sie kennen ein Angebot? Sprechen Sie Ihr Seniorenbüro oder Stadtteilbüro an."
        static let mapHeading = "Lage"
    }

    enum Errors {
        static let notFoundTitle = "Seite nicht gefunden"
        static let notFound = "Diese Seite gibt es nicht (mehr). Vielleicht hilft die Suche oder die Liste der Quartiere."
        static let serverTitle = "Ein Fehler ist aufgetreten"
        static let server = "Entschuldigung, bei uns ist etwas schiefgegangen. Bitte versuchen Sie es später noch einmal."
        static let forbiddenTitle = "Kein Zugriff"
        static let forbidden = "Für diese Seite fehlt Ihnen die Berechtigung."
        static let csrfTitle = "Formular abgelaufen"
        static let csrf = "Das Formular ist abgelaufen oder wurde nicht von dieser Seite gesendet. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal."
        static let badRequestTitle = "Ungültige Anfrage"
        static let badRequest = "Die Anfrage konnte nicht verarbeitet werden. Bitte prüfen Sie Ihre Eingaben."
        static let tooLargeTitle = "Eingabe zu groß"
        static let tooLarge = "Die gesendeten Daten sind zu groß."
        static let metricsToken = "Für die Messwerte ist ein gültiges Zugangstoken nötig."
        static let tooManyParameters = "Die Anfrage enthält zu viele oder doppelte Angaben. Bitte senden Sie das Formular von dieser Seite aus."
        static let tooManyTitle = "Zu viele Versuche"
        static let unauthorizedTitle = "Bitte melden Sie sich an"
        static let unauthorized = "Für diese Seite müssen Sie angemeldet sein."
        static let backHome = "Zur Startseite"
        static let summaryHeading = "Bitte prüfen Sie Ihre Eingaben:"
    }
}
