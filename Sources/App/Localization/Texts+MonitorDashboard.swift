import Foundation
import GemeinsamCore

/// German text of the monitor's dashboard, free-text review and CSV downloads (headings shared with the survey
/// are in `Texts.Monitor`).
extension Texts {
    enum MonitorDashboard {
        // MARK: selection and navigation

        static var unknownWave: String { UIText.text("monitorDashboard.unknownWave") }
        static var unknownOutcome: String { UIText.text("monitorDashboard.unknownOutcome") }
        static var unknownArea: String { UIText.text("monitorDashboard.unknownArea") }
        static var overviewLink: String { UIText.text("monitorDashboard.overviewLink") }
        static func pendingCount(_ count: Int) -> String { UIText.text("monitorDashboard.pendingCount", ["count": "\(count)"]) }
        static var wavesGroup: String { UIText.text("monitorDashboard.wavesGroup") }
        static func waveOption(_ name: String, isSample: Bool) -> String { name + (isSample ? UIText.text("monitorDashboard.waveOption") : "") }
        static var outcomesGroup: String { UIText.text("monitorDashboard.outcomesGroup") }
        static var latestWave: String { UIText.text("monitorDashboard.latestWave") }
        static var defaultOutcome: String { UIText.text("monitorDashboard.defaultOutcome") }
        static var allMyQuartiere: String { UIText.text("monitorDashboard.allMyQuartiere") }
        static var myQuartiereGroup: String { UIText.text("monitorDashboard.myQuartiereGroup") }
        static var districtsGroup: String { UIText.text("monitorDashboard.districtsGroup") }
        /// A Quartier by its name, a Stadtbezirk as „Stadtbezirk …“.
        static func areaName(_ area: AreaRecord?) -> String {
            guard let area else { return UIText.text("monitorDashboard.areaName.1") }
            return area.kind == .district ? UIText.text("monitorDashboard.areaName.2") + area.name : area.name
        }
        static var yourQuartier: String { UIText.text("monitorDashboard.yourQuartier") }
        static var yourQuartiere: String { UIText.text("monitorDashboard.yourQuartiere") }

        // MARK: headline and method

        static var wholeCitySuffix: String { UIText.text("monitorDashboard.wholeCitySuffix") }
        static func headlineInterval(_ interval: String, answers: String) -> String {
            UIText.text("monitorDashboard.headlineInterval", ["interval": "\(interval)", "answers": "\(answers)"])
        }
        static func answersInWave(_ count: String) -> String { UIText.text("monitorDashboard.answersInWave", ["count": "\(count)"]) }
        static func weightedTo(_ name: String, source: String, asOf: String?) -> String {
            UIText.text("monitorDashboard.weightedTo.1", ["name": "\(name)"]) + (source.isEmpty ? "" : UIText.text("monitorDashboard.weightedTo.2", ["source": "\(source)"])) + (asOf.map { UIText.text("monitorDashboard.weightedTo.3", ["value": "\($0)"]) } ?? "") + "."
        }
        static func variableName(_ variable: String) -> String {
            ["stadtbezirk": UIText.text("monitorDashboard.variableName.1"), "altersgruppe": UIText.text("monitorDashboard.variableName.2"), "geschlecht": UIText.text("monitorDashboard.variableName.3")][variable] ?? variable
        }
        static func weightingVariables(_ names: [String]) -> String {
            UIText.text("monitorDashboard.weightingVariables") + names.joined(separator: ", ") + "."
        }
        static func adjustment(_ a: MonitorStats.MarginAdjustment) -> String {
            let name = variableName(a.variable)
            if a.variableDropped { return UIText.text("monitorDashboard.adjustment.1", ["name": "\(name)"]) }
            var parts: [String] = []
            if a.missingAnswers > 0 {
                parts.append(UIText.text("monitorDashboard.adjustment.2", ["a": "\(DisplayFormat.integer(a.missingAnswers))"]))
            }
            if !a.droppedCategories.isEmpty {
                parts.append(UIText.text("monitorDashboard.adjustment.3") + a.droppedCategories.joined(separator: ", "))
            }
            return "\(name): " + parts.joined(separator: "; ") + "."
        }
        static func raking(converged: Bool, iterations: Int, designEffect: String, effectiveSize: String) -> String {
            UIText.text("monitorDashboard.raking", ["converged": converged ? UIText.text("monitorDashboard.converged") : UIText.text("monitorDashboard.notConverged"), "iterations": "\(iterations)", "designEffect": "\(designEffect)", "effectiveSize": "\(effectiveSize)"])
        }
        static var intervalMethod: String { UIText.text("monitorDashboard.intervalMethod") }

