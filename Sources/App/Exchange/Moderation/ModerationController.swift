import Foundation
import GemeinsamCore
import Plot
import Vapor

/// The review queue for Quartiersmanagement (its Quartiere) and the Koordinierungsstelle (everything).
enum ModerationController {
    static func moderates(_ user: CurrentUser, areaID: Int) -> Bool {
        user.has(.coordinator) || user.managedAreaIDs.contains(areaID)
    }

    /// nil: every area (coordinator); otherwise the managed Quartiere.
    static func scope(_ user: CurrentUser) throws -> [Int]? {
        if user.has(.coordinator) { return nil }
        guard user.has(.areaManager), !user.managedAreaIDs.isEmpty else { throw Abort(.forbidden) }
        return user.managedAreaIDs
    }

    @Sendable static func queue(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let areas = try scope(user)
        let notice = req.notice(from: Texts.Moderation.notices)
        return ModerationPages.queue(items: try await ModerationQueries.queue(areas: areas, on: req.sql),
                                     log: try await ModerationQueries.log(areas: areas, on: req.sql), notice: notice,
                                     geography: req.geography, context: req.pageContext).response()
    }

    struct DecisionForm: Content {
        var listing: String?
        var message: String?
        var decision: String?
        var note: String?
    }

    @Sendable static func decide(req: Request) async throws -> Response {
        let user = try req.requireUser()
        _ = try scope(user)
        let form = try req.content.decode(DecisionForm.self)
        guard let decision = form.decision, ["restore", "remove"].contains(decision) else {
            throw GermanError(status: .unprocessableEntity, reason: Texts.Moderation.errDecision)
        }
        var errors = FormErrors()
        let note = FormInput.optionalText(form.note, field: "note", max: 300, errors: &errors)
        if let problem = errors["note"] { throw GermanError(status: .unprocessableEntity, reason: problem) }
        guard let listingID = form.listing.flatMap({ Int($0) }),
              let listing = try await ListingQueries.find(listingID, on: req.sql)
        else { throw GermanError(status: .notFound, reason: Texts.Exchange.notFound) }
        guard moderates(user, areaID: listing.areaID) else { throw Abort(.forbidden) }
        var messageID: UUID?
        if let raw = form.message, !raw.isEmpty {
            guard let id = UUID(uuidString: raw), let message = try await ContactQueries.message(id, on: req.sql),
                  try await ContactQueries.find(message.contactRequestID, on: req.sql)?.listingID == listingID
            else { throw GermanError(status: .notFound, reason: Texts.Exchange.messageNotFound) }
            messageID = id
        }
        try await ModerationQueries.decide(listingID: messageID == nil ? listingID : nil, messageID: messageID,
                                           areaID: listing.areaID, decision: decision, note: note,
                                           moderator: user.id, now: req.now, on: req.sql)
        return .seeOther(.boerse(.moderation), notice: "entschieden")
    }
}
