import Foundation
import GemeinsamCore

/// Answers per Quartier and channel: a table that does not depend on the outcome.
struct MonitorCounts: Sendable {
    /// Row labels: Quartiere with answers in geography order, then „ohne Angabe“.
    let rowAreaIDs: [Int?]
    let table: MonitorStats.CountTable

    /// Rows of Quartiere that `disclosure` withholds are withheld here too (their counts would reveal them).
    static func build(quartierIDs: [Int?], channels: [SurveyChannel], disclosure: MonitorStats.AreaDisclosure,
                      geography: GeographySnapshot) -> MonitorCounts {
        var counts: [Int?: [Int]] = [:]
        for i in quartierIDs.indices {
            counts[quartierIDs[i], default: [0, 0, 0]][channels[i].index] += 1
        }
        var rows: [Int?] = []
        for district in geography.all(.district) {
            for q in geography.children(of: district) where counts[q.id] != nil { rows.append(q.id) }
        }
        if counts[nil] != nil { rows.append(nil) }
        let withheld = Set(rows.indices.filter { i in
            guard let id = rows[i] else { return disclosure.withheldQuartiere.values.contains { $0.contains(nil) } }
            return disclosure.isWithheld(quartier: id, in: geography.areas[id]?.parentID)
        })
        return MonitorCounts(rowAreaIDs: rows, table: MonitorStats.suppressCounts(rows.map { counts[$0]! }, columns: 3,
                                                                                  withheldRows: withheld))
    }
}
