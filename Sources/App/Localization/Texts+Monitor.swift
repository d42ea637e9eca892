/// German text of the Einsamkeitsmonitor: the default questionnaire and every word of the survey and monitor pages.
extension Texts {
    enum Monitor {
        // MARK: navigation and titles

        static var nav: String { UIText.text("monitor.nav") }
        static var surveyNav: String { UIText.text("monitor.surveyNav") }
        static var kioskNav: String { UIText.text("monitor.kioskNav") }
        static var dashboardTitle: String { UIText.text("monitor.dashboardTitle") }
        static var gapsTitle: String { UIText.text("monitor.gapsTitle") }
        static var freeTextsTitle: String { UIText.text("monitor.freeTextsTitle") }
        static var manageTitle: String { UIText.text("monitor.manageTitle") }
        static var surveyTitle: String { UIText.text("monitor.surveyTitle") }
        static var paperTitle: String { UIText.text("monitor.paperTitle") }
        static var thanksTitle: String { UIText.text("monitor.thanksTitle") }
        static var kioskTitle: String { UIText.text("monitor.kioskTitle") }
        static var sampleWave: String { UIText.text("monitor.sampleWave") }
        static var sampleBanner: String { UIText.text("monitor.sampleBanner") }

        // MARK: survey page

        static var noWaveHeading: String { UIText.text("monitor.noWaveHeading") }
        static var noWave: String { UIText.text("monitor.noWave") }
        static func wavePeriod(_ name: String, _ from: String, _ to: String) -> String {
            UIText.text("monitor.wavePeriod", ["name": "\(name)", "from": "\(from)", "to": "\(to)"])
        }
        static var paperLink: String { UIText.text("monitor.paperLink") }
        static var consentHeading: String { UIText.text("monitor.consentHeading") }
        static var consentMissing: String { UIText.text("monitor.consentMissing") }
        static var kioskConsent: String { UIText.text("monitor.kioskConsent") }
        static var submit: String { UIText.text("monitor.submit") }
        static var optionalNote: String { UIText.text("monitor.optionalNote") }
        static var codeLabel: String { UIText.text("monitor.codeLabel") }
        static var codeHintOptional: String { UIText.text("monitor.codeHintOptional") }
        static var codeHintRequired: String { UIText.text("monitor.codeHintRequired") }
        static var codeMissing: String { UIText.text("monitor.codeMissing") }
        static var codeInvalid: String { UIText.text("monitor.codeInvalid") }
        static var panelHeading: String { UIText.text("monitor.panelHeading") }
        static var panelIntro: String { UIText.text("monitor.panelIntro") }
        static var panelNew: String { UIText.text("monitor.panelNew") }
        static var panelCodeLabel: String { UIText.text("monitor.panelCodeLabel") }
        static var panelCodeHint: String { UIText.text("monitor.panelCodeHint") }
        static var panelPaperNote: String { UIText.text("monitor.panelPaperNote") }
        static var panelCodeInvalid: String { UIText.text("monitor.panelCodeInvalid") }
        static var panelCodeUsed: String { UIText.text("monitor.panelCodeUsed") }
        static var streetLabel: String { UIText.text("monitor.streetLabel") }
        static var streetHint: String { UIText.text("monitor.streetHint") }
        static var quartierLabel: String { UIText.text("monitor.quartierLabel") }
        static var quartierPlaceholder: String { UIText.text("monitor.quartierPlaceholder") }
        static var streetUnknown: String { UIText.text("monitor.streetUnknown") }
        static func streetAmbiguous(_ street: String) -> String {
            UIText.text("monitor.streetAmbiguous", ["street": "\(street)"])
        }
        static var freeTextWhat: String { UIText.text("monitor.freeTextWhat") }
        static var streetWhat: String { UIText.text("monitor.streetWhat") }
        static var invalidEncoding: String { UIText.text("monitor.invalidEncoding") }
        static var invalidChoice: String { UIText.text("monitor.invalidChoice") }
        static func requiredAnswer(_ text: String) -> String { UIText.text("monitor.requiredAnswer", ["text": "\(text)"]) }
        static var multipleHint: String { UIText.text("monitor.multipleHint") }
        static var helpLine: String { UIText.text("monitor.helpLine") }

        static var thanksText: String { UIText.text("monitor.thanksText") }
        static var thanksNext: String { UIText.text("monitor.thanksNext") }
        static var panelCodeHeading: String { UIText.text("monitor.panelCodeHeading") }
        static var panelCodeShown: String { UIText.text("monitor.panelCodeShown") }

