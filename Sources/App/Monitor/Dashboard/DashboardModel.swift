import Foundation
import GemeinsamCore

/// What a monitor page shows; filled by `DashboardController`.
struct DashboardModel: Sendable {
    var selection: MonitorSelection
    var viewer: MonitorAccess.Viewer
    var dataset: MonitorDataset
    var tables: MonitorTables
    var wishes: WishRanking
    var wishAreaName: String
    var panel: PanelComparison?
    var pendingFreeTexts: Int
    /// Days of the wave on which answers from one network were refused (coordinators only).
    var refusals: [(day: String, refused: Int)] = []
    /// Where the maps' SVG paths are kept.
    var cache: MonitorCache

    var waves: [WaveRow] { selection.waves }
    var wave: WaveRow { selection.wave }
    var outcome: MonitorOutcome { selection.outcome }
    /// The chosen area (Stadtbezirk or Quartier), nil = whole city or all own Quartiere.
    var scope: AreaRecord? { selection.scope }
    var query: MonitorQuery { selection.query }
    var isCoordinator: Bool { viewer.isCoordinator }
    var counts: MonitorCounts { dataset.counts }
    var isSample: Bool { dataset.isSample || wave.isSample }
    /// The Stadtbezirk the chosen area lies in (or is).
    var scopeDistrict: Int? { scope.flatMap { $0.kind == .district ? $0.id : $0.parentID } }
}

/// The dashboard's query parameters, to build links that keep them.
struct MonitorQuery: Sendable {
    var wave: UUID?
    var outcome: MonitorOutcome
    var area: String?

    var string: String {
        var items: [URLQueryItem] = []
        if let wave { items.append(URLQueryItem(name: "welle", value: wave.uuidString)) }
        items.append(URLQueryItem(name: "messgroesse", value: outcome.rawValue))
        if let area { items.append(URLQueryItem(name: "gebiet", value: area)) }
        var components = URLComponents()
        components.queryItems = items
        return components.percentEncodedQuery.map { "?" + $0 } ?? ""
    }
}

/// Before/after comparison of the panel between the wave and the one before it.
struct PanelComparison: Sendable {
    var previousWaveName: String
    var means: MonitorStats.PairedMeans
    var shares: MonitorStats.PairedShares
}
