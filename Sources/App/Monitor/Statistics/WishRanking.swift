import Foundation
import GemeinsamCore

/// Weighted shares of the wishes among the answers of one area that chose at least one wish.
struct WishRanking: Sendable {
    struct Row: Sendable { var option: Questionnaire.Option; var share: Double }
    /// Answers with at least one wish; nil when under 10 (then no rows).
    let answers: Int?
    let rows: [Row]

    /// No rows: the area is withheld (fewer than 10 answers, or it would reveal another area's).
    static let withheld = WishRanking(answers: nil, rows: [])

    static func build(_ data: MonitorDataset, include: (Int) -> Bool) -> WishRanking {
        let options = data.columns.wishOptions, wishes = data.columns.wishes
        var weightSum = 0.0
        var n = 0
        var sums = [Double](repeating: 0, count: options.count)
        for i in 0..<data.count where wishes[i] != 0 && include(i) {
            n += 1
            let w = data.weights[i]
            weightSum += w
            var bits = wishes[i]
            while bits != 0 {
                let k = bits.trailingZeroBitCount
                sums[k] += w
                bits &= bits - 1
            }
        }
        guard n >= MonitorStats.minimumAnswers, weightSum > 0 else { return WishRanking(answers: nil, rows: []) }
        let rows = options.indices.map { Row(option: options[$0], share: sums[$0] / weightSum) }
            .sorted { $0.share != $1.share ? $0.share > $1.share : $0.option.label < $1.option.label }
        return WishRanking(answers: n, rows: rows)
    }
}
