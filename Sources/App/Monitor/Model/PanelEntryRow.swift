import Foundation

/// A row of `survey_panel_entries`: the scores of one wave under a participant's personal code (salted hash), not
/// linked to the response. The same hash in two waves gives a before/after pair without knowing the person.
struct PanelEntryRow: Decodable, Sendable {
    var id: UUID
    var panelHash: String
    var waveID: UUID
    var uclaMean: Double?
    var uclaBurdened: Bool?
    var djgTotal: Int?
    var direct: Int?
    var isSample: Bool
}
