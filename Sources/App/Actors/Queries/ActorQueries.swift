import Foundation
import GemeinsamCore
import SQLKit

/// Reading actors, their editors, invitations and cooperations.
enum ActorQueries {
    struct Actor: Sendable {
        var id: UUID
        var input: ActorWriter.ActorInput
        var status: ActorStatus
        var rejectionReason: String
        var submittedBy: UUID?
        var isSample: Bool
        var createdAt: Date
        var updatedAt: Date

        var name: String { input.name }
        var isPublic: Bool { status == .approved }

        /// Where the actor is drawn on a map: its address, otherwise the middle of its first Quartier.
        func mapPoint(_ geography: GeographySnapshot) -> GeoPoint? {
            if let lat = input.lat, let lon = input.lon { return GeoPoint(lat: lat, lon: lon) }
            let area = input.areaID ?? input.workAreaIDs.first
            return area.flatMap { geography.areas[$0] }.map { $0.shape.representativePoint }
        }
    }

    private static let columns: SQLQueryString = """
        a.id, a.name, a.legal_form, a.topics, a.audiences, a.has_fixed_place, a.street, a.postal_code, a.lat, a.lon, \
        a.area_id, a.contact_email, a.contact_phone, a.website, a.description, a.founded_year, a.size_range, a.status, \
        a.rejection_reason, a.submitted_by, a.is_sample, a.created_at, a.updated_at
        """

    /// Actors with `status` (all when nil), by name, with the Quartiere they work in.
    static func actors(status: ActorStatus?, on sql: any SQLDatabase) async throws -> [Actor] {
        var query: SQLQueryString = "SELECT \(columns) FROM actors a"
        if let status { query += " WHERE a.status = \(bind: status.rawValue)" }
        query += " ORDER BY a.name, a.id"
        var actors = try await sql.raw(query).all().map(decode)
        let areas = try await workAreas(actorIDs: nil, on: sql)
        for i in actors.indices { actors[i].input.workAreaIDs = areas[actors[i].id] ?? [] }
        return actors
    }

    static func actor(_ id: UUID, on sql: any SQLDatabase) async throws -> Actor? {
        guard var actor = try await sql.raw("SELECT \(columns) FROM actors a WHERE a.id = \(bind: id)").first().map(decode)
        else { return nil }
        actor.input.workAreaIDs = try await workAreas(actorIDs: [id], on: sql)[id] ?? []
        return actor
    }

    /// Actors the person edits, by name.
    static func actors(editedBy userID: UUID, on sql: any SQLDatabase) async throws -> [Actor] {
        var actors = try await sql.raw("""
            SELECT \(columns) FROM actors a JOIN actor_editors e ON e.actor_id = a.id
            WHERE e.user_id = \(bind: userID) ORDER BY a.name, a.id
            """).all().map(decode)
        let areas = try await workAreas(actorIDs: actors.map(\.id), on: sql)
        for i in actors.indices { actors[i].input.workAreaIDs = areas[actors[i].id] ?? [] }
        return actors
    }

    static func isEditor(actorID: UUID, userID: UUID, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.raw("SELECT 1 AS one FROM actor_editors WHERE actor_id = \(bind: actorID) AND user_id = \(bind: userID)")
            .first() != nil
    }

    private static func workAreas(actorIDs: [UUID]?, on sql: any SQLDatabase) async throws -> [UUID: [Int]] {
        var query: SQLQueryString = "SELECT actor_id, area_id FROM actor_areas"
        if let actorIDs {
            guard !actorIDs.isEmpty else { return [:] }
            query += " WHERE actor_id IN (\(binds: actorIDs))"
        }
        query += " ORDER BY area_id"
        var result: [UUID: [Int]] = [:]
        for row in try await sql.raw(query).all() {
            result[try row.decode(column: "actor_id", as: UUID.self), default: []].append(try row.decode(column: "area_id", as: Int.self))
        }
        return result
    }

