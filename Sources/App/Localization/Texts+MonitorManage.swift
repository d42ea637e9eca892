import Foundation

/// German text of the monitor's management page: waves, weighting, one-time codes, population margins and
/// questionnaire versions.
extension Texts {
    enum MonitorManage {
        // MARK: waves

        static var noWaves: String { UIText.text("monitorManage.noWaves") }
        static var wavesTableLabel: String { UIText.text("monitorManage.wavesTableLabel") }
        static var wavesCaption: String { UIText.text("monitorManage.wavesCaption") }
        static var nameColumn: String { UIText.text("monitorManage.nameColumn") }
        static var periodColumn: String { UIText.text("monitorManage.periodColumn") }
        static var questionnaireColumn: String { UIText.text("monitorManage.questionnaireColumn") }
        static var weightingColumn: String { UIText.text("monitorManage.weightingColumn") }
        static var answersColumn: String { UIText.text("monitorManage.answersColumn") }
        static var codesColumn: String { UIText.text("monitorManage.codesColumn") }
        static func version(_ version: Int) -> String { UIText.text("monitorManage.version", ["version": "\(version)"]) }
        static func codeBatches(_ batches: [CodeBatch], codesRequired: Bool) -> String {
            batches.map { "\($0.batch): \($0.usedCount)/\($0.total)" }.joined(separator: "; ")
                + (codesRequired ? UIText.text("monitorManage.codeBatches") : "")
        }

        static var wavesGroup: String { UIText.text("monitorManage.wavesGroup") }
        static var marginSetsGroup: String { UIText.text("monitorManage.marginSetsGroup") }
        static var questionnairesGroup: String { UIText.text("monitorManage.questionnairesGroup") }
        static func marginSetOption(_ name: String, asOf: String) -> String { UIText.text("monitorManage.marginSetOption", ["name": "\(name)", "asOf": "\(asOf)"]) }
        static func questionnaireOption(_ title: String, version: Int) -> String { UIText.text("monitorManage.questionnaireOption", ["title": "\(title)", "version": "\(version)"]) }
        static var choosePlaceholder: String { UIText.text("monitorManage.choosePlaceholder") }

        static var waveNameLabel: String { UIText.text("monitorManage.waveNameLabel") }
        static var waveNameHint: String { UIText.text("monitorManage.waveNameHint") }
        static var waveNameWhat: String { UIText.text("monitorManage.waveNameWhat") }
        static var firstDayLabel: String { UIText.text("monitorManage.firstDayLabel") }
        static var lastDayLabel: String { UIText.text("monitorManage.lastDayLabel") }
        static var questionnaireLabel: String { UIText.text("monitorManage.questionnaireLabel") }
        static var weightingLabel: String { UIText.text("monitorManage.weightingLabel") }
        static var codesRequiredLabel: String { UIText.text("monitorManage.codesRequiredLabel") }
        static var createWave: String { UIText.text("monitorManage.createWave") }
        static var firstDayMissing: String { UIText.text("monitorManage.firstDayMissing") }
        static var lastDayMissing: String { UIText.text("monitorManage.lastDayMissing") }
        static var endBeforeStart: String { UIText.text("monitorManage.endBeforeStart") }
        static var questionnaireMissing: String { UIText.text("monitorManage.questionnaireMissing") }
        static var marginSetMissing: String { UIText.text("monitorManage.marginSetMissing") }
        static func waveCreated(_ name: String) -> String { UIText.text("monitorManage.waveCreated", ["name": "\(name)"]) }

        // MARK: weighting of a wave

        static var weightingHeading: String { UIText.text("monitorManage.weightingHeading") }
        static var waveLabel: String { UIText.text("monitorManage.waveLabel") }
        static var saveWeighting: String { UIText.text("monitorManage.saveWeighting") }
        static var waveMissing: String { UIText.text("monitorManage.waveMissing") }
        static func weightingChanged(_ wave: String) -> String { UIText.text("monitorManage.weightingChanged", ["wave": "\(wave)"]) }

        // MARK: one-time codes

        static var codesIntro: String { UIText.text("monitorManage.codesIntro") }
        static var countLabel: String { UIText.text("monitorManage.countLabel") }
        static var countInvalid: String { UIText.text("monitorManage.countInvalid") }
        static var batchLabel: String { UIText.text("monitorManage.batchLabel") }
        static var batchHint: String { UIText.text("monitorManage.batchHint") }
        static var batchWhat: String { UIText.text("monitorManage.batchWhat") }
        static var createCodes: String { UIText.text("monitorManage.createCodes") }
        static var codesTitle: String { UIText.text("monitorManage.codesTitle") }
        static func codesFor(_ count: Int, wave: String, batch: String) -> String {
            UIText.text("monitorManage.codesFor", ["count": "\(count)", "wave": "\(wave)", "batch": "\(batch)"])
        }
        static var codesShownOnce: String { UIText.text("monitorManage.codesShownOnce") }
        static var backToManage: String { UIText.text("monitorManage.backToManage") }

