import Foundation
import GemeinsamCore
import Vapor

/// A wave's dataset and the tables of one outcome: from the cache, or read, weighted and computed (and cached).
enum MonitorData {
    static func load(_ req: Request, wave: WaveRow, outcome: MonitorOutcome) async throws -> (MonitorDataset, MonitorTables) {
        let cache = req.application.monitorCache
        let key = MonitorCache.key(for: wave)
        let geography = req.geography
        let dataset: MonitorDataset
        if let hit = cache.dataset(key) {
            dataset = hit
        } else {
            guard let questionnaire = try await QuestionnaireQueries.find(wave.questionnaireID, on: req.sql)?.questionnaire
            else { throw Abort(.internalServerError) }
            let margins = try await MarginChoice.load(for: wave, geography: geography, on: req.sql)
            let rows = try await ResponseQueries.all(wave: wave.id, on: req.sql)
            dataset = MonitorDataset.build(wave: wave, questionnaire: questionnaire, rows: rows, margins: margins,
                                           geography: geography)
            cache.store(dataset, key: key)
            req.logger.info("\(UIText.text("monitorData.load", ["dataset": "\(dataset.count)", "value": "\(Int(dataset.builtInMilliseconds))"]))")
        }
        if let tables = cache.tables(key, outcome: outcome) { return (dataset, tables) }
        let tables = try MonitorTables.build(dataset, outcome: outcome, geography: geography)
        cache.store(tables, key: key, outcome: outcome)
        req.logger.info("Monitor: Tabellen berechnet (\(outcome.rawValue), \(Int(tables.builtInMilliseconds)) ms)")
        return (dataset, tables)
    }
}