        // MARK: paper version

        static var paperIntro: String { UIText.text("monitor.paperIntro") }
        static var paperCodeLine: String { UIText.text("monitor.paperCodeLine") }
        static var paperAreaLine: String { UIText.text("monitor.paperAreaLine") }
        static let paperTextLines = 4
        static var printHint: String { UIText.text("monitor.printHint") }

        // MARK: kiosk entry

        static var kioskIntro: String { UIText.text("monitor.kioskIntro") }
        static var kioskChannelLabel: String { UIText.text("monitor.kioskChannelLabel") }
        static var channelPaper: String { UIText.text("monitor.channelPaper") }
        static var channelKiosk: String { UIText.text("monitor.channelKiosk") }
        static var channelOnline: String { UIText.text("monitor.channelOnline") }
        static var channelKioskShort: String { UIText.text("monitor.channelKioskShort") }
        static var kioskDateLabel: String { UIText.text("monitor.kioskDateLabel") }
        static var kioskDateHint: String { UIText.text("monitor.kioskDateHint") }
        static var kioskLanguageLabel: String { UIText.text("monitor.kioskLanguageLabel") }
        static var kioskLanguageHint: String { UIText.text("monitor.kioskLanguageHint") }
        static var kioskDateInvalid: String { UIText.text("monitor.kioskDateInvalid") }
        static var kioskSaved: String { UIText.text("monitor.kioskSaved") }
        static var kioskSubmit: String { UIText.text("monitor.kioskSubmit") }

        // MARK: dashboard

        static var waveLabel: String { UIText.text("monitor.waveLabel") }
        static var outcomeLabel: String { UIText.text("monitor.outcomeLabel") }
        static var areaLabel: String { UIText.text("monitor.areaLabel") }
        static var wholeCity: String { UIText.text("monitor.wholeCity") }
        static var showButton: String { UIText.text("monitor.showButton") }
        static var noWaves: String { UIText.text("monitor.noWaves") }
        static var noAnswers: String { UIText.text("monitor.noAnswers") }
        static var methodHeading: String { UIText.text("monitor.methodHeading") }
        static var suppressionNote: String { UIText.text("monitor.suppressionNote") }
        static func notConverged(_ iterations: Int) -> String {
            UIText.text("monitor.notConverged", ["iterations": "\(iterations)"])
        }
        static var unweighted: String { UIText.text("monitor.unweighted") }
        static var weightingFailed: String { UIText.text("monitor.weightingFailed") }
        static var headlineHeading: String { UIText.text("monitor.headlineHeading") }
        static var barometerNote: String { UIText.text("monitor.barometerNote") }
        static var barometerShort: String { UIText.text("monitor.barometerShort") }
        static var districtsHeading: String { UIText.text("monitor.districtsHeading") }
        static var quartiereHeading: String { UIText.text("monitor.quartiereHeading") }
        static var ageHeading: String { UIText.text("monitor.ageHeading") }
        static var riskHeading: String { UIText.text("monitor.riskHeading") }
        static var riskIntro: String { UIText.text("monitor.riskIntro") }
        static var channelHeading: String { UIText.text("monitor.channelHeading") }
        static var wishesHeading: String { UIText.text("monitor.wishesHeading") }
        static var wishesIntro: String { UIText.text("monitor.wishesIntro") }
        static var panelResultHeading: String { UIText.text("monitor.panelResultHeading") }
        static var csvLink: String { UIText.text("monitor.csvLink") }
        static var suppressedTooFew: String { UIText.text("monitor.suppressedTooFew") }
        static var suppressedComplementary: String { UIText.text("monitor.suppressedComplementary") }
        static var mapNote: String { UIText.text("monitor.mapNote") }
        static var ciNote: String { UIText.text("monitor.ciNote") }
        static var freeTextsLink: String { UIText.text("monitor.freeTextsLink") }
        static var gapsLink: String { UIText.text("monitor.gapsLink") }
        static var manageLink: String { UIText.text("monitor.manageLink") }
        static var forbiddenArea: String { UIText.text("monitor.forbiddenArea") }

        // MARK: gap analysis

        static var gapsIntro: String { UIText.text("monitor.gapsIntro") }
        static var gapsPopulationNote: String { UIText.text("monitor.gapsPopulationNote") }
        static var indicatorsHeading: String { UIText.text("monitor.indicatorsHeading") }
        static var gapsMapCaption: String { UIText.text("monitor.gapsMapCaption") }

        // MARK: free texts

