import Foundation
import GemeinsamCore

/// A wave's answers as one array per variable (index = answer), read once from the stored text: what every table
/// of the monitor is computed from.
struct AnswerColumns: Sendable {
    let count: Int
    let quartierIDs: [Int?]
    let districtIDs: [Int?]
    let quartierNames: [String]
    let districtNames: [String]
    let channels: [SurveyChannel]
    /// The questionnaire's language (catalog code); "" when unknown.
    let languages: [String]
    /// Display labels ("18–29"); "" when not answered.
    let ageLabels: [String]
    let outcomes: [MonitorOutcome: [Bool?]]
    let risks: [RiskFactor: [String]]
    /// Bit k set: wish option k chosen.
    let wishes: [UInt64]
    let wishOptions: [Questionnaire.Option]
    /// The categories the weighting uses, by margin variable (stadtbezirk, altersgruppe, geschlecht).
    let weightingLabels: [String: [String]]

    static let ageLabel = ["18-29": "18–29", "30-44": "30–44", "45-64": "45–64", "65-79": "65–79", "80+": "80+"]
    static let ageOrder = ["18–29", "30–44", "45–64", "65–79", "80+"]

    /// Responses with an unknown channel are left out.
    init(_ rows: [ResponseRow], questionnaire: Questionnaire, geography: GeographySnapshot) {
        let rows = rows.compactMap { row in row.surveyChannel.map { (row, $0) } }
        let n = rows.count
        var quartierIDs = [Int?](repeating: nil, count: n)
        var districtIDs = [Int?](repeating: nil, count: n)
        var quartierNames = [String](repeating: "", count: n)
        var districtNames = [String](repeating: "", count: n)
        var ageLabels = [String](repeating: "", count: n)
        var ageKeys = [String](repeating: "", count: n)
        var genderKeys = [String](repeating: "", count: n)
        var outcomes = Dictionary(uniqueKeysWithValues: MonitorOutcome.allCases.map { ($0, [Bool?](repeating: nil, count: n)) })
        var risks = Dictionary(uniqueKeysWithValues: RiskFactor.allCases.map { ($0, [String](repeating: "", count: n)) })
        var wishes = [UInt64](repeating: 0, count: n)
        let wishOptions = Array((questionnaire.question(QuestionKey.wishes)?.choices ?? []).prefix(64))
        let wishIndex = Dictionary(wishOptions.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a })

        for (i, (row, _)) in rows.enumerated() {
            if let id = row.areaID, let quartier = geography.areas[id] {
                quartierIDs[i] = id
                quartierNames[i] = quartier.name
                if let district = geography.parent(of: quartier) {
                    districtIDs[i] = district.id
                    districtNames[i] = district.name
                }
            }
            let a = MonitorRowAnswers(row.answers, wishIndex: wishIndex)
            ageKeys[i] = a.age
            ageLabels[i] = Self.ageLabel[a.age] ?? ""
            genderKeys[i] = a.gender
            let ucla = SurveyStats.UCLA3Answers(lackCompanionship: a.ucla[0], leftOut: a.ucla[1], isolated: a.ucla[2]).score
            let djg = SurveyStats.DJGAnswers(e1: a.djg[0], e2: a.djg[1], e3: a.djg[2], s1: a.djg[3], s2: a.djg[4],
                                             s3: a.djg[5]).score
            outcomes[.ucla]![i] = ucla.burdened
            outcomes[.djg]![i] = djg.total.map { $0 >= 2 }
            outcomes[.direct]![i] = a.direct.map(\.isFrequent)
            for r in RiskFactor.allCases { risks[r]![i] = r.group(a.value) }
            wishes[i] = a.wishes
        }
        count = n
        self.quartierIDs = quartierIDs
        self.districtIDs = districtIDs
        self.quartierNames = quartierNames
        self.districtNames = districtNames
        channels = rows.map(\.1)
        languages = rows.map { $0.0.language ?? "" }
        self.ageLabels = ageLabels
        self.outcomes = outcomes
        self.risks = risks
        self.wishes = wishes
        self.wishOptions = wishOptions
        weightingLabels = ["stadtbezirk": districtNames, "altersgruppe": ageKeys, "geschlecht": genderKeys]
    }
}
