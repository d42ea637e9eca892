import Foundation
import GemeinsamCore
import Vapor

/// What a monitor page shows: the wave (`welle`), the outcome (`messgroesse`) and the area (`gebiet`) from the
/// address, checked against what exists and what the viewer may see.
struct MonitorSelection: Sendable {
    var waves: [WaveRow]
    var wave: WaveRow
    var outcome: MonitorOutcome
    var scope: AreaRecord?
    var query: MonitorQuery

    typealias T = Texts.MonitorDashboard

    /// nil when there is no wave at all.
    static func read(_ req: Request, viewer: MonitorAccess.Viewer) async throws -> MonitorSelection? {
        let waves = try await WaveQueries.all(on: req.sql)
        guard !waves.isEmpty else { return nil }
        let waveParam = parameter(req, "welle")
        var wave = waves.first { $0.isOpen(on: SurveyDay.iso(req.now)) } ?? waves[0]
        if let waveParam {
            guard let id = UUID(uuidString: waveParam), let chosen = waves.first(where: { $0.id == id }) else {
                throw GermanError(status: .notFound, reason: T.unknownWave)
            }
            wave = chosen
        }
        var outcome = MonitorOutcome.ucla
        if let raw = parameter(req, "messgroesse") {
            guard let parsed = MonitorOutcome(rawValue: raw) else {
                throw GermanError(status: .badRequest, reason: T.unknownOutcome)
            }
            outcome = parsed
        }
        var scope: AreaRecord?
        if let slug = parameter(req, "gebiet") {
            let geography = req.geography
            guard let area = geography.area(kind: .statisticalDistrict, slug: slug) ?? geography.area(kind: .district, slug: slug)
            else { throw GermanError(status: .notFound, reason: T.unknownArea) }
            guard viewer.mayView(area) else { throw GermanError(status: .forbidden, reason: Texts.Monitor.forbiddenArea) }
            scope = area
        }
        return MonitorSelection(waves: waves, wave: wave, outcome: outcome, scope: scope,
                                query: MonitorQuery(wave: waveParam == nil ? nil : wave.id, outcome: outcome, area: scope?.slug))
    }

    /// A query parameter; nil when absent or empty.
    private static func parameter(_ req: Request, _ name: String) -> String? {
        (try? req.query.get(String.self, at: name)).flatMap { $0.isEmpty ? nil : $0 }
    }
}