    private static func decode(_ row: any SQLRow) throws -> Actor {
        let input = ActorWriter.ActorInput(
            name: try row.decode(column: "name", as: String.self),
            legalForm: LegalForm(rawValue: try row.decode(column: "legal_form", as: String.self)) ?? .informal,
            topics: KeyList.decode(try row.decode(column: "topics", as: String.self)).compactMap(ActorTopic.init(rawValue:)),
            audiences: KeyList.decode(try row.decode(column: "audiences", as: String.self)).compactMap(Audience.init(rawValue:)),
            hasFixedPlace: try row.decode(column: "has_fixed_place", as: Bool.self),
            street: try row.decode(column: "street", as: String.self),
            postalCode: try row.decode(column: "postal_code", as: String.self),
            lat: try row.decode(column: "lat", as: Double?.self),
            lon: try row.decode(column: "lon", as: Double?.self),
            areaID: try row.decode(column: "area_id", as: Int?.self),
            workAreaIDs: [],
            contactEmail: try row.decode(column: "contact_email", as: String.self),
            contactPhone: try row.decode(column: "contact_phone", as: String.self),
            website: try row.decode(column: "website", as: String.self),
            description: try row.decode(column: "description", as: String.self),
            foundedYear: try row.decode(column: "founded_year", as: Int?.self),
            size: ActorSize(rawValue: try row.decode(column: "size_range", as: String.self)) ?? .tiny)
        return Actor(
            id: try row.decode(column: "id", as: UUID.self), input: input,
            status: ActorStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .submitted,
            rejectionReason: try row.decode(column: "rejection_reason", as: String.self),
            submittedBy: try row.decode(column: "submitted_by", as: UUID?.self),
            isSample: try row.decode(column: "is_sample", as: Bool.self),
            createdAt: Date(timeIntervalSince1970: try row.decode(column: "created_at", as: Double.self)),
            updatedAt: Date(timeIntervalSince1970: try row.decode(column: "updated_at", as: Double.self)))
    }

    // MARK: directory

    struct DirectoryFilter: Sendable, Equatable {
        var text = ""
        var topic: ActorTopic?
        var audience: Audience?
        var legalForm: LegalForm?
        /// Quartiere: an actor matches when it works in one of them or has its address there.
        var areaIDs: [Int]?

        var isEmpty: Bool { self == DirectoryFilter() }
    }

    /// Approved actors matching the filter. The name search folds case and diacritics ("oeko" finds "Öko"), which
    /// SQLite's LIKE cannot do; the directory is small (hundreds), so it runs in Swift.
    static func directory(_ filter: DirectoryFilter, on sql: any SQLDatabase) async throws -> [Actor] {
        let all = try await actors(status: .approved, on: sql)
        let needle = GermanFolding.searchKey(filter.text)
        return all.filter { actor in
            if let topic = filter.topic, !actor.input.topics.contains(topic) { return false }
            if let audience = filter.audience, !actor.input.audiences.contains(audience) { return false }
            if let legalForm = filter.legalForm, actor.input.legalForm != legalForm { return false }
            if let areaIDs = filter.areaIDs {
                let own = actor.input.areaID.map { [$0] } ?? []
                if Set(areaIDs).isDisjoint(with: own + actor.input.workAreaIDs) { return false }
            }
            if !needle.isEmpty {
                let haystack = GermanFolding.searchKey(actor.name + " " + actor.input.description)
                if !haystack.contains(needle) { return false }
            }
            return true
        }
    }

    // MARK: editors and invitations

    struct Editor: Sendable {
        var userID: UUID
        var publicName: String
    }

