@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Fixtures of the Akteursnetz: actors written directly, fields of a valid form.
enum ActorFixture {
    static func sql(_ app: Application) -> any SQLDatabase { app.sql }

    @discardableResult
    static func actor(_ app: Application, name: String, status: ActorStatus = .approved, editor: UUID? = nil,
                      topics: [ActorTopic] = [.neighbourhood, .loneliness], in slug: String = "borsigplatz") async throws -> UUID {
        let area = try EditFixture.quartier(app, slug)
        let p = area.shape.representativePoint
        let profile = ActorProfile(
            name: name, legalForm: .association, topics: ActorProfile.keys(topics), audiences: ActorProfile.keys([Audience.everyone]),
            hasFixedPlace: true, street: "Oesterholzstraße 1", postalCode: "44145", lat: p.lat, lon: p.lon, areaID: area.id,
            contactEmail: "kontakt@example.org", contactPhone: "", website: "", description: "Ein Verein.", foundedYear: 2010,
            sizeRange: .small)
        return try await ActorWriter.insert(ActorRow(profile: profile, status: status, submittedBy: editor), workAreaIDs: [area.id],
                                            now: app.clock.now, on: sql(app))
    }

    /// A cooperation both sides have confirmed.
    static func confirmedTie(_ app: Application, _ source: UUID, _ target: UUID) async throws {
        let tie = ActorTieRow(sourceActorID: source, targetActorID: target, kind: .cooperation, status: .confirmed)
        _ = try await ActorWriter.proposeTie(tie, now: app.clock.now, on: sql(app))
    }

    static func status(_ app: Application, _ id: UUID) async throws -> String? {
        try await sql(app).select().column("status").from("actors").where("id", .equal, id).first()?.decode(column: "status", as: String.self)
    }

    static func fields(name: String = "Nachbarschaftsverein Borsigplatz") -> [(String, String)] {
        [("name", name), ("legalForm", "ev"), ("description", "Wir treffen uns jeden Dienstag."), ("foundedYear", "2015"),
         ("size", "6-20"), ("topics", "nachbarschaft"), ("topics", "einsamkeit"), ("audiences", "alle"), ("place", "fest"),
         ("street", "Oesterholzstraße 12"), ("postalCode", "44145"), ("workAreas", "borsigplatz"),
         ("contactEmail", "verein@example.org")]
    }
}
