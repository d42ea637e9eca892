import Foundation
import Testing
@testable import GemeinsamCore

@Suite("Monitor: Lückenanalyse")
struct MonitorGapTests {
    @Test("mid-rank percentiles")
    func percentiles() {
        #expect(MonitorStats.percentileRanks([50, 100, 100]) == [0, 0.75, 0.75])
        #expect(MonitorStats.percentileRanks([3, 1, 2]) == [1, 0, 0.5])
        #expect(MonitorStats.percentileRanks([7]) == [0.5])
        #expect(MonitorStats.percentileRanks([]) == [])
    }

    @Test("need against supply per 1,000 residents, worked by hand")
    func ranking() {
        let areas = [
            MonitorStats.GapArea(id: "A", population: 1000, need: 100, supply: [10]),
            MonitorStats.GapArea(id: "B", population: 2000, need: 100, supply: [0]),
            MonitorStats.GapArea(id: "C", population: 1000, need: 50, supply: [5]),
            MonitorStats.GapArea(id: "E", population: 500, need: nil, supply: [1]),
            MonitorStats.GapArea(id: "D", population: nil, need: 80, supply: [3]),
        ]
        // need ranks among A, B, C: 100, 100, 50 → 0.75, 0.75, 0
        // supply per 1,000: A 10, B 0, C 5 → ranks 1, 0, 0.5
        // gap: A −0.25, B 0.75, C −0.5 → B, A, C; then D and E unranked (by id)
        let rows = MonitorStats.rankGaps(areas)
        #expect(rows.map(\.id) == ["B", "A", "C", "D", "E"])
        #expect(rows.map(\.rank) == [1, 2, 3, nil, nil])
        #expect(rows[0].gap == 0.75 && rows[1].gap == -0.25 && rows[2].gap == -0.5)
        #expect(rows[0].supplyPerThousand == [0])
        #expect(rows[1].supplyPerThousand == [10])
        #expect(rows[3].supplyPerThousand == [nil])       // no population
        #expect(rows[4].supplyPerThousand == [2])
    }

    @Test("several indicators are averaged with their weights; an unknown indicator value leaves the area unranked")
    func severalIndicators() {
        let areas = [
            MonitorStats.GapArea(id: "A", population: 1000, need: 30, supply: [0, 4]),
            MonitorStats.GapArea(id: "B", population: 1000, need: 20, supply: [2, 0]),
            MonitorStats.GapArea(id: "C", population: 1000, need: 10, supply: [1, 2]),
            MonitorStats.GapArea(id: "D", population: 1000, need: 40, supply: [1, nil]),
        ]
        // need: A 1, B 0.5, C 0; indicator 1 ranks A 0, B 1, C 0.5; indicator 2 ranks A 1, B 0, C 0.5
        // weights 3:1 → supply A 0.25, B 0.75, C 0.5 → gap A 0.75, B −0.25, C −0.5
        let rows = MonitorStats.rankGaps(areas, indicatorWeights: [3, 1])
        #expect(rows.map(\.id) == ["A", "B", "C", "D"])
        #expect(rows[0].supplyScore == 0.25 && rows[0].gap == 0.75)
        #expect(rows[3].rank == nil)
    }

    @Test("no indicators: supply score 0.5 for all, ranking by need")
    func noIndicators() {
        let rows = MonitorStats.rankGaps([
            .init(id: "A", population: 10, need: 1, supply: []),
            .init(id: "B", population: 10, need: 2, supply: []),
        ])
        #expect(rows.map(\.id) == ["B", "A"])
        #expect(rows[0].supplyScore == 0.5)
    }
}
