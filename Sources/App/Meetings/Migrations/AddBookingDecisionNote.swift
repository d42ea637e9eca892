import Fluent

/// Why a room request was declined ("Der Raum war zu dieser Zeit schon vergeben." or the owner's words), so the
/// person who asked learns it on /buchungen.
struct AddBookingDecisionNote: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("room_bookings")
            .field("decision_note", .string, .required, .sql(.default("")))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("room_bookings").deleteField("decision_note").update()
    }
}