        static var freeTextsIntro: String { UIText.text("monitor.freeTextsIntro") }
        static var pendingHeading: String { UIText.text("monitor.pendingHeading") }
        static var approvedHeading: String { UIText.text("monitor.approvedHeading") }
        static var approve: String { UIText.text("monitor.approve") }
        static var reject: String { UIText.text("monitor.reject") }
        static var noPending: String { UIText.text("monitor.noPending") }
        static var noApproved: String { UIText.text("monitor.noApproved") }
        static var freeTextAreaNote: String { UIText.text("monitor.freeTextAreaNote") }

        // MARK: management

        static var questionnairesHeading: String { UIText.text("monitor.questionnairesHeading") }
        static var wavesHeading: String { UIText.text("monitor.wavesHeading") }
        static var newWaveHeading: String { UIText.text("monitor.newWaveHeading") }
        static var codesHeading: String { UIText.text("monitor.codesHeading") }
        static var marginsHeading: String { UIText.text("monitor.marginsHeading") }
        static var marginsIntro: String { UIText.text("monitor.marginsIntro") }
        static var builtinMargins: String { UIText.text("monitor.builtinMargins") }
        static var newVersionHeading: String { UIText.text("monitor.newVersionHeading") }
        static var newVersionIntro: String { UIText.text("monitor.newVersionIntro") }
    }
}

extension Texts {
    /// German text of `gemeinsam survey …` (help, and the one line a failure prints).
    enum SurveyCommand {
        static var help: String { UIText.text("surveyCommand.help") }
        static var scoreHelp: String { UIText.text("surveyCommand.scoreHelp") }
        static var weightHelp: String { UIText.text("surveyCommand.weightHelp") }
        static var estimateHelp: String { UIText.text("surveyCommand.estimateHelp") }
        static var importHelp: String { UIText.text("surveyCommand.importHelp") }
        static var answersOption: String { UIText.text("surveyCommand.answersOption") }
        static var weightResponsesOption: String { UIText.text("surveyCommand.weightResponsesOption") }
        static var estimateResponsesOption: String { UIText.text("surveyCommand.estimateResponsesOption") }
        static var marginsOption: String { UIText.text("surveyCommand.marginsOption") }
        static var maxIterationsOption: String { UIText.text("surveyCommand.maxIterationsOption") }
        static var toleranceOption: String { UIText.text("surveyCommand.toleranceOption") }
        static var byOption: String { UIText.text("surveyCommand.byOption") }
        static var outcomeOption: String { UIText.text("surveyCommand.outcomeOption") }
        static var fileOption: String { UIText.text("surveyCommand.fileOption") }
        static var nameOption: String { UIText.text("surveyCommand.nameOption") }
        static var sourceOption: String { UIText.text("surveyCommand.sourceOption") }
        static var dateOption: String { UIText.text("surveyCommand.dateOption") }
        static var addDistrictsOption: String { UIText.text("surveyCommand.addDistrictsOption") }

        static func fileMissing(_ option: String) -> String { UIText.text("surveyCommand.fileMissing", ["option": "\(option)"]) }
        static func fileUnreadable(_ path: String, option: String) -> String {
            UIText.text("surveyCommand.fileUnreadable", ["path": "\(path)", "option": "\(option)"])
        }
        static func fileNotUTF8(_ path: String) -> String {
            UIText.text("surveyCommand.fileNotUTF8", ["path": "\(path)"])
        }
        static func maxIterationsInvalid(_ raw: String) -> String {
            UIText.text("surveyCommand.maxIterationsInvalid", ["raw": "\(raw)"])
        }
        static func toleranceInvalid(_ raw: String) -> String {
            UIText.text("surveyCommand.toleranceInvalid", ["raw": "\(raw)"])
        }
        static var byMissing: String { UIText.text("surveyCommand.byMissing") }
        static var outcomeMissing: String { UIText.text("surveyCommand.outcomeMissing") }
        static var nameInvalid: String { UIText.text("surveyCommand.nameInvalid") }
        static var sourceInvalid: String { UIText.text("surveyCommand.sourceInvalid") }
        static var dateInvalid: String { UIText.text("surveyCommand.dateInvalid") }
        static func unexpected(_ type: String) -> String { UIText.text("surveyCommand.unexpected", ["type": "\(type)"]) }
        static var noGeography: String { UIText.text("surveyCommand.noGeography") }
        static func importFailed(_ problems: [String]) -> String { UIText.text("surveyCommand.importFailed") + problems.joined(separator: "\n") }
    }
}
