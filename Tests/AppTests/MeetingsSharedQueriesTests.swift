@testable import App
import Foundation
import GemeinsamCore
import Testing

/// What Begegnung offers other pillars about its places, offers and rooms (the Akteursnetz's actor pages and
/// sample content, the Monitor's supply indicators).
@Suite struct MeetingsSharedQueriesTests {
    @Test func placesOffersAndRoomsOfAnActor() async throws {
        try await withTestApp { app in
            let sql = app.sql
            let actor = UUID()
            let place = try await EditFixture.place(app, name: "Treff am Markt")
            let draft = try await EditFixture.place(app, name: "Entwurfsort", status: .draft)
            _ = try await EditFixture.room(app, place: place)
            _ = try await EditFixture.room(app, place: place, bookable: false)
            let offer = try await EditFixture.offer(app, title: "Skatrunde", place: place)
            try await MeetingsWriter.setOperator(actor, ofPlace: place, on: sql)
            try await MeetingsWriter.setOperator(actor, ofPlace: draft, on: sql)

            #expect(try await PlaceQueries.published(operatedBy: actor, on: sql).map(\.name) == ["Treff am Markt"])
            #expect(try await OfferQueries.published(organisedBy: actor, on: sql).map(\.id) == [offer])
            let rooms = try await RoomQueries.bookable(operatedBy: actor, on: sql)
            #expect(rooms.map(\.name) == ["Gruppenraum"])
            #expect(rooms.map(\.placeName) == ["Treff am Markt"])

            let other = UUID()
            try await MeetingsWriter.setOrganiser(other, ofOffer: offer, on: sql)
            #expect(try await OfferQueries.published(organisedBy: actor, on: sql).isEmpty)
            #expect(try await OfferQueries.published(organisedBy: other, on: sql).map(\.id) == [offer])
        }
    }

    @Test func samplePlacesWithTheirType() async throws {
        try await withTestApp { app in
            try await seedMeetings(app)
            let samples = try await PlaceQueries.samples(on: app.sql)
            #expect(samples.count == 40)
            #expect(samples.allSatisfy { $0.isSample })
            #expect(samples.contains { $0.typeKey == "seniorenbuero" })
            #expect(samples.map(\.name) == samples.map(\.name).sorted())
        }
    }

    @Test func supplyPerQuartier() async throws {
        try await withTestApp { app in
            let sql = app.sql
            let borsigplatz = try EditFixture.quartier(app, "borsigplatz").id
            let place = try await EditFixture.place(app)
            _ = try await EditFixture.place(app, name: "Entwurf", status: .draft)
            _ = try await EditFixture.offer(app, place: place)
            #expect(try await PlaceQueries.publishedCountPerArea(on: sql) == [borsigplatz: 1])
            // Friday 15–17 every week: 120 minutes a week
            #expect(try await OfferQueries.publishedWeeklyMinutesPerArea(on: sql) == [borsigplatz: 120])
        }
    }
}
