import Foundation

/// German text of the monitor's management page: waves, weighting, one-time codes, population margins and
/// questionnaire versions.
extension German {
    enum MonitorManage {
        // MARK: waves

        static let noWaves = "Noch keine Befragungswelle."
        static let wavesTableLabel = "Tabelle der Befragungswellen"
        static let wavesCaption = "Alle Befragungswellen, neueste zuerst"
        static let nameColumn = "Name"
        static let periodColumn = "Zeitraum"
        static let questionnaireColumn = "Fragebogen"
        static let weightingColumn = "Gewichtung"
        static let answersColumn = "Antworten"
        static let codesColumn = "Einmal-Codes (benutzt/erstellt)"
        static func version(_ version: Int) -> String { "Version \(version)" }
        static func codeBatches(_ batches: [CodeBatch], codesRequired: Bool) -> String {
            batches.map { "\($0.batch): \($0.usedCount)/\($0.total)" }.joined(separator: "; ")
                + (codesRequired ? " (online nur mit Code)" : "")
        }

        static let wavesGroup = "Befragungswellen"
        static let marginSetsGroup = "Hochgeladene Tabellen"
        static let questionnairesGroup = "Fragebögen"
        static func marginSetOption(_ name: String, asOf: String) -> String { "\(name) (Stand \(asOf))" }
        static func questionnaireOption(_ title: String, version: Int) -> String { "\(title) – Version \(version)" }
        static let choosePlaceholder = "Bitte wählen"

        static let waveNameLabel = "Name der Welle"
        static let waveNameHint = "Zum Beispiel „Frühjahr 2027“."
        static let waveNameWhat = "einen Namen"
        static let firstDayLabel = "Erster Tag (TT.MM.JJJJ)"
        static let lastDayLabel = "Letzter Tag (TT.MM.JJJJ)"
        static let questionnaireLabel = "Fragebogen"
        static let weightingLabel = "Gewichtung nach"
        static let codesRequiredLabel = "Online nur mit Einmal-Code teilnehmen"
        static let createWave = "Welle anlegen"
        static let firstDayMissing = "Bitte geben Sie das erste Datum als TT.MM.JJJJ ein."
        static let lastDayMissing = "Bitte geben Sie das letzte Datum als TT.MM.JJJJ ein."
        static let endBeforeStart = "Das Ende muss nach dem Beginn liegen."
        static let questionnaireMissing = "Bitte wählen Sie einen Fragebogen."
        static let marginSetMissing = "Bitte wählen Sie eine Tabelle mit Bevölkerungszahlen."
        static func waveCreated(_ name: String) -> String { "Befragungswelle „\(name)“ angelegt." }

        // MARK: weighting of a wave

        static let weightingHeading = "Gewichtung einer Welle ändern"
        static let waveLabel = "Befragungswelle"
        static let saveWeighting = "Gewichtung speichern"
        static let waveMissing = "Bitte wählen Sie eine Befragungswelle."
        static func weightingChanged(_ wave: String) -> String { "Gewichtung für „\(wave)“ geändert." }

        // MARK: one-time codes

        static let codesIntro = "Einmal-Codes begrenzen doppelte Antworten bei Papier- und Kioskverteilung. Wir speichern nur eine "
            + "verschlüsselte Prüfsumme und ob der Code benutzt wurde – nie, welche Antwort ihn benutzt hat."
        static let countLabel = "Anzahl (1 bis 1.000)"
        static let countInvalid = "Bitte eine Anzahl von 1 bis 1.000 eingeben."
        static let batchLabel = "Bezeichnung des Stapels"
        static let batchHint = "Zum Beispiel der Ort, an dem die Bögen verteilt werden."
        static let batchWhat = "eine Bezeichnung (z. B. den Ort)"
        static let createCodes = "Codes erstellen"
        static let codesTitle = "Einmal-Codes"
        static func codesFor(_ count: Int, wave: String, batch: String) -> String {
            "\(count) Codes für „\(wave)“, Stapel „\(batch)“."
        }
        static let codesShownOnce = "Wir zeigen die Codes nur dieses eine Mal. Bitte drucken Sie die Seite jetzt aus "
            + "(Strg + P) und schneiden Sie die Codes aus. Jeder Code gilt für genau eine Antwort."
        static let backToManage = "Zurück zu Fragebogen und Befragungswellen"

