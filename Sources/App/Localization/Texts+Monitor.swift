/// German text of the Einsamkeitsmonitor: the default questionnaire and every word of the survey and monitor pages.
extension German {
    enum Monitor {
        // MARK: navigation and titles

        static let nav = "Einsamkeitsmonitor"
        static let surveyNav = "Umfrage"
        static let kioskNav = "Umfrage-Bögen eingeben"
        static let dashboardTitle = "Einsamkeitsmonitor"
        static let gapsTitle = "Lückenanalyse: Wo fehlt es am meisten?"
        static let freeTextsTitle = "Freitexte prüfen"
        static let manageTitle = "Fragebogen und Befragungswellen"
        static let surveyTitle = "Umfrage: Wie geht es Ihnen in Ihrem Quartier?"
        static let paperTitle = "Fragebogen zum Ausdrucken"
        static let thanksTitle = "Vielen Dank!"
        static let kioskTitle = "Papierbögen und Kiosk-Antworten eingeben"
        static let sampleWave = "Diese Befragungswelle ist ein Beispiel."
        static let sampleBanner =
            "Beispieldaten: Diese Antworten sind erfunden und dienen nur zur Vorführung. Sie sagen nichts über Dortmund aus."

        // MARK: survey page

        static let noWaveHeading = "Zurzeit läuft keine Befragung"
        static let noWave =
            "Im Moment sammeln wir keine Antworten. Die nächste Befragung kündigen wir hier und in den Seniorenbüros an."
        static func wavePeriod(_ name: String, _ from: String, _ to: String) -> String {
            "\(name): Sie können vom \(from) bis zum \(to) teilnehmen."
        }
        static let paperLink = "Fragebogen zum Ausdrucken (Papierfassung)"
        static let consentHeading = "Einverständnis"
        static let consentMissing = "Bitte bestätigen Sie, dass Sie mit der Teilnahme einverstanden sind."
        static let kioskConsent = "Die ausfüllende Person hat eingewilligt (auf dem Papierbogen oder mündlich am Kiosk)."
        static let submit = "Antworten absenden"
        static let optionalNote = "Alle Fragen sind freiwillig. Sie können jede Frage überspringen."
        static let codeLabel = "Zugangscode"
        static let codeHintOptional =
            "Nur wenn Sie einen Code auf Papier bekommen haben (zum Beispiel am Kiosk). Sonst lassen Sie das Feld leer."
        static let codeHintRequired = "Für diese Befragung brauchen Sie den Code, den Sie auf Papier bekommen haben."
        static let codeMissing = "Bitte geben Sie Ihren Zugangscode ein."
        static let codeInvalid = "Diesen Zugangscode kennen wir nicht, oder er wurde schon benutzt."
        static let panelHeading = "Später noch einmal teilnehmen (freiwillig)"
        static let panelIntro =
            "Wenn Sie später noch einmal an einer Befragung teilnehmen, können wir – ohne zu wissen, wer Sie sind – "
            + "vergleichen, ob sich etwas verändert hat. Dazu bekommen Sie einen persönlichen Code, den nur Sie kennen."
        static let panelNew = "Ja, ich möchte einen persönlichen Code für eine spätere Befragung."
        static let panelCodeLabel = "Persönlicher Code aus einer früheren Befragung"
        static let panelCodeHint = "Nur wenn Sie schon einmal teilgenommen und sich einen Code notiert haben."
        static let panelPaperNote =
            "Einen neuen persönlichen Code für eine spätere Befragung bekommen Sie bei der Teilnahme im Internet."
        static let panelCodeInvalid = "Diesen persönlichen Code kennen wir nicht. Bitte prüfen Sie die Schreibweise oder lassen Sie das Feld leer."
        static let panelCodeUsed = "Mit diesem persönlichen Code wurde in dieser Befragung schon geantwortet."
        static let streetLabel = "oder Ihre Straße"
        static let streetHint = "Ohne Hausnummer. Wir speichern nur das Quartier, nicht die Straße."
        static let quartierLabel = "Quartier"
        static let quartierPlaceholder = "Quartier wählen (oder unten die Straße eingeben)"
        static let streetUnknown = "Diese Straße haben wir nicht gefunden. Bitte prüfen Sie die Schreibweise oder wählen Sie das Quartier aus der Liste."
        static func streetAmbiguous(_ street: String) -> String {
            "Die \(street) liegt in mehreren Quartieren. Bitte wählen Sie Ihr Quartier aus der Liste."
        }
        static let freeTextWhat = "einen Text"
        static let streetWhat = "eine Straße"
        static let invalidEncoding = "Die Eingabe enthält ungültige Zeichen (keine gültige UTF-8-Kodierung)."
        static let invalidChoice = "Bitte wählen Sie eine der angebotenen Antworten."
        static func requiredAnswer(_ text: String) -> String { "Bitte beantworten Sie die Frage „\(text)“." }
        static let multipleHint = "Mehrere Antworten möglich."
        static let helpLine =
            "Wenn Sie sich gerade sehr einsam fühlen oder mit jemandem sprechen möchten: Die Telefonseelsorge ist rund um die "
            + "Uhr kostenlos und anonym erreichbar unter 0800 111 0 111 und 0800 111 0 222."

