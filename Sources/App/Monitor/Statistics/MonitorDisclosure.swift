import GemeinsamCore

/// Which areas' figures a wave publishes (`MonitorStats.areaDisclosure`): one decision for the share tables of every
/// outcome, the counts per Quartier and channel, and one for the wishes — so that no difference between published
/// figures, within a table or across tables, is a group of fewer than 10 people (docs/MONITOR.md).
enum MonitorDisclosure {
    /// For the shares: per area the smallest number of answers of any outcome the wave publishes (one with at least
    /// 10 answers in the city), so that the decision is the same for every outcome — otherwise one outcome's
    /// published Quartier would reveal another outcome's withheld one. The sum of these minima over withheld areas
    /// is at most each outcome's own sum, so every outcome's withheld groups reach 10 together.
    static func shares(_ columns: AnswerColumns) -> MonitorStats.AreaDisclosure {
        let published = MonitorOutcome.allCases.filter { outcome in
            columns.outcomes[outcome]!.lazy.filter { $0 != nil }.count >= MonitorStats.minimumAnswers
        }
        var perOutcome: [[Int?: [Int?: Int]]] = []
        for outcome in published {
            let values = columns.outcomes[outcome]!
            perOutcome.append(counts(columns) { values[$0] != nil })
        }
        guard var smallest = perOutcome.first else { return MonitorStats.areaDisclosure(counts(columns) { _ in true }) }
        for other in perOutcome.dropFirst() {
            for (district, quartiere) in other {
                for (quartier, n) in quartiere { smallest[district]![quartier] = min(smallest[district]![quartier]!, n) }
            }
        }
        return MonitorStats.areaDisclosure(smallest)
    }

    /// For the wishes: answers with at least one wish.
    static func wishes(_ columns: AnswerColumns) -> MonitorStats.AreaDisclosure {
        MonitorStats.areaDisclosure(counts(columns) { columns.wishes[$0] != 0 })
    }

    /// Answers per Stadtbezirk and Quartier that `include` counts.
    private static func counts(_ columns: AnswerColumns, include: (Int) -> Bool) -> [Int?: [Int?: Int]] {
        var counts: [Int?: [Int?: Int]] = [:]
        // every area with answers takes part, with 0 when none counts: it is then withheld, not forgotten
        for i in 0..<columns.count {
            counts[columns.districtIDs[i], default: [:]][columns.quartierIDs[i], default: 0] += include(i) ? 1 : 0
        }
        return counts
    }
}
