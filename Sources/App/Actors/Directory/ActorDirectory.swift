import Foundation
import GemeinsamCore
import SQLKit

/// The public directory: approved actors matching a filter.
enum ActorDirectory {
    struct Filter: Sendable, Equatable {
        var text = ""
        var topic: ActorTopic?
        var audience: Audience?
        var legalForm: LegalForm?
        /// Quartiere: an actor matches when it works in one of them or has its address there.
        var areaIDs: [Int]?
    }

    /// Approved actors matching the filter. The name search folds case and diacritics ("oeko" finds "Öko"), which
    /// SQLite's LIKE cannot do; the directory is small (hundreds), so it runs in Swift.
    static func actors(_ filter: Filter, on sql: any SQLDatabase) async throws -> [ActorQueries.Actor] {
        let all = try await ActorQueries.actors(status: .approved, on: sql)
        let needle = GermanFolding.searchKey(filter.text)
        return all.filter { actor in
            let profile = actor.profile
            if let topic = filter.topic, !profile.topicList.contains(topic) { return false }
            if let audience = filter.audience, !profile.audienceList.contains(audience) { return false }
            if let legalForm = filter.legalForm, profile.legalForm != legalForm { return false }
            if let areaIDs = filter.areaIDs {
                let own = profile.areaID.map { [$0] } ?? []
                if Set(areaIDs).isDisjoint(with: own + actor.workAreaIDs) { return false }
            }
            if !needle.isEmpty {
                let haystack = GermanFolding.searchKey(actor.name + " " + profile.description)
                if !haystack.contains(needle) { return false }
            }
            return true
        }
    }
}