        static let thanksText = "Ihre Antworten sind angekommen. Vielen Dank, dass Sie sich die Zeit genommen haben!"
        static let thanksNext = "Was es in Ihrer Nachbarschaft schon gibt, finden Sie über die Suche nach Ihrem Quartier."
        static let panelCodeHeading = "Ihr persönlicher Code"
        static let panelCodeShown =
            "Bitte notieren Sie sich diesen Code oder drucken Sie diese Seite aus. Wir zeigen ihn nur dieses eine Mal "
            + "und können ihn nicht wiederherstellen, weil wir nicht wissen, wer Sie sind."

        // MARK: paper version

        static let paperIntro =
            "Diese Papierfassung enthält genau dieselben Fragen wie die Umfrage im Internet. Kreuzen Sie bitte jeweils "
            + "ein Kästchen an (bei „mehrere Antworten möglich“ auch mehrere). Geben Sie den Bogen im Seniorenbüro, im "
            + "Stadtteilbüro oder am Kiosk ab."
        static let paperCodeLine = "Zugangscode (falls vorhanden): ______________________"
        static let paperAreaLine = "Name Ihres Quartiers oder Ihre Straße (ohne Hausnummer): ____________________________"
        static let paperTextLines = 4
        static let printHint = "Drucken Sie diese Seite mit der Druckfunktion Ihres Browsers (Strg + P)."

        // MARK: kiosk entry

        static let kioskIntro =
            "Hier tragen Sie ausgefüllte Papierbögen und Antworten ein, die Besucherinnen und Besucher am Kiosk gegeben "
            + "haben. Es wird nicht gespeichert, wer die Antworten eingegeben hat."
        static let kioskChannelLabel = "Woher kommen die Antworten?"
        static let channelPaper = "Papierbogen"
        static let channelKiosk = "am Kiosk gemeinsam ausgefüllt"
        static let channelOnline = "online"
        static let channelKioskShort = "Kiosk"
        static let kioskDateLabel = "Datum auf dem Bogen (TT.MM.JJJJ)"
        static let kioskDateHint = "Nur das Datum, keine Uhrzeit. Leer lassen für heute."
        static let kioskDateInvalid = "Bitte geben Sie ein gültiges Datum im Zeitraum der Befragung ein (TT.MM.JJJJ), nicht in der Zukunft."
        static let kioskSaved = "Der Bogen wurde gespeichert. Sie können den nächsten eingeben."
        static let kioskSubmit = "Bogen speichern"

        // MARK: dashboard

