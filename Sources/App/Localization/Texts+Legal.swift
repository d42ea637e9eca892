extension German {
    /// Text of the legal pages. The operating city replaces the placeholders in brackets before going live.
    enum Legal {
        struct Section {
            var heading: String?
            var paragraphs: [String]
            var list: [String] = []
        }

        static let imprintTitle = "Impressum"
        static let imprint: [Section] = [
            Section(heading: nil, paragraphs: [
                "Angaben gemäß § 5 Digitale-Dienste-Gesetz (DDG) und § 18 Medienstaatsvertrag (MStV).",
            ]),
            Section(heading: "Betreiberin", paragraphs: [
                "Stadt Dortmund, Koordinierungsstelle Einsamkeit (Sozialamt), Friedensplatz 1, 44135 Dortmund.",
                "Die Stadt Dortmund ist eine Körperschaft des öffentlichen Rechts. Sie wird vertreten durch den Oberbürgermeister.",
            ]),
            Section(heading: "Kontakt", paragraphs: [
                "Bitte nutzen Sie die Kontaktwege Ihres Seniorenbüros oder Stadtteilbüros. Die Kontaktdaten der Redaktion trägt die Betreiberin vor dem Start hier ein.",
            ]),
            Section(heading: "Software", paragraphs: [
                "Gemeinsam ist freie Software (Open Source). Der Quellcode kann von jeder Stadt genutzt werden.",
                "Die Gebietsgrenzen sind aus offenen Daten der Stadt Dortmund (Adressregister) abgeleitet und nur schematisch. Einwohnerzahlen stammen aus den Veröffentlichungen der Dortmunder Statistik; Stand und Quelle stehen bei jeder Zahl.",
            ]),
        ]

        static let privacyTitle = "Datenschutz"
        static let privacy: [Section] = [
            Section(heading: "Das Wichtigste in Kürze", paragraphs: [], list: [
                "Wir speichern keine Adresse von Ihnen – nur Ihr Quartier.",
                "Öffentlich sichtbar sind nur Ihr Vorname und der erste Buchstabe Ihres Nachnamens.",
                "Wir setzen keine Werbe- oder Analyse-Cookies ein und laden nichts von fremden Servern.",
                "Sie können Ihre Daten jederzeit herunterladen und Ihr Konto löschen.",
            ]),
            Section(heading: "Welche Daten wir speichern", paragraphs: [
                "Für ein Konto: E-Mail-Adresse, Passwort (nur als nicht umkehrbarer bcrypt-Hash), Vorname, Anfangsbuchstabe des Nachnamens, Ihr Quartier und die Rollen, die Ihnen die Verwaltung gegeben hat.",
                "Beim Anmelden: Fehlversuche werden 15 Minuten lang gezählt, um Angriffe zu bremsen. Dabei speichern wir weder E-Mail-Adresse noch IP-Adresse, sondern nur einen nicht umkehrbaren Schlüssel daraus.",
                "Solange Sie angemeldet sind, speichern wir eine Sitzung mit einer zufälligen Kennung in einem Cookie. Ein zweites Cookie schützt Formulare gegen Missbrauch. Beide Cookies sind technisch notwendig.",
                "Unsere Server-Protokolle enthalten keine personenbezogenen Daten aus Formularen.",
            ]),
            Section(heading: "Zweck und Rechtsgrundlage", paragraphs: [
                "Wir verarbeiten Ihre Daten, um Ihnen die Nutzung von Gemeinsam zu ermöglichen (Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit den Aufgaben der Daseinsvorsorge, und Art. 6 Abs. 1 lit. a DSGVO, soweit Sie einwilligen).",
            ]),
            Section(heading: "Ihre Rechte", paragraphs: [
                "Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Datenübertragbarkeit und Widerspruch (Art. 15–21 DSGVO). Auf der Seite „Mein Konto“ können Sie Ihre Daten als Datei herunterladen und Ihr Konto löschen.",
                "Sie können sich bei der Landesbeauftragten für Datenschutz und Informationsfreiheit Nordrhein-Westfalen beschweren.",
            ]),
        ]

        static let accessibilityTitle = "Erklärung zur Barrierefreiheit"
        static let accessibility: [Section] = [
            Section(heading: nil, paragraphs: [
                "Die Stadt Dortmund ist bemüht, Gemeinsam im Einklang mit der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich zu machen. Ziel ist die Konformität mit WCAG 2.1 Stufe AA.",
            ]),
            Section(heading: "Wie wir prüfen", paragraphs: [
                "Jede Seite wird bei jeder Änderung automatisch in einem echten Browser (Chromium) mit dem Prüfwerkzeug axe-core gegen die Regeln von WCAG 2.1 A und AA geprüft; eine Änderung mit Fehlern wird nicht übernommen.",
                "Die wichtigsten Wege (Konto anlegen, anmelden, Quartier über die Straße finden, Daten herunterladen, abmelden) werden dabei nur mit der Tastatur und ohne JavaScript durchlaufen. Wir prüfen die Darstellung bei 320 und 1280 Pixeln Breite.",
            ], list: [
                "Alle Funktionen gehen ohne JavaScript und mit der Tastatur.",
                "Große Schrift (mindestens 18 Pixel), hohe Kontraste, sichtbarer Fokus, Schaltflächen mindestens 44 Pixel groß.",
                "Karten sind schematische Zeichnungen; alles, was sie zeigen, steht auch als Text oder Tabelle daneben.",
                "Alle Seiten lassen sich drucken.",
            ]),
            Section(heading: "Stand der Vereinbarkeit", paragraphs: [
                "Automatische Prüfungen finden nicht alle Barrieren. Eine Prüfung durch Menschen mit Behinderungen steht noch aus. Bekannte Einschränkung: Die Gebietsgrenzen in den Karten sind vereinfacht.",
            ]),
            Section(heading: "Barriere melden", paragraphs: [
                "Wenn Ihnen eine Barriere auffällt, sagen Sie es uns bitte – im Seniorenbüro, im Stadtteilbüro oder über die Kontaktangaben im Impressum. Bleibt Ihre Meldung ohne befriedigende Antwort, können Sie sich an die Schlichtungsstelle nach § 10 BGG NRW wenden.",
            ]),
        ]
    }
}