        // MARK: maps, bars and tables

        static func mapTitle(_ outcome: String, per: String) -> String { UIText.text("monitorDashboard.mapTitle", ["outcome": "\(outcome)", "per": "\(per)"]) }
        static func barsTitle(_ outcome: String, by: String) -> String { UIText.text("monitorDashboard.barsTitle", ["outcome": "\(outcome)", "by": "\(by)"]) }
        static var perDistrict: String { UIText.text("monitorDashboard.perDistrict") }
        static var perQuartier: String { UIText.text("monitorDashboard.perQuartier") }
        static var byAge: String { UIText.text("monitorDashboard.byAge") }
        static var byAgeYears: String { UIText.text("monitorDashboard.byAgeYears") }
        static var byRisk: String { UIText.text("monitorDashboard.byRisk") }
        static func riskGroup(_ factor: String, _ group: String) -> String { "\(factor): \(group)" }
        static var fewerThanTen: String { UIText.text("monitorDashboard.fewerThanTen") }
        static let fewerThanTenShort = "<10"
        static var fewerThanTenOnMap: String { UIText.text("monitorDashboard.fewerThanTenOnMap") }
        static func legendRange(_ low: String?, _ high: String?) -> String {
            switch (low, high) {
            case (nil, nil): UIText.text("monitorDashboard.legendRange.1")
            case let (nil, h?): UIText.text("monitorDashboard.legendRange.2", ["h": "\(h)"])
            case let (l?, nil): UIText.text("monitorDashboard.legendRange.3", ["l": "\(l)"])
            case let (l?, h?): UIText.text("monitorDashboard.legendRange.4", ["l": "\(l)", "h": "\(h)"])
            }
        }
        /// A share with its interval for tooltips: "Borsigplatz: 12,3 % (95-%-KI 8,1 – 17,9 %, 120 Antworten)".
        static func shareTooltip(_ name: String, share: String, interval: String, answers: String) -> String {
            UIText.text("monitorDashboard.shareTooltip", ["name": "\(name)", "share": "\(share)", "interval": "\(interval)", "answers": "\(answers)"])
        }
        static var districtColumn: String { UIText.text("monitorDashboard.districtColumn") }
        static var quartierColumn: String { UIText.text("monitorDashboard.quartierColumn") }
        static var ageColumn: String { UIText.text("monitorDashboard.ageColumn") }
        static var riskColumn: String { UIText.text("monitorDashboard.riskColumn") }
        static var shareColumn: String { UIText.text("monitorDashboard.shareColumn") }
        static var intervalColumn: String { UIText.text("monitorDashboard.intervalColumn") }
        static var answersColumn: String { UIText.text("monitorDashboard.answersColumn") }
        static var totalColumn: String { UIText.text("monitorDashboard.totalColumn") }
        static var channelTableLabel: String { UIText.text("monitorDashboard.channelTableLabel") }
        static var channelCaption: String { UIText.text("monitorDashboard.channelCaption") }

        // MARK: wishes