        static let waveLabel = "Befragungswelle"
        static let outcomeLabel = "Messgröße"
        static let areaLabel = "Gebiet"
        static let wholeCity = "ganze Stadt"
        static let showButton = "Anzeigen"
        static let noWaves = "Es gibt noch keine Befragungswelle. Legen Sie unter „Fragebogen und Befragungswellen“ eine an."
        static let noAnswers = "Für diese Welle gibt es noch keine Antworten."
        static let methodHeading = "So wurde gerechnet"
        static let suppressionNote =
            "Zahlen zu Gruppen mit weniger als 10 Antworten zeigen wir nicht („unter 10“). Damit sie sich nicht aus "
            + "Summen zurückrechnen lassen, blenden wir wenn nötig weitere Zahlen aus („ausgeblendet“)."
        static func notConverged(_ iterations: Int) -> String {
            "Die Gewichtung ist nach \(iterations) Durchgängen nicht konvergiert."
        }
        static let unweighted = "Ungewichtet: Es gibt keine passenden Bevölkerungszahlen für die Gewichtung."
        static let weightingFailed = "Die Gewichtung ist fehlgeschlagen; die Zahlen sind deshalb ungewichtet:"
        static let headlineHeading = "Auf einen Blick"
        static let barometerNote =
            "Zum Vergleich: Einsamkeitsbarometer des Bundes 2021 (UCLA-3, Mittelwert über „manchmal“): 11,3 % der Erwachsenen."
        static let barometerShort = "Bund 2021: 11,3 %"
        static let districtsHeading = "Stadtbezirke"
        static let quartiereHeading = "Quartiere"
        static let ageHeading = "Nach Altersgruppe"
        static let riskHeading = "Nach Lebenslage"
        static let riskIntro = "Anteil bei Menschen, auf die die Lebenslage zutrifft („ja“), und bei allen anderen („nein“)."
        static let channelHeading = "Antworten nach Gebiet und Weg"
        static let wishesHeading = "Was sich die Menschen wünschen"
        static let wishesIntro = "Anteil der Antwortenden, die den Wunsch genannt haben (gewichtet), nach Häufigkeit geordnet."
        static let panelResultHeading = "Vorher – nachher (Panel)"
        static let csvLink = "Tabelle als CSV herunterladen"
        static let suppressedTooFew = "unter 10"
        static let suppressedComplementary = "ausgeblendet"
        static let mapNote =
            "Schraffierte Gebiete: zu wenige Antworten für eine Schätzung. Die Zahlen stehen in der Tabelle neben der Karte."
        static let ciNote =
            "95-%-Konfidenzintervall (95-%-KI): Der wahre Wert liegt mit hoher Wahrscheinlichkeit in diesem Bereich."
        static let freeTextsLink = "Freitexte"
        static let gapsLink = "Lückenanalyse"
        static let manageLink = "Fragebogen und Befragungswellen"
        static let forbiddenArea = "Dieses Gebiet gehört nicht zu Ihren Quartieren."

        // MARK: gap analysis

        static let gapsIntro =
            "Bedarf: geschätzte Zahl einsamkeitsbelasteter Menschen im Quartier (geschätzter Anteil × Einwohnerzahl). "
            + "Angebot: je 1.000 Einwohner*innen. Beides wird als Rang unter den Quartieren verglichen (0 = niedrigster, "
            + "1 = höchster Wert); die Lücke ist Bedarfsrang minus Angebotsrang. Oben stehen die Quartiere, in denen viel "
            + "Bedarf auf wenig Angebot trifft."
        static let gapsPopulationNote =
            "Bezugsgröße ist die gesamte Einwohnerzahl des Quartiers, weil Zahlen für Erwachsene je Quartier nicht vorliegen. "
            + "Wo für ein Quartier zu wenige Antworten vorliegen, nehmen wir den Anteil seines Stadtbezirks (gekennzeichnet)."
        static let indicatorsHeading = "Welche Angebote zählen"
        static let gapsMapCaption = "Lücke je Quartier (dunkler = größere Lücke)"

        // MARK: free texts

        static let freeTextsIntro =
            "Freitexte erscheinen in Auswertungen erst, wenn jemand von der Koordinierungsstelle sie geprüft hat. Bitte "
            + "geben Sie nur Texte frei, die keine Namen, Adressen oder andere Hinweise auf Personen enthalten."
        static let pendingHeading = "Noch zu prüfen"
        static let approvedHeading = "Freigegeben"
        static let approve = "Freigeben"
        static let reject = "Nicht freigeben"
        static let noPending = "Es gibt keine ungeprüften Freitexte."
        static let noApproved = "Es gibt noch keine freigegebenen Freitexte."
        static let freeTextAreaNote =
            "Das Quartier nennen wir nur, wenn es dort mindestens 10 Antworten gibt; sonst den Stadtbezirk oder kein Gebiet."

        // MARK: management