        // MARK: population margins

        static let marginSetsTableLabel = "Tabelle der Bevölkerungszahlen"
        static let marginSetsCaption = "Hochgeladene Bevölkerungszahlen"
        static let sourceColumn = "Quelle"
        static let asOfColumn = "Stand"
        static let marginNameLabel = "Name der Tabelle"
        static let marginNameHint = "Zum Beispiel „Bevölkerung nach Alter und Geschlecht 2024“."
        static let marginNameWhat = "einen Namen"
        static let marginSourceLabel = "Quelle"
        static let marginSourceHint = "Zum Beispiel „Stadt Dortmund, Dortmunder Statistik, Tabelle 3.2“."
        static let marginSourceWhat = "die Quelle"
        static let marginDateLabel = "Stand der Zahlen (TT.MM.JJJJ)"
        static let marginDateMissing = "Bitte geben Sie den Stand der Zahlen als TT.MM.JJJJ ein."
        static let fileLabel = "CSV-Datei"
        static let fileAlternative = " (oder unten einfügen)"
        static let fileNotUTF8 = "Die Datei ist keine UTF-8-Textdatei. Bitte als CSV (UTF-8) speichern."
        static let marginTextLabel = "oder CSV-Inhalt einfügen"
        static let marginTextHint = "Erste Zeile: variable,category,population"
        static let marginTextMissing = "Bitte wählen Sie eine CSV-Datei oder fügen Sie den Inhalt ein."
        static let marginTextControlCharacters = "Die Datei enthält unzulässige Steuerzeichen."
        static let addDistrictsLabel =
            "Einwohnerzahlen der Stadtbezirke aus der Geografie ergänzen (auf die Gesamtzahl der Datei umgerechnet)"
        static let uploadMargins = "Hochladen und prüfen"
        static func marginsSaved(_ name: String, rows: Int) -> String {
            "Bevölkerungszahlen „\(name)“ gespeichert (\(rows) Zeilen)."
        }

        // MARK: questionnaire versions

        static let downloadJSON = "als JSON herunterladen"
        static let definitionLabel = "Fragebogen (JSON)"
        static let saveVersion = "Als neue Version speichern"
        static let definitionMissing = "Bitte fügen Sie den Fragebogen als JSON ein."
        static let definitionTooLong = "Der Fragebogen ist zu lang."
        static func definitionInvalid(_ problem: String) -> String {
            "Das ist kein gültiger Fragebogen im JSON-Format (\(problem))."
        }
        static func versionSaved(_ version: Int) -> String { "Version \(version) des Fragebogens gespeichert." }

        /// What is wrong with a JSON document, for `definitionInvalid`.
        static func jsonProblem(_ error: any Error) -> String {
            switch error {
            case let DecodingError.keyNotFound(key, _): "das Feld „\(key.stringValue)“ fehlt"
            case let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context):
                "falscher Wert bei „\(context.codingPath.map(\.stringValue).joined(separator: "."))“"
            case let DecodingError.dataCorrupted(context):
                context.codingPath.isEmpty
                    ? "kein gültiges JSON"
                    : "ungültiger Wert bei „\(context.codingPath.map(\.stringValue).joined(separator: "."))“"
            default: "kein gültiges JSON"
            }
        }
    }
}

