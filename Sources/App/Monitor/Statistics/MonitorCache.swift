import Foundation
import GemeinsamCore

/// The monitor's computed statistics, kept in memory so that the dashboard does not recompute estimates on every
/// request: a dataset and its tables per wave revision (a new answer or another weighting counts up the revision,
/// so the next request builds afresh; old revisions fall out as the least recently used), and the maps' SVG paths.
final class MonitorCache: Sendable {
    struct Entry: Sendable {
        var dataset: MonitorDataset
        var tables: [MonitorOutcome: MonitorTables] = [:]
    }

    private let entries = MemoryCache<Entry>(capacity: 6)
    /// SVG path data of areas per map and projection (the geography changes only on import).
    private let mapPaths = MemoryCache<String>(capacity: 2_000)
    private let clock: AppClock

    init(clock: AppClock) { self.clock = clock }

    static func key(for wave: WaveRow) -> String {
        "\(wave.id)|\(wave.revision)|\(wave.marginSetID?.uuidString ?? "builtin")"
    }

    func dataset(_ key: String) -> MonitorDataset? { entries.get(key, now: clock.now)?.dataset }

    func store(_ dataset: MonitorDataset, key: String) {
        entries.put(key, Entry(dataset: dataset), lifetime: nil, now: clock.now)
    }

    func tables(_ key: String, outcome: MonitorOutcome) -> MonitorTables? {
        entries.get(key, now: clock.now)?.tables[outcome]
    }

    func store(_ tables: MonitorTables, key: String, outcome: MonitorOutcome) {
        entries.update(key) { $0.tables[outcome] = tables }
    }

    /// The SVG path of an area on a map with this projection.
    func mapPath(_ area: AreaRecord, projection: SVGProjection, map: String) -> String {
        let box = projection.box
        let key = "\(map)|\(area.id)|\(area.code)|\(box.minLat)|\(box.minLon)|\(box.maxLat)|\(box.maxLon)"
        if let hit = mapPaths.get(key, now: clock.now) { return hit }
        let path = projection.pathData(area.shape)
        mapPaths.put(key, path, lifetime: nil, now: clock.now)
        return path
    }
}
