import Foundation
import GemeinsamCore
import SQLKit
import Vapor

/// Volunteer hours: log, confirm, yearly overview, CSV and a printable certificate per organisation.
enum VolunteerController {
    struct LogForm: Content {
        var match: String?
        var date: String?
        var duration: String?
        var activity: String?
        var organisation: String?
        /// an approved actor of the Akteursnetz that confirms (optional)
        var actor: String?
    }

    static func year(_ req: Request) throws -> Int {
        guard let raw = try? req.query.get(String.self, at: "jahr") else { return ExchangeSupport.today().year }
        guard let y = Int(raw), (2000...2100).contains(y) else {
            throw GermanError(status: .badRequest, reason: "Bitte ein Jahr zwischen 2000 und 2100 angeben.")
        }
        return y
    }

    @Sendable static func overview(req: Request) async throws -> Response {
        guard req.currentUser != nil else { return AccountController.loginRedirect(req) }
        let notice: String? = switch try? req.query.get(String.self, at: "hinweis") {
        case "eingetragen": German.Volunteer.logged
        case "bestaetigt": German.Volunteer.confirmed
        case "abgelehnt": German.Volunteer.rejected
        default: nil
        }
        return try await page(req, year: try year(req), form: LogForm(date: ExchangeSupport.germanDate(ExchangeSupport.today())),
                              errors: FormErrors(), notice: notice, status: .ok)
    }

    static func page(_ req: Request, year: Int, form: LogForm, errors: FormErrors, notice: String?,
                     status: HTTPResponseStatus) async throws -> Response {
        let user = try req.requireUser()
        let entries = try await VolunteerQueries.ofHelper(user.id, on: req.sql).map(\.entry)
        return VolunteerPages.overview(
            overview: CoreExchange.Hours.overview(entries, year: year),
            matches: try await VolunteerQueries.matches(of: user.id, on: req.sql),
            toConfirm: try await VolunteerQueries.pendingFor(confirmer: user.id, on: req.sql),
            actors: try await ActorQueries.actors(status: .approved, on: req.sql).map { FormView.Option(value: $0.id.uuidString.lowercased(), label: $0.name) },
            form: form, errors: errors, notice: notice, context: req.pageContext).response(status)
    }

    @Sendable static func log(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let form = try req.content.decode(LogForm.self)
        let sql = req.sql
        let today = ExchangeSupport.today()
        var errors = FormErrors()
        let matches = try await VolunteerQueries.matches(of: user.id, on: sql)
        let match = form.match.flatMap(UUID.init(uuidString:)).flatMap { id in matches.first { $0.requestID == id } }
        if match == nil { errors.add("match", German.Volunteer.errMatch) }
        var date: CalendarDate?
        switch ExchangeSupport.parseDate(form.date) {
        case let .success(d)?: date = d
        default: errors.add("date", German.Volunteer.errDate)
        }
        let minutes = form.duration.flatMap(CoreExchange.Hours.parseDuration)
        if minutes == nil { errors.add("duration", German.Volunteer.errDuration) }
        if let date, let minutes {
            for problem in CoreExchange.Hours.validate(date: date, minutes: minutes, today: today) {
                switch problem {
                case .notPositive: errors.add("duration", German.Volunteer.errDuration)
                case .tooLong: errors.add("duration", German.Volunteer.errDurationLong)
                case .inFuture: errors.add("date", German.Volunteer.errDateFuture)
                case let .tooOld(earliest): errors.add("date", German.Volunteer.errDateOld(earliest))
                }
            }
        }
        var activity = ""
        switch TextInput.clean(form.activity, maxLength: 200) {
        case let .success(a): activity = a
        case let .failure(p): errors.add("activity", TextInput.message(p, field: "die Tätigkeit"))
        }
        var organisation: String?
        switch TextInput.clean(form.organisation, maxLength: 120) {
        case let .success(o): organisation = o
        case .failure(.empty): organisation = nil
        case let .failure(p): errors.add("organisation", TextInput.message(p, field: "die Organisation"))
        }
        var actor: ActorQueries.Actor?
        if let raw = form.actor, !raw.isEmpty {
            if let id = UUID(uuidString: raw), let found = try await ActorQueries.actor(id, on: sql), found.isPublic {
                actor = found
            } else {
                errors.add("actor", German.Volunteer.errActor)
            }
        }
        guard errors.isEmpty, let match, let date, let minutes else {
            return try await page(req, year: today.year, form: form, errors: errors, notice: nil, status: .unprocessableEntity)
        }
        let confirmBy: String
        var confirmer: UUID?
        if actor != nil {
            confirmBy = "actor"
        } else if match.kioskSiteID != nil, match.partnerID == nil {
            confirmBy = "kiosk"
        } else {
            confirmBy = "partner"; confirmer = match.partnerID
        }
        let org = actor?.name ?? organisation ?? match.kioskOrganisation ?? German.Volunteer.defaultOrganisation
        _ = try await VolunteerQueries.insert(.init(
            requestID: match.requestID, helperID: user.id, date: date, minutes: minutes, activity: activity, organisation: org,
            confirmBy: confirmBy, confirmerID: confirmer, actorID: actor?.id,
            kioskSiteID: confirmBy == "kiosk" ? match.kioskSiteID : nil), on: sql)
        let publicURL = req.application.appConfig.publicURL
        let subject = German.Exchange.mailHoursToConfirm(user.publicName)
        let text = "\(user.publicName) hat \(CoreExchange.Hours.clock(minutes)) Stunden am \(ExchangeSupport.germanDate(date)) eingetragen. Bitte bestätigen Sie sie, wenn sie stimmen."
        if let actor {
            for editor in try await ActorQueries.editors(of: actor.id, on: sql) where editor.userID != user.id {
                try await Outbox.notify(userID: editor.userID, subject: subject, text: text, link: .boerse(.volunteer), kind: "hours",
                                        publicURL: publicURL, on: sql)
            }
        } else if let confirmer {
            try await Outbox.notify(userID: confirmer, subject: subject, text: text, link: .boerse(.volunteer), kind: "hours",
                                    publicURL: publicURL, on: sql)
        } else if let site = match.kioskSiteID {
            for staff in try await KioskQueries.staffIDs(of: site, on: sql) {
                try await Outbox.notify(userID: staff, subject: subject, text: text, link: .boerse(.kiosk), kind: "hours",
                                        publicURL: publicURL, on: sql)
            }
        }
        return ExchangeSupport.seeOther(req, .boerse(.volunteer), query: "hinweis=eingetragen")
    }

