import Foundation
import GemeinsamCore

/// One wave's answers prepared for the statistics: the answers by variable, the raking weights and how they were
/// made, and the counts per Quartier and channel. Built once per wave revision and margin set and kept in memory
/// (`MonitorCache`).
struct MonitorDataset: Sendable {
    let waveID: UUID
    let columns: AnswerColumns
    let weights: [Double]
    let weighting: MonitorWeighting
    let counts: MonitorCounts
    /// Which areas' shares and counts are published, and which areas' wishes (`MonitorDisclosure`).
    let disclosure: MonitorStats.AreaDisclosure
    let wishDisclosure: MonitorStats.AreaDisclosure
    /// The wave's questionnaire in further languages (for which instruments are validated in which language).
    let translations: [String: Questionnaire.Translation]
    /// Whether sample answers are among them (the pages say so).
    let isSample: Bool
    let builtInMilliseconds: Double

    var count: Int { columns.count }

    static func build(wave: WaveRow, questionnaire: Questionnaire, rows: [ResponseRow], margins: MarginChoice,
                      geography: GeographySnapshot) -> MonitorDataset {
        let start = DispatchTime.now()
        let columns = AnswerColumns(rows, questionnaire: questionnaire, geography: geography)
        let (weighting, weights) = MonitorWeighting.rake(columns.weightingLabels, count: columns.count, to: margins)
        let disclosure = MonitorDisclosure.shares(columns)
        let counts = MonitorCounts.build(quartierIDs: columns.quartierIDs, channels: columns.channels, disclosure: disclosure,
                                         geography: geography)
        return MonitorDataset(waveID: wave.id, columns: columns, weights: weights, weighting: weighting, counts: counts,
                              disclosure: disclosure, wishDisclosure: MonitorDisclosure.wishes(columns),
                              translations: questionnaire.translations ?? [:],
                              isSample: rows.contains(where: \.isSample),
                              builtInMilliseconds: Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6)
    }
}
