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
    let builtInMilliseconds: Double

    static func build(_ data: MonitorDataset, outcome: MonitorOutcome, geography: GeographySnapshot) throws -> MonitorTables {
        let start = DispatchTime.now()
        let outcomes = data.outcomes[outcome]!
        let districtOrder = geography.all(.district)
        let districtTable = try SurveyStats.weightedShares(
            groups: data.districtNames, outcomes: outcomes, weights: data.weights,
            groupOrder: districtOrder.map(\.name))
        let districtByName = Dictionary(districtOrder.map { ($0.name, $0.id) }, uniquingKeysWith: { a, _ in a })
        let districts = districtTable.groups.map { AreaShare(areaID: districtByName[$0.group], share: $0) }

        // Quartiere per Stadtbezirk: the answers of each Stadtbezirk, grouped by Quartier
        var indicesByDistrict: [Int: [Int]] = [:]
        for i in 0..<data.count { if let d = data.districtIDs[i] { indicesByDistrict[d, default: []].append(i) } }
        var quartiere: [Int: [AreaShare]] = [:]
        for district in districtOrder {
            guard let indices = indicesByDistrict[district.id] else { continue }
            let children = geography.children(of: district)
            let table = try SurveyStats.weightedShares(
                groups: indices.map { data.quartierNames[$0] }, outcomes: indices.map { outcomes[$0] },
                weights: indices.map { data.weights[$0] }, groupOrder: children.map(\.name))
            let byName = Dictionary(children.map { ($0.name, $0.id) }, uniquingKeysWith: { a, _ in a })
            quartiere[district.id] = table.groups.map { AreaShare(areaID: byName[$0.group], share: $0) }
        }

        let age = try SurveyStats.weightedShares(groups: data.ageLabels, outcomes: outcomes, weights: data.weights,
                                                 groupOrder: MonitorDataset.ageOrder)
        var risks: [(RiskFactor, [SurveyStats.GroupShare])] = []
        for factor in RiskFactor.allCases {
            let table = try SurveyStats.weightedShares(groups: data.risks[factor]!, outcomes: outcomes,
                                                       weights: data.weights, groupOrder: ["ja", "nein"])
            risks.append((factor, table.groups.filter { $0.group != SurveyStats.noGroupLabel }))
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
        return MonitorTables(outcome: outcome, total: districtTable.total, districts: districts, quartiere: quartiere,
                             age: age.groups, risks: risks, builtInMilliseconds: elapsed)
    }

    /// The published share of a Quartier and, when it has none, of its Stadtbezirk, then of the city.
    enum ShareSource: Sendable { case quartier, district, city }

    func bestShare(quartier: AreaRecord, geography: GeographySnapshot) -> (share: SurveyStats.GroupShare, source: ShareSource)? {
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

/// Answers per Quartier and channel, and the wishes per area: tables that do not depend on the outcome.
struct MonitorCounts: Sendable {
    /// Row labels: Quartiere with answers in geography order, then „ohne Angabe“.
    let rowAreaIDs: [Int?]
    let table: MonitorStats.CountTable

    static func build(quartierIDs: [Int?], channels: [SurveyQueries.Channel], geography: GeographySnapshot) -> MonitorCounts {
        var counts: [Int?: [Int]] = [:]
        for i in quartierIDs.indices {
            counts[quartierIDs[i], default: [0, 0, 0]][channels[i].index] += 1
        }
        var rows: [Int?] = []
        for district in geography.all(.district) {
            for q in geography.children(of: district) where counts[q.id] != nil { rows.append(q.id) }
        }
        if counts[nil] != nil { rows.append(nil) }
        return MonitorCounts(rowAreaIDs: rows, table: MonitorStats.suppressCounts(rows.map { counts[$0]! }, columns: 3))
    }
}

/// Weighted shares of the wishes among the answers of one area that chose at least one wish.
struct WishRanking: Sendable {
    struct Row: Sendable { var option: Questionnaire.Option; var share: Double }
    /// Answers with at least one wish; nil when under 10 (then no rows).
    let answers: Int?
    let rows: [Row]

    static func build(_ data: MonitorDataset, include: (Int) -> Bool) -> WishRanking {
        var weightSum = 0.0
        var n = 0
        var sums = [Double](repeating: 0, count: data.wishOptions.count)
        for i in 0..<data.count where data.wishes[i] != 0 && include(i) {
            n += 1
            let w = data.weights[i]
            weightSum += w
            var bits = data.wishes[i]
            while bits != 0 {
                let k = bits.trailingZeroBitCount
                sums[k] += w
                bits &= bits - 1
            }
        }
        guard n >= MonitorStats.minimumAnswers, weightSum > 0 else { return WishRanking(answers: nil, rows: []) }
        let rows = data.wishOptions.indices.map { Row(option: data.wishOptions[$0], share: sums[$0] / weightSum) }
            .sorted { $0.share != $1.share ? $0.share > $1.share : $0.option.label < $1.option.label }
        return WishRanking(answers: n, rows: rows)
    }
}