    @Sendable static func confirm(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let form = try req.content.decode(KioskController.HoursDecision.self)
        guard let id = form.entry.flatMap(UUID.init(uuidString:)), let decision = form.decision, ["confirm", "reject"].contains(decision),
              let entry = try await VolunteerQueries.find(id, on: req.sql), entry.confirmBy != "kiosk",
              entry.helperID != user.id, entry.entry.state == .pending
        else { throw GermanError(status: .unprocessableEntity, reason: "Dieser Eintrag kann hier nicht bestätigt werden.") }
        // an actor's hours: any of its editors; otherwise the named person
        let mayConfirm: Bool
        if let actorID = entry.actorID {
            mayConfirm = try await ActorQueries.isEditor(actorID: actorID, userID: user.id, on: req.sql)
        } else {
            mayConfirm = entry.confirmerID == user.id && (entry.confirmBy != "actor" || user.has(.actorEditor))
        }
        guard mayConfirm else { throw Abort(.forbidden) }
        try await VolunteerQueries.decide(id, confirm: decision == "confirm", byName: user.publicName, on: req.sql)
        return ExchangeSupport.seeOther(req, .boerse(.volunteer), query: decision == "confirm" ? "hinweis=bestaetigt" : "hinweis=abgelehnt")
    }

    @Sendable static func csv(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let year = try year(req)
        let entries = CoreExchange.Hours.overview(try await VolunteerQueries.ofHelper(user.id, on: req.sql).map(\.entry), year: year)
            .entries.sorted { $0.date < $1.date }
        let text = CoreExchange.Hours.csv(entries, header: German.Volunteer.csvHeader, stateName: German.Volunteer.state)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"ehrenamtsstunden-\(year).csv\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }

    @Sendable static func certificate(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let year = try year(req)
        guard case let .success(organisation) = TextInput.clean(try? req.query.get(String.self, at: "organisation"), maxLength: 120) else {
            throw GermanError(status: .badRequest, reason: "Bitte eine Organisation angeben.")
        }
        let entries = try await VolunteerQueries.ofHelper(user.id, on: req.sql).map(\.entry)
        guard let certificate = CoreExchange.Hours.certificate(entries, year: year, organisation: organisation) else {
            throw GermanError(status: .notFound, reason: German.Volunteer.noCertificate)
        }
        return VolunteerPages.certificate(certificate, user: user, context: req.pageContext).response()
    }
}
