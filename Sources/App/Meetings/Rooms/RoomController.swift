import Foundation
import GemeinsamCore
import SQLKit
import Vapor

/// Rooms: created and edited by whoever may edit the place; the public room page with the week's occupancy and,
/// for logged-in people, the request form.
enum RoomController {
    // MARK: create and edit

    @Sendable static func newForm(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let (place, _) = try await EditFlow<PlaceEditing>.editable(req, user: user)
        return RoomPages.form(placeID: place.id, placeName: place.name, roomID: nil, form: RoomForm(),
                              errors: FormErrors(), notice: nil, context: req.pageContext).response()
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let (place, _) = try await EditFlow<PlaceEditing>.editable(req, user: user)
        let form = try req.content.decode(RoomForm.self)
        let (input, errors) = form.validate(placeID: place.id)
        guard let input else {
            return RoomPages.form(placeID: place.id, placeName: place.name, roomID: nil, form: form, errors: errors,
                                  notice: nil, context: req.pageContext).response(.unprocessableEntity)
        }
        let id = try await req.db.transaction { db in
            try await MeetingsWriter.insertRoom(input, by: user.id, now: req.now, on: db.sql)
        }
        return .seeOther(SiteURL.room(id.uuidString).path, notice: "raum-angelegt")
    }

    @Sendable static func editForm(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let room = try await editable(req, user: user)
        return RoomPages.form(placeID: room.place.id, placeName: room.place.name, roomID: room.room.id,
                              form: RoomForm(room.room), errors: FormErrors(), notice: req.notice(from: Texts.Editing.notices),
                              context: req.pageContext).response()
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let room = try await editable(req, user: user)
        let form = try req.content.decode(RoomForm.self)
        let (checked, errors) = form.validate(placeID: room.place.id)
        guard var input = checked else {
            return RoomPages.form(placeID: room.place.id, placeName: room.place.name, roomID: room.room.id, form: form,
                                  errors: errors, notice: nil, context: req.pageContext).response(.unprocessableEntity)
        }
        input.id = room.room.id
        input.isSample = room.room.isSample
        let summary = Texts.Editing.changeSummary(RoomForm.changes(from: room.room, to: input))
        let changedRoom = input
        try await req.db.transaction { db in
            try await MeetingsWriter.updateRoom(changedRoom, by: user.id, summary: summary, now: req.now, on: db.sql)
        }
        return .seeOther(SiteURL.roomEdit(room.room.id.uuidString).path, notice: "gespeichert")
    }

    static func editable(_ req: Request, user: CurrentUser) async throws -> RoomQueries.RoomWithPlace {
        let scope = try req.editScope(user)
        guard let room = try await RoomQueries.room(try req.uuidParameter(), on: req.sql) else { throw Abort(.notFound) }
        guard scope.mayEdit(ownerID: room.place.ownerUserID, actorID: room.place.ownerActorID, areaID: room.place.areaID) else { throw Abort(.forbidden) }
        return room
    }

    // MARK: the room page

    @Sendable static func show(req: Request) async throws -> Response {
        let (room, mayEdit) = try await visibleRoom(req)
        let week = try requestedWeek(req)
        return try await page(req, room: room, mayEdit: mayEdit, week: week, form: BookingRequestForm(),
                              errors: FormErrors(), status: .ok)
    }

    @Sendable static func request(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let (room, mayEdit) = try await visibleRoom(req)
        guard room.room.bookable else {
            throw GermanError(status: .unprocessableEntity, reason: Texts.Bookings.notBookable)
        }
        let form = try req.content.decode(BookingRequestForm.self)
        let now = req.now
        let (valid, formErrors) = form.validate(now: now)
        var errors = formErrors
        let actorOptions = try await ActorField.requester.options(for: user, current: nil, on: req.sql)
        let actorID = ActorField.requester.chosen(form.actor, options: actorOptions, errors: &errors)
        if let valid, try await BookingQueries.isTaken(roomID: room.room.id, startsAt: valid.startsAt, endsAt: valid.endsAt, on: req.sql) {
            errors.add("startTime", Texts.Bookings.taken)
        }
        if errors.isEmpty, try await BookingQueries.openRequestCount(userID: user.id, now: now, on: req.sql) >= BookingRequestForm.maxOpenRequests {
            errors.add("purpose", Texts.Bookings.tooManyOpen(BookingRequestForm.maxOpenRequests))
        }
        guard errors.isEmpty, let valid else {
            var week = try requestedWeek(req)
            if case let .success(date) = FormInput.date(form.date ?? ""), BookingWeek.years.contains(date.year) {
                week = BookingWeek(containing: date)
            }
            return try await page(req, room: room, mayEdit: mayEdit, week: week, form: form, errors: errors,
                                  status: .unprocessableEntity)
        }
        _ = try await BookingWriter.insertRequest(roomID: room.room.id, userID: user.id, actorID: actorID, purpose: valid.purpose,
                                                   date: valid.date, start: valid.start, end: valid.end, now: now, on: req.sql)
        return .seeOther(SiteURL.bookings.path, notice: "angefragt")
    }

    /// The room if its place is published, or if the person may edit it; 404 otherwise.
    private static func visibleRoom(_ req: Request) async throws -> (RoomQueries.RoomWithPlace, Bool) {
        guard let room = try await RoomQueries.room(try req.uuidParameter(), on: req.sql) else { throw Abort(.notFound) }
        let mayEdit = EditScope.mayEdit(req.currentUser, ownerUserID: room.place.ownerUserID, actorID: room.place.ownerActorID, areaID: room.place.areaID)
        guard room.place.status == .published || mayEdit else { throw Abort(.notFound) }
        return (room, mayEdit)
    }

    /// `?woche=2026-W05` or `?woche=2026-02-03`; the current week without it; 400 for anything else.
    private static func requestedWeek(_ req: Request) throws -> BookingWeek {
        let today = EuropeBerlinTime.localDateTime(at: req.now)!.date
        guard let raw = try? req.query.get(String.self, at: "woche"), !raw.isEmpty else {
            return BookingWeek(containing: today)
        }
        guard let week = BookingWeek.parse(raw) else {
            throw GermanError(status: .badRequest, reason: Texts.Rooms.weekUnreadable)
        }
        return week
    }

    private static func page(_ req: Request, room: RoomQueries.RoomWithPlace, mayEdit: Bool, week: BookingWeek,
                             form: BookingRequestForm, errors: FormErrors, status: HTTPResponseStatus) async throws -> Response {
        let busy = try await BookingQueries.busy(roomID: room.room.id, from: week.startInstant, to: week.endInstant, on: req.sql)
        let today = EuropeBerlinTime.localDateTime(at: req.now)!.date
        let actors = try await ActorField.requester.options(for: req.currentUser, current: nil, on: req.sql)
        return RoomPages.room(room, week: week, today: today, busy: busy, mayEdit: mayEdit, form: form, errors: errors,
                              actorOptions: actors,
                              notice: req.notice(from: Texts.Editing.notices), geography: req.geography, context: req.pageContext).response(status)
    }
}