        static var wishesTableLabel: String { UIText.text("monitorDashboard.wishesTableLabel") }
        static func wishesCaption(_ area: String, answers: String) -> String {
            UIText.text("monitorDashboard.wishesCaption", ["area": "\(area)", "answers": "\(answers)"])
        }
        static var rankColumn: String { UIText.text("monitorDashboard.rankColumn") }
        static var wishColumn: String { UIText.text("monitorDashboard.wishColumn") }
        static func fewWishes(_ area: String) -> String { UIText.text("monitorDashboard.fewWishes", ["area": "\(area)"]) }

        // MARK: panel

        static var fewerThanTenPairs: String { UIText.text("monitorDashboard.fewerThanTenPairs") }
        static func panelIntro(previousWave: String, pairs: String) -> String {
            UIText.text("monitorDashboard.panelIntro.1") + previousWave
                + UIText.text("monitorDashboard.panelIntro.2") + pairs + UIText.text("monitorDashboard.panelIntro.3")
        }
        static var panelTooFew: String { UIText.text("monitorDashboard.panelTooFew") }
        static var panelTableLabel: String { UIText.text("monitorDashboard.panelTableLabel") }
        static var panelCaption: String { UIText.text("monitorDashboard.panelCaption") }
        static var outcomeColumn: String { UIText.text("monitorDashboard.outcomeColumn") }
        static var beforeColumn: String { UIText.text("monitorDashboard.beforeColumn") }
        static var afterColumn: String { UIText.text("monitorDashboard.afterColumn") }
        static var changeColumn: String { UIText.text("monitorDashboard.changeColumn") }
        static var pairsColumn: String { UIText.text("monitorDashboard.pairsColumn") }
        static var panelMeanRow: String { UIText.text("monitorDashboard.panelMeanRow") }
        static var panelShareRow: String { UIText.text("monitorDashboard.panelShareRow") }
        static func meanChange(_ change: String, low: String, high: String) -> String { UIText.text("monitorDashboard.meanChange", ["change": "\(change)", "low": "\(low)", "high": "\(high)"]) }
        static func shareChange(_ change: String, low: String, high: String) -> String {
            UIText.text("monitorDashboard.shareChange", ["change": "\(change)", "low": "\(low)", "high": "\(high)"])
        }
        static var noPairs: String { UIText.text("monitorDashboard.noPairs") }

        // MARK: free texts

        static var freeTextsHeading: String { UIText.text("monitorDashboard.freeTextsHeading") }
        static var approvedTableLabel: String { UIText.text("monitorDashboard.approvedTableLabel") }
        static var approvedCaption: String { UIText.text("monitorDashboard.approvedCaption") }
        static var areaColumn: String { UIText.text("monitorDashboard.areaColumn") }
        static var textColumn: String { UIText.text("monitorDashboard.textColumn") }
        static var reviewChoiceMissing: String { UIText.text("monitorDashboard.reviewChoiceMissing") }
        static var reviewTextGone: String { UIText.text("monitorDashboard.reviewTextGone") }

        /// Where a Quartier's share in the gap analysis comes from (CSV column „Anteil_Quelle“).
        static func sourceName(_ source: MonitorTables.ShareSource) -> String {
            switch source {
            case .quartier: UIText.text("monitorDashboard.sourceName.quartier")
            case .district: UIText.text("monitorDashboard.sourceName.district")
            case .city: UIText.text("monitorDashboard.sourceName.city")
            }
        }
    }