        // MARK: population margins

        static var marginSetsTableLabel: String { UIText.text("monitorManage.marginSetsTableLabel") }
        static var marginSetsCaption: String { UIText.text("monitorManage.marginSetsCaption") }
        static var sourceColumn: String { UIText.text("monitorManage.sourceColumn") }
        static var asOfColumn: String { UIText.text("monitorManage.asOfColumn") }
        static var marginNameLabel: String { UIText.text("monitorManage.marginNameLabel") }
        static var marginNameHint: String { UIText.text("monitorManage.marginNameHint") }
        static var marginNameWhat: String { UIText.text("monitorManage.marginNameWhat") }
        static var marginSourceLabel: String { UIText.text("monitorManage.marginSourceLabel") }
        static var marginSourceHint: String { UIText.text("monitorManage.marginSourceHint") }
        static var marginSourceWhat: String { UIText.text("monitorManage.marginSourceWhat") }
        static var marginDateLabel: String { UIText.text("monitorManage.marginDateLabel") }
        static var marginDateMissing: String { UIText.text("monitorManage.marginDateMissing") }
        static var fileLabel: String { UIText.text("monitorManage.fileLabel") }
        static var fileAlternative: String { UIText.text("monitorManage.fileAlternative") }
        static var fileNotUTF8: String { UIText.text("monitorManage.fileNotUTF8") }
        static var marginTextLabel: String { UIText.text("monitorManage.marginTextLabel") }
        static var marginTextHint: String { UIText.text("monitorManage.marginTextHint") }
        static var marginTextMissing: String { UIText.text("monitorManage.marginTextMissing") }
        static var marginTextControlCharacters: String { UIText.text("monitorManage.marginTextControlCharacters") }
        static var addDistrictsLabel: String { UIText.text("monitorManage.addDistrictsLabel") }
        static var uploadMargins: String { UIText.text("monitorManage.uploadMargins") }
        static func marginsSaved(_ name: String, rows: Int) -> String {
            UIText.text("monitorManage.marginsSaved", ["name": "\(name)", "rows": "\(rows)"])
        }

        // MARK: questionnaire versions

        static var downloadJSON: String { UIText.text("monitorManage.downloadJSON") }
        static var definitionLabel: String { UIText.text("monitorManage.definitionLabel") }
        static var saveVersion: String { UIText.text("monitorManage.saveVersion") }
        static var definitionMissing: String { UIText.text("monitorManage.definitionMissing") }
        static var definitionTooLong: String { UIText.text("monitorManage.definitionTooLong") }
        static func definitionInvalid(_ problem: String) -> String {
            UIText.text("monitorManage.definitionInvalid", ["problem": "\(problem)"])
        }
        static func versionSaved(_ version: Int) -> String { UIText.text("monitorManage.versionSaved", ["version": "\(version)"]) }

        /// What is wrong with a JSON document, for `definitionInvalid`.
        static func jsonProblem(_ error: any Error) -> String {
            switch error {
            case let DecodingError.keyNotFound(key, _): UIText.text("monitorManage.jsonProblem.1", ["value": "\(key.stringValue)"])
            case let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context):
                UIText.text("monitorManage.jsonProblem.2", ["value": "\(context.codingPath.map(\.stringValue).joined(separator: "."))"])
            case let DecodingError.dataCorrupted(context):
                context.codingPath.isEmpty
                    ? UIText.text("monitorManage.jsonProblem.3")
                    : UIText.text("monitorManage.jsonProblem.4", ["value": "\(context.codingPath.map(\.stringValue).joined(separator: "."))"])
            default: UIText.text("monitorManage.jsonProblem.5")
            }
        }
    }
}