extension German {
    /// What is wrong with an uploaded questionnaire (`Questionnaire.problems()`).
    enum QuestionnaireProblems {
        static func empty(_ what: String) -> String { "\(what) ist leer." }
        static func tooLong(_ what: String, max: Int) -> String { "\(what) ist zu lang (höchstens \(max) Zeichen)." }
        static func controlCharacters(_ what: String) -> String { "\(what) enthält unzulässige Steuerzeichen." }
        static let title = "Der Titel"
        static let consent = "Der Einwilligungstext"
        static func introParagraph(_ n: Int) -> String { "Absatz \(n) der Einleitung" }
        static let noSections = "Der Fragebogen hat keine Abschnitte."
        static func sectionHeading(_ n: Int) -> String { "Die Überschrift von Abschnitt \(n)" }
        static func sectionIntro(_ n: Int) -> String { "Die Einleitung von Abschnitt \(n)" }
        static func noQuestions(_ n: Int) -> String { "Abschnitt \(n) hat keine Fragen." }
        static func question(_ key: String) -> String { "Frage „\(key)“" }
        static func invalidKey(_ question: String) -> String {
            "\(question): Der Schlüssel darf nur a–z, 0–9, _ und - enthalten (höchstens 40 Zeichen)."
        }
        static func duplicateQuestion(_ question: String) -> String { "\(question) kommt doppelt vor." }
        static func questionText(_ question: String) -> String { "Der Text der \(question)" }
        static func questionHint(_ question: String) -> String { "Der Hinweis der \(question)" }
        static func tooFewOptions(_ question: String) -> String { "\(question) braucht mindestens zwei Antworten." }
        static func tooManyOptions(_ question: String) -> String { "\(question) hat zu viele Antworten (höchstens 30)." }
        static func invalidOptionKey(_ question: String, _ key: String) -> String {
            "\(question): Der Antwortschlüssel „\(key)“ ist ungültig."
        }
        static func duplicateOptionKey(_ question: String, _ key: String) -> String {
            "\(question): Der Antwortschlüssel „\(key)“ kommt doppelt vor."
        }
        static func optionLabel(_ question: String) -> String { "Eine Antwort der \(question)" }
        static func maxLengthInvalid(_ question: String) -> String { "\(question): Die Höchstlänge muss zwischen 1 und 2000 liegen." }
        static let severalAreaQuestions = "Es darf höchstens eine Frage nach dem Quartier geben."
    }

    /// What is wrong with a file of population margins (`MarginImport`).
    enum MarginImport {
        static let unreadable = "Die Datei kann nicht gelesen werden."
        static func unknownVariable(line: Int, _ variable: String, allowed: [String]) -> String {
            "Zeile \(line): Unbekannte Variable „\(variable)“ (erlaubt: \(allowed.joined(separator: ", ")))."
        }
        static func categoryMismatch(line: Int, _ category: String, variable: String) -> String {
            // (the closing parenthesis has always been missing here; kept until the text moves to the catalogs)
            "Zeile \(line): Die Kategorie „\(category)“ passt nicht zu „\(variable)“ (\(allowedCategories(variable))."
        }
        static func allowedCategories(_ variable: String) -> String {
            switch variable {
            case "stadtbezirk": "Name oder Nummer eines Stadtbezirks"
            case "altersgruppe": "erlaubt: 18-29, 30-44, 45-64, 65-79, 80+"
            default: "erlaubt: weiblich, männlich, divers"
            }
        }
        static func duplicateCategory(line: Int, _ category: String, variable: String) -> String {
            "Zeile \(line): „\(category)“ steht für „\(variable)“ doppelt in der Datei."
        }
        static func missingDistricts(_ names: [String]) -> String { "Es fehlen Stadtbezirke: \(names.joined(separator: ", "))." }
        static func missingAgeGroups(_ groups: [String]) -> String { "Es fehlen Altersgruppen: \(groups.joined(separator: ", "))." }
        static let gendersMissing = "Für „geschlecht“ braucht es mindestens weiblich und männlich."
        static let noDistrictPopulation = "Die Geografie enthält keine Einwohnerzahlen der Stadtbezirke."
    }
}