    /// German text of the gap analysis and its supply indicators.
    enum MonitorGaps {
        static var mapTitle: String { UIText.text("monitorGaps.mapTitle") }
        static func tooltip(_ name: String, rank: Int?, gap: String?) -> String {
            name + ": " + (rank.map { UIText.text("monitorGaps.tooltip.1", ["value": "\($0)"]) + (gap ?? "") } ?? UIText.text("monitorGaps.tooltip.2"))
        }
        static var topHeading: String { UIText.text("monitorGaps.topHeading") }
        static var noRanking: String { UIText.text("monitorGaps.noRanking") }
        static func topEntry(district: String, need: String, outcome: String) -> String {
            UIText.text("monitorGaps.topEntry", ["district": "\(district)", "need": "\(need)", "outcome": "\(outcome)"])
        }
        static var noEstimate: String { UIText.text("monitorGaps.noEstimate") }
        static var tableLabel: String { UIText.text("monitorGaps.tableLabel") }
        static var tableCaption: String { UIText.text("monitorGaps.tableCaption") }
        static var rankColumn: String { UIText.text("monitorGaps.rankColumn") }
        static var quartierColumn: String { UIText.text("monitorGaps.quartierColumn") }
        static var populationColumn: String { UIText.text("monitorGaps.populationColumn") }
        static var shareColumn: String { UIText.text("monitorGaps.shareColumn") }
        static var needColumn: String { UIText.text("monitorGaps.needColumn") }
        static var gapColumn: String { UIText.text("monitorGaps.gapColumn") }
        static var noPopulation: String { UIText.text("monitorGaps.noPopulation") }
        /// Said after a share that is not the Quartier's own.
        static func sourceNote(_ source: MonitorTables.ShareSource?) -> String {
            switch source {
            case .district: UIText.text("monitorGaps.sourceNote.district")
            case .city: UIText.text("monitorGaps.sourceNote.city")
            default: ""
            }
        }

        static var offerHoursLabel: String { UIText.text("monitorGaps.offerHoursLabel") }
        static var offerHoursUnit: String { UIText.text("monitorGaps.offerHoursUnit") }
        static var offerHoursExplanation: String { UIText.text("monitorGaps.offerHoursExplanation") }
        static var placesLabel: String { UIText.text("monitorGaps.placesLabel") }
        static var placesUnit: String { UIText.text("monitorGaps.placesUnit") }
        static var placesExplanation: String { UIText.text("monitorGaps.placesExplanation") }
        static var volunteersLabel: String { UIText.text("monitorGaps.volunteersLabel") }
        static var volunteersUnit: String { UIText.text("monitorGaps.volunteersUnit") }
        static var volunteersExplanation: String { UIText.text("monitorGaps.volunteersExplanation") }
    }
}

extension Texts {
    /// The monitor's section by the questionnaire's language.
    enum MonitorLanguages {
        static var heading: String { UIText.text("monitorLanguages.heading") }
        static var intro: String { UIText.text("monitorLanguages.intro") }
        static func caption(_ outcome: String) -> String { UIText.text("monitorLanguages.caption", ["outcome": outcome]) }
        static var languageColumn: String { UIText.text("monitorLanguages.languageColumn") }
        static var tooFewToCompare: String { UIText.text("monitorLanguages.tooFewToCompare") }
        static func differ(chi: String, df: Int, p: String, groups: Int) -> String {
            UIText.text("monitorLanguages.differ", ["chi": chi, "df": "\(df)", "p": p, "groups": "\(groups)"])
        }
        static func noClearDifference(chi: String, df: Int, p: String, groups: Int) -> String {
            UIText.text("monitorLanguages.noClearDifference", ["chi": chi, "df": "\(df)", "p": p, "groups": "\(groups)"])
        }
        static var versionsHeading: String { UIText.text("monitorLanguages.versionsHeading") }
        static func sourceVersion(_ language: String) -> String {
            UIText.text("monitorLanguages.sourceVersion", ["language": language])
        }
        static func noVersion(_ language: String) -> String { UIText.text("monitorLanguages.noVersion", ["language": language]) }
        static func validated(_ instrument: String, source: String) -> String {
            UIText.text("monitorLanguages.validated", ["instrument": instrument, "source": source])
        }
        static func notValidated(_ instrument: String) -> String {
            UIText.text("monitorLanguages.notValidated", ["instrument": instrument])
        }
        static func version(_ language: String, instruments: String, reviewed: Bool) -> String {
            UIText.text(reviewed ? "monitorLanguages.versionReviewed" : "monitorLanguages.versionDraft",
                        ["language": language, "instruments": instruments])
        }
    }
}