        static let questionnairesHeading = "Fragebögen"
        static let wavesHeading = "Befragungswellen"
        static let newWaveHeading = "Neue Befragungswelle"
        static let codesHeading = "Einmal-Codes für Papier und Kiosk"
        static let marginsHeading = "Bevölkerungszahlen für die Gewichtung"
        static let marginsIntro =
            "Laden Sie amtliche Tabellen als CSV mit den Spalten variable,category,population hoch. Variablen: "
            + "stadtbezirk (Name oder Nummer des Stadtbezirks), altersgruppe (18-29, 30-44, 45-64, 65-79, 80+), "
            + "geschlecht (weiblich, männlich, divers). Ohne hochgeladene Zahlen gewichten wir nach den Einwohnerzahlen "
            + "der Stadtbezirke aus der Geografie."
        static let builtinMargins = "Einwohnerzahlen der Stadtbezirke (aus der Geografie)"
        static let newVersionHeading = "Neue Fragebogen-Version (JSON)"
        static let newVersionIntro =
            "Laden Sie die aktuelle Fassung als JSON herunter, ändern Sie Wortlaute und laden Sie sie als neue Version hoch. "
            + "Schlüssel der Standardfragen (z. B. ucla1, alter, quartier) bitte nicht ändern, sonst fehlen sie in der Auswertung."
    }
}

extension German {
    /// German text of `gemeinsam survey …` (help, and the one line a failure prints).
    enum SurveyCommand {
        static let help = "Umfrage-Statistik: score (Einsamkeitswerte), weight (Gewichte), estimate (Anteile), import-margins"
        static let scoreHelp = "Berechnet UCLA-3 und De Jong Gierveld je Antwort."
        static let weightHelp = "Gewichtet Antworten auf Randverteilungen (Raking); gibt id,weight aus."
        static let estimateHelp = "Schätzt gewichtete Anteile je Gruppe mit 95-%-Intervall und Geheimhaltung."
        static let importHelp = "Speichert Bevölkerungszahlen für die Gewichtung in der Datenbank."
        static let answersOption = "CSV mit id, ucla1–ucla3 und/oder djg_e1–djg_s3"
        static let weightResponsesOption = "CSV mit id und einer Spalte je Variable der Randverteilungen"
        static let estimateResponsesOption = "CSV mit den Antworten"
        static let marginsOption = "CSV variable,category,population"
        static let maxIterationsOption = "Höchstzahl der Durchgänge (Standard 1000)"
        static let toleranceOption = "Toleranz (Standard 1e-10)"
        static let byOption = "Spalte, nach der gruppiert wird"
        static let outcomeOption = "Spalte mit 0/1 (leer = keine Angabe)"
        static let fileOption = "CSV variable,category,population (stadtbezirk, altersgruppe, geschlecht)"
        static let nameOption = "Name der Tabelle"
        static let sourceOption = "Quelle der Zahlen"
        static let dateOption = "Stand der Zahlen (JJJJ-MM-TT oder TT.MM.JJJJ)"
        static let addDistrictsOption = "Einwohnerzahlen der Stadtbezirke aus der Geografie ergänzen"

        static func fileMissing(_ option: String) -> String { "Bitte --\(option) DATEI angeben." }
        static func fileUnreadable(_ path: String, option: String) -> String {
            "Die Datei „\(path)“ (--\(option)) kann nicht gelesen werden."
        }
        static func fileNotUTF8(_ path: String) -> String {
            "Die Datei „\(path)“ ist keine UTF-8-Textdatei. Bitte als CSV (UTF-8) speichern."
        }
        static func maxIterationsInvalid(_ raw: String) -> String {
            "--max-iterations erwartet eine ganze Zahl ab 1 (gefunden: „\(raw)“)."
        }
        static func toleranceInvalid(_ raw: String) -> String {
            "--tolerance erwartet eine positive Zahl wie 1e-10 (gefunden: „\(raw)“)."
        }
        static let byMissing = "Bitte --by SPALTE angeben."
        static let outcomeMissing = "Bitte --outcome SPALTE angeben."
        static let nameInvalid = "Bitte --name angeben (höchstens 100 Zeichen, keine Steuerzeichen)."
        static let sourceInvalid = "Bitte --source angeben (höchstens 300 Zeichen, keine Steuerzeichen)."
        static let dateInvalid = "Bitte --date als JJJJ-MM-TT oder TT.MM.JJJJ angeben."
        static func unexpected(_ type: String) -> String { "Unerwarteter Fehler: \(type)" }
        static let noGeography =
            "Die Datenbank enthält noch keine Geografie. Bitte zuerst die App starten oder gemeinsam import-geography ausführen."
        static func importFailed(_ problems: [String]) -> String { "Import abgebrochen:\n" + problems.joined(separator: "\n") }
    }
}
