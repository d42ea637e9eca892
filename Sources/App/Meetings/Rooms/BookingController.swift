import Foundation
import Vapor

/// /buchungen: requests to decide (place owners, area managers, coordinators) and one's own requests.
enum BookingController {
    struct DecisionForm: Content {
        var action: String?
        var note: String?
    }

    @Sendable static func list(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        return try await page(req, user: user, errors: FormErrors(), kept: [:], notice: req.notice(from: Texts.Editing.notices), status: .ok)
    }

    @Sendable static func decide(req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let booking = try await BookingQueries.booking(try req.uuidParameter(), on: req.sql) else { throw Abort(.notFound) }
        let form = try req.content.decode(DecisionForm.self)
        let t = Texts.Bookings.self
        switch form.action {
        case "withdraw":
            guard booking.requesterUserID == user.id else { throw Abort(.forbidden) }
            let done = try await BookingWriter.withdraw(booking.id, userID: user.id, on: req.db)
            return .seeOther(SiteURL.bookings.path, notice: done ? "zurueckgezogen" : "nicht-offen")
        case "confirm", "decline":
            guard let scope = EditScope(user: user), scope.mayEdit(ownerID: booking.placeOwnerUserID, actorID: booking.placeOwnerActorID, areaID: booking.placeAreaID)
            else { throw Abort(.forbidden) }
            if form.action == "confirm" {
                guard booking.startsAt > req.now.timeIntervalSince1970 else {
                    throw GermanError(status: .unprocessableEntity, reason: t.confirmPast)
                }
                switch try await BookingWriter.confirm(booking.id, by: user.id, now: req.now, on: req.db) {
                case .confirmed: return .seeOther(SiteURL.bookings.path, notice: "bestaetigt")
                case .taken: return .seeOther(SiteURL.bookings.path, notice: "belegt")
                case .notOpen: return .seeOther(SiteURL.bookings.path, notice: "nicht-offen")
                }
            }
            var errors = FormErrors()
            let field = "note-\(booking.id.uuidString)"
            let note = FormInput.optionalText(form.note, field: field, max: 300, errors: &errors)
            guard errors.isEmpty else {
                return try await page(req, user: user, errors: errors, kept: [field: form.note ?? ""], notice: nil,
                                      status: .unprocessableEntity)
            }
            let done = try await BookingWriter.decline(booking.id, by: user.id, note: note, now: req.now, on: req.db)
            return .seeOther(SiteURL.bookings.path, notice: done ? "abgelehnt" : "nicht-offen")
        default:
            throw GermanError(status: .unprocessableEntity, reason: t.actionUnknown)
        }
    }

    private static func page(_ req: Request, user: CurrentUser, errors: FormErrors, kept: [String: String], notice: String?,
                             status: HTTPResponseStatus) async throws -> Response {
        let scope = EditScope(user: user)
        var toDecide: [BookingQueries.Booking]?
        if let scope { toDecide = try await BookingQueries.toDecide(for: scope, now: req.now, on: req.sql) }
        let mine = try await BookingQueries.mine(userID: user.id, on: req.sql)
        return BookingPages.list(toDecide: toDecide, mine: mine, errors: errors, kept: kept, notice: notice,
                                 now: req.now, context: req.pageContext).response(status)
    }
}
