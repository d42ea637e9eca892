import Foundation
import GemeinsamCore

/// Every published table of one wave and outcome, with disclosure control applied (`SurveyStats.weightedShares`
/// for shares, `MonitorStats.suppressCounts` for counts). Pages and CSV files show these tables or rows of them –
/// never other aggregates – so that no combination of them reveals a group under 10 answers.
struct MonitorTables: Sendable {
    struct AreaShare: Sendable {
        var areaID: Int?
        var share: SurveyStats.GroupShare
    }

    let outcome: MonitorOutcome
    /// All answers with an outcome (city).
    let total: SurveyStats.GroupShare
    /// One row per Stadtbezirk with answers, then „ohne Angabe“.
    let districts: [AreaShare]
    /// Per Stadtbezirk (id) its Quartiere; the table's total is the Stadtbezirk's row.
    let quartiere: [Int: [AreaShare]]
    let age: [SurveyStats.GroupShare]
    let risks: [(factor: RiskFactor, rows: [SurveyStats.GroupShare])]
    /// By the questionnaire's language (groups are catalog codes), and whether the published ones differ.
    let languages: [SurveyStats.GroupShare]
    let languageDifference: SurveyStats.Homogeneity?
    let builtInMilliseconds: Double

    static func build(_ data: MonitorDataset, outcome: MonitorOutcome, geography: GeographySnapshot) throws -> MonitorTables {
        let start = DispatchTime.now()
        let columns = data.columns
        let outcomes = columns.outcomes[outcome]!
        let districtOrder = geography.all(.district)
        let plan = data.disclosure
        func label(_ id: Int?) -> String { id.flatMap { geography.areas[$0]?.name } ?? SurveyStats.noGroupLabel }
        let districtTable = try SurveyStats.weightedShares(
            groups: columns.districtNames, outcomes: outcomes, weights: data.weights,
            groupOrder: districtOrder.map(\.name), withhold: Set(plan.withheldDistricts.map(label)))
        let districtByName = Dictionary(districtOrder.map { ($0.name, $0.id) }, uniquingKeysWith: { a, _ in a })
        let districts = districtTable.groups.map { AreaShare(areaID: districtByName[$0.group], share: $0) }

        // Quartiere per Stadtbezirk: the answers of each Stadtbezirk, grouped by Quartier
        var indicesByDistrict: [Int: [Int]] = [:]
        for i in 0..<data.count { if let d = columns.districtIDs[i] { indicesByDistrict[d, default: []].append(i) } }
        var quartiere: [Int: [AreaShare]] = [:]
        for district in districtOrder {
            guard let indices = indicesByDistrict[district.id] else { continue }
            let children = geography.children(of: district)
            let table = try SurveyStats.weightedShares(
                groups: indices.map { columns.quartierNames[$0] }, outcomes: indices.map { outcomes[$0] },
                weights: indices.map { data.weights[$0] }, groupOrder: children.map(\.name),
                withhold: Set((plan.withheldQuartiere[district.id] ?? []).map(label)))
            let byName = Dictionary(children.map { ($0.name, $0.id) }, uniquingKeysWith: { a, _ in a })
            quartiere[district.id] = table.groups.map { AreaShare(areaID: byName[$0.group], share: $0) }
        }

        let age = try SurveyStats.weightedShares(groups: columns.ageLabels, outcomes: outcomes, weights: data.weights,
                                                 groupOrder: AnswerColumns.ageOrder)
        var risks: [(RiskFactor, [SurveyStats.GroupShare])] = []
        for factor in RiskFactor.allCases {
            let table = try SurveyStats.weightedShares(groups: columns.risks[factor]!, outcomes: outcomes,
                                                       weights: data.weights, groupOrder: ["ja", "nein"])
            risks.append((factor, table.groups.filter { $0.group != SurveyStats.noGroupLabel }))
        }
        let languages = try SurveyStats.weightedShares(groups: columns.languages, outcomes: outcomes, weights: data.weights,
                                                       groupOrder: Language.all.map(\.code))
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
        return MonitorTables(outcome: outcome, total: districtTable.total, districts: districts, quartiere: quartiere,
                             age: age.groups, risks: risks, languages: languages.groups,
                             languageDifference: SurveyStats.homogeneity(languages.groups), builtInMilliseconds: elapsed)
    }

    /// The published share of a Quartier and, when it has none, of its Stadtbezirk, then of the city.
    enum ShareSource: Sendable { case quartier, district, city }

    func bestShare(quartier: AreaRecord) -> (share: SurveyStats.GroupShare, source: ShareSource)? {
        if let parent = quartier.parentID,
           let row = quartiere[parent]?.first(where: { $0.areaID == quartier.id })?.share, !row.suppressed {
            return (row, .quartier)
        }
        if let parent = quartier.parentID, let row = districts.first(where: { $0.areaID == parent })?.share, !row.suppressed {
            return (row, .district)
        }
        return total.suppressed ? nil : (total, .city)
    }
}
