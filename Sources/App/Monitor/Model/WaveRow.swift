import Foundation

/// A row of `survey_waves`: a period in which one questionnaire version collects answers. Days are "YYYY-MM-DD"
/// (Europe/Berlin); `revision` counts up with every new answer, so the monitor's caches know when to rebuild.
struct WaveRow: Decodable, Sendable, Equatable {
    var id: UUID
    var questionnaireID: UUID
    var name: String
    var startsOn: String
    var endsOn: String
    /// Online answers need a one-time code.
    var codesRequired: Bool
    /// nil: weighted to the Stadtbezirke's population from the geography.
    var marginSetID: UUID?
    var revision: Int
    var isSample: Bool
    var createdAt: Double

    func isOpen(on day: String) -> Bool { startsOn <= day && day <= endsOn }
}

extension WaveRow {
    /// A new wave, before its first answer.
    init(questionnaireID: UUID, name: String, startsOn: String, endsOn: String, codesRequired: Bool, marginSetID: UUID?,
         isSample: Bool = false, now: Date) {
        self.init(id: UUID(), questionnaireID: questionnaireID, name: name, startsOn: startsOn, endsOn: endsOn,
                  codesRequired: codesRequired, marginSetID: marginSetID, revision: 0, isSample: isSample,
                  createdAt: now.timeIntervalSince1970)
    }
}