extension Texts {
    /// What is wrong with an uploaded questionnaire (`Questionnaire.problems()`).
    enum QuestionnaireProblems {
        static func empty(_ what: String) -> String { UIText.text("questionnaireProblems.empty", ["what": "\(what)"]) }
        static func tooLong(_ what: String, max: Int) -> String { UIText.text("questionnaireProblems.tooLong", ["what": "\(what)", "max": "\(max)"]) }
        static func controlCharacters(_ what: String) -> String { UIText.text("questionnaireProblems.controlCharacters", ["what": "\(what)"]) }
        static var title: String { UIText.text("questionnaireProblems.title") }
        static var consent: String { UIText.text("questionnaireProblems.consent") }
        static func introParagraph(_ n: Int) -> String { UIText.text("questionnaireProblems.introParagraph", ["n": "\(n)"]) }
        static var noSections: String { UIText.text("questionnaireProblems.noSections") }
        static func sectionHeading(_ n: Int) -> String { UIText.text("questionnaireProblems.sectionHeading", ["n": "\(n)"]) }
        static func sectionIntro(_ n: Int) -> String { UIText.text("questionnaireProblems.sectionIntro", ["n": "\(n)"]) }
        static func noQuestions(_ n: Int) -> String { UIText.text("questionnaireProblems.noQuestions", ["n": "\(n)"]) }
        static func question(_ key: String) -> String { UIText.text("questionnaireProblems.question", ["key": "\(key)"]) }
        static func invalidKey(_ question: String) -> String {
            UIText.text("questionnaireProblems.invalidKey", ["question": "\(question)"])
        }
        static func duplicateQuestion(_ question: String) -> String { UIText.text("questionnaireProblems.duplicateQuestion", ["question": "\(question)"]) }
        static func questionText(_ question: String) -> String { UIText.text("questionnaireProblems.questionText", ["question": "\(question)"]) }
        static func questionHint(_ question: String) -> String { UIText.text("questionnaireProblems.questionHint", ["question": "\(question)"]) }
        static func tooFewOptions(_ question: String) -> String { UIText.text("questionnaireProblems.tooFewOptions", ["question": "\(question)"]) }
        static func tooManyOptions(_ question: String) -> String { UIText.text("questionnaireProblems.tooManyOptions", ["question": "\(question)"]) }
        static func invalidOptionKey(_ question: String, _ key: String) -> String {
            UIText.text("questionnaireProblems.invalidOptionKey", ["question": "\(question)", "key": "\(key)"])
        }
        static func duplicateOptionKey(_ question: String, _ key: String) -> String {
            UIText.text("questionnaireProblems.duplicateOptionKey", ["question": "\(question)", "key": "\(key)"])
        }
        static func optionLabel(_ question: String) -> String { UIText.text("questionnaireProblems.optionLabel", ["question": "\(question)"]) }
        static func maxLengthInvalid(_ question: String) -> String { UIText.text("questionnaireProblems.maxLengthInvalid", ["question": "\(question)"]) }
        static var severalAreaQuestions: String { UIText.text("questionnaireProblems.severalAreaQuestions") }
        static func unknownLanguage(_ code: String) -> String { UIText.text("questionnaireProblems.unknownLanguage", ["code": code]) }
        static func unknownTextKey(_ language: String, _ key: String) -> String {
            UIText.text("questionnaireProblems.unknownTextKey", ["language": language, "key": key])
        }
        static func translatedText(_ language: String, _ key: String) -> String {
            UIText.text("questionnaireProblems.translatedText", ["language": language, "key": key])
        }
        static func unknownInstrument(_ language: String, _ instrument: String) -> String {
            UIText.text("questionnaireProblems.unknownInstrument", ["language": language, "instrument": instrument])
        }
        static func validationSourceInvalid(_ language: String, _ instrument: String) -> String {
            UIText.text("questionnaireProblems.validationSourceInvalid", ["language": language, "instrument": instrument])
        }
    }

    /// What is wrong with a file of population margins (`MarginImport`).
    enum MarginImport {
        static var unreadable: String { UIText.text("marginImport.unreadable") }
        static func unknownVariable(line: Int, _ variable: String, allowed: [String]) -> String {
            UIText.text("marginImport.unknownVariable", ["line": "\(line)", "variable": "\(variable)", "allowed": "\(allowed.joined(separator: ", "))"])
        }
        static func categoryMismatch(line: Int, _ category: String, variable: String) -> String {
            UIText.text("marginImport.categoryMismatch", ["line": "\(line)", "category": "\(category)", "variable": "\(variable)", "variable2": "\(allowedCategories(variable))"])
        }
        static func allowedCategories(_ variable: String) -> String {
            switch variable {
            case "stadtbezirk": UIText.text("marginImport.allowedCategories.stadtbezirk")
            case "altersgruppe": UIText.text("marginImport.allowedCategories.altersgruppe")
            default: UIText.text("marginImport.allowedCategories.1")
            }
        }
        static func duplicateCategory(line: Int, _ category: String, variable: String) -> String {
            UIText.text("marginImport.duplicateCategory", ["line": "\(line)", "category": "\(category)", "variable": "\(variable)"])
        }
        static func missingDistricts(_ names: [String]) -> String { UIText.text("marginImport.missingDistricts", ["names": "\(names.joined(separator: ", "))"]) }
        static func missingAgeGroups(_ groups: [String]) -> String { UIText.text("marginImport.missingAgeGroups", ["groups": "\(groups.joined(separator: ", "))"]) }
        static var gendersMissing: String { UIText.text("marginImport.gendersMissing") }
        static var noDistrictPopulation: String { UIText.text("marginImport.noDistrictPopulation") }
    }
}