    static func editors(of actorID: UUID, on sql: any SQLDatabase) async throws -> [Editor] {
        try await sql.raw("""
            SELECT u.id, u.first_name, u.initial FROM actor_editors e JOIN users u ON u.id = e.user_id
            WHERE e.actor_id = \(bind: actorID) ORDER BY e.added_at
            """).all().map { row in
            Editor(userID: try row.decode(column: "id", as: UUID.self),
                   publicName: PublicName.make(firstName: try row.decode(column: "first_name", as: String.self),
                                               initial: try row.decode(column: "initial", as: String?.self)))
        }
    }

    struct Invitation: Sendable {
        var id: UUID
        var actorID: UUID
        var email: String
        var expiresAt: Date
    }

    /// Open (not expired) invitations of an actor.
    static func invitations(of actorID: UUID, now: Date = Date(), on sql: any SQLDatabase) async throws -> [Invitation] {
        try await sql.raw("""
            SELECT id, actor_id, email, expires_at FROM actor_invitations
            WHERE actor_id = \(bind: actorID) AND expires_at > \(bind: now.timeIntervalSince1970) ORDER BY created_at
            """).all().map(decodeInvitation)
    }

    static func invitation(tokenHash: String, now: Date = Date(), on sql: any SQLDatabase) async throws -> Invitation? {
        try await sql.raw("""
            SELECT id, actor_id, email, expires_at FROM actor_invitations
            WHERE token_hash = \(bind: tokenHash) AND expires_at > \(bind: now.timeIntervalSince1970)
            """).first().map(decodeInvitation)
    }

    private static func decodeInvitation(_ row: any SQLRow) throws -> Invitation {
        Invitation(id: try row.decode(column: "id", as: UUID.self), actorID: try row.decode(column: "actor_id", as: UUID.self),
                   email: try row.decode(column: "email", as: String.self),
                   expiresAt: Date(timeIntervalSince1970: try row.decode(column: "expires_at", as: Double.self)))
    }

    // MARK: what an actor runs (from Begegnung)

    struct Item: Sendable {
        var id: UUID
        var name: String
        var detail: String
    }

    /// Published places the actor owns.
    static func places(of actorID: UUID, on sql: any SQLDatabase) async throws -> [Item] {
        try await sql.raw("""
            SELECT p.id, p.name, p.street FROM places p
            WHERE p.owner_actor_id = \(bind: actorID) AND p.status = \(bind: PublicationStatus.published.rawValue) ORDER BY p.name
            """).all().map { Item(id: try $0.decode(column: "id", as: UUID.self), name: try $0.decode(column: "name", as: String.self),
                                  detail: try $0.decode(column: "street", as: String.self)) }
    }

    /// Published offers the actor organises.
    static func offers(of actorID: UUID, on sql: any SQLDatabase) async throws -> [Item] {
        try await sql.raw("""
            SELECT o.id, o.title, o.category FROM offers o
            WHERE o.organiser_actor_id = \(bind: actorID) AND o.status = \(bind: PublicationStatus.published.rawValue) ORDER BY o.title
            """).all().map { row in
            let category = OfferCategory(rawValue: try row.decode(column: "category", as: String.self))
            return Item(id: try row.decode(column: "id", as: UUID.self), name: try row.decode(column: "title", as: String.self),
                        detail: category?.label ?? "")
        }
    }

    /// Bookable rooms in the actor's published places.
    static func rooms(of actorID: UUID, on sql: any SQLDatabase) async throws -> [Item] {
        try await sql.raw("""
            SELECT r.id, r.name, p.name AS place_name, r.capacity FROM rooms r JOIN places p ON p.id = r.place_id
            WHERE p.owner_actor_id = \(bind: actorID) AND p.status = \(bind: PublicationStatus.published.rawValue)
              AND r.bookable = \(bind: true)
            ORDER BY p.name, r.name
            """).all().map { row in
            Item(id: try row.decode(column: "id", as: UUID.self), name: try row.decode(column: "name", as: String.self),
                 detail: German.Actors.roomDetail(place: try row.decode(column: "place_name", as: String.self),
                                                  capacity: try row.decode(column: "capacity", as: Int.self)))
        }
    }
}
