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
        guard let raw = try? req.query.get(String.self, at: "jahr") else { return req.today.year }
        guard let y = Int(raw), (2000...2100).contains(y) else {
            throw GermanError(status: .badRequest, reason: Texts.Volunteer.errYear)
        }
        return y
    }

    /// Any approved actor may be named: the helper helped for it, its editors confirm.
    static func actorOptions(on sql: any SQLDatabase) async throws -> [FormView.Option] {
        try await ActorQueries.actors(status: .approved, on: sql)
            .map { FormView.Option(value: $0.id.uuidString.lowercased(), label: $0.name) }
    }

    @Sendable static func overview(req: Request) async throws -> Response {
        guard req.currentUser != nil else { return AccountController.loginRedirect(req) }
        return try await page(req, year: try year(req), form: LogForm(date: FormInput.dateText(req.today)), errors: FormErrors(),
                              notice: req.notice(from: Texts.Volunteer.notices), status: .ok)
    }

    static func page(_ req: Request, year: Int, form: LogForm, errors: FormErrors, notice: String?,
                     status: HTTPResponseStatus) async throws -> Response {
        let user = try req.requireUser()
        let entries = try await VolunteerQueries.ofHelper(user.id, on: req.sql).map(\.entry)
        let matches = try await VolunteerQueries.matches(of: user.id, on: req.sql).map { match in
            FormView.Option(value: match.requestID.uuidString,
                            label: Texts.Volunteer.matchOption(match.title, partner: match.partner(of: user.id).name))
        }
        return VolunteerPages.overview(
            overview: CoreExchange.Hours.overview(entries, year: year), matches: matches,
            toConfirm: try await VolunteerQueries.pendingFor(confirmer: user.id, on: req.sql),
            actors: try await actorOptions(on: req.sql), form: form, errors: errors, notice: notice,
            context: req.pageContext).response(status)
    }

    @Sendable static func log(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let form = try req.content.decode(LogForm.self)
        let sql = req.sql
        let today = req.today
        let t = Texts.Volunteer.self
        var errors = FormErrors()
        let matches = try await VolunteerQueries.matches(of: user.id, on: sql)
        let match = form.match.flatMap(UUID.init(uuidString:)).flatMap { id in matches.first { $0.requestID == id } }
        if match == nil { errors.add("match", t.errMatch) }
        let date = try? FormInput.date(form.date ?? "").get()
        if date == nil { errors.add("date", t.errDate) }
        let minutes = form.duration.flatMap(CoreExchange.Hours.parseDuration)
        if minutes == nil { errors.add("duration", t.errDuration) }
        if let date, let minutes {
            for problem in CoreExchange.Hours.validate(date: date, minutes: minutes, today: today) {
                switch problem {
                case .notPositive: errors.add("duration", t.errDuration)
                case .tooLong: errors.add("duration", t.errDurationLong)
                case .inFuture: errors.add("date", t.errDateFuture)
                case let .tooOld(earliest): errors.add("date", t.errDateOld(earliest))
                }
            }
        }
        let activity = FormInput.text(form.activity, field: "activity", what: t.activityWhat, max: 200, errors: &errors)
        let organisation = FormInput.optionalText(form.organisation, field: "organisation", max: 120, errors: &errors)
        let actorOptions = try await actorOptions(on: sql)
        var choiceErrors = FormErrors()
        let actorID = ActorChoice.resolve(form.actor, options: actorOptions, field: "actor", errors: &choiceErrors)
        if !choiceErrors.isEmpty { errors.add("actor", t.errActor) }
        guard errors.isEmpty, let match, let date, let minutes else {
            return try await page(req, year: today.year, form: form, errors: errors, notice: nil, status: .unprocessableEntity)
        }
        let actorName = actorID.flatMap { id in actorOptions.first { $0.value == id.uuidString.lowercased() }?.label }
        let partner = match.partner(of: user.id)
        let confirmBy = actorID != nil ? "actor" : match.isKiosk && partner.id == nil ? "kiosk" : "partner"
        let confirmer = confirmBy == "partner" ? partner.id : nil
        let organisationName = actorName ?? (organisation.isEmpty ? nil : organisation) ?? match.kioskOrganisation
            ?? t.defaultOrganisation
        try await VolunteerQueries.insert(VolunteerHoursRow(
            contactRequestID: match.requestID, helperID: user.id, date: date, minutes: minutes, activity: activity,
            organisation: organisationName, confirmBy: confirmBy, confirmerID: confirmer, actorID: actorID,
            kioskSiteID: confirmBy == "kiosk" ? match.kioskSiteID : nil, createdAt: req.now.timeIntervalSince1970), on: sql)
        let recipients: [UUID]
        var link = SiteURL.boerse(.volunteer)
        if let actorID {
            recipients = try await ActorQueries.editors(of: actorID, on: sql).map(\.userID).filter { $0 != user.id }
        } else if let confirmer {
            recipients = [confirmer]
        } else if let site = match.kioskSiteID {
            recipients = try await KioskQueries.staffIDs(of: site, on: sql)
            link = .boerse(.kiosk)
        } else {
            recipients = []
        }
        try await Outbox.notify(userIDs: recipients, subject: Texts.ExchangeMail.hoursToConfirm(user.publicName),
                                text: Texts.ExchangeMail.hoursText(user.publicName, hours: CoreExchange.Hours.clock(minutes),
                                                                    date: FormInput.dateText(date)),
                                link: link, kind: .hoursToConfirm, now: req.now,
                                publicURL: req.application.appConfig.publicURL, on: sql)
        return .seeOther(.boerse(.volunteer), notice: "eingetragen")
    }

    /// "Bestätigen" / "Nicht bestätigen" of an entry, here and on the kiosk's page.
    struct HoursDecision: Content {
        var entry: String?
        var decision: String?

        /// The entry and whether it is confirmed; nil for anything else.
        func read(on sql: any SQLDatabase) async throws -> (entry: VolunteerHoursRow, confirm: Bool)? {
            guard let id = entry.flatMap(UUID.init(uuidString:)), let decision, ["confirm", "reject"].contains(decision),
                  let row = try await VolunteerQueries.find(id, on: sql)
            else { return nil }
            return (row, decision == "confirm")
        }
    }

    @Sendable static func confirm(req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let (entry, confirm) = try await req.content.decode(HoursDecision.self).read(on: req.sql),
              entry.confirmBy != "kiosk", entry.helperID != user.id, entry.state == .pending
        else { throw GermanError(status: .unprocessableEntity, reason: Texts.Volunteer.errNotConfirmable) }
        // an actor's hours: any of its editors; otherwise the named person
        let mayConfirm: Bool
        if let actorID = entry.actorID {
            mayConfirm = try await ActorQueries.isEditor(actorID: actorID, userID: user.id, on: req.sql)
        } else {
            mayConfirm = entry.confirmerID == user.id && (entry.confirmBy != "actor" || user.editsActors)
        }
        guard mayConfirm else { throw Abort(.forbidden) }
        try await VolunteerQueries.decide(entry.id, confirm: confirm, byName: user.publicName, now: req.now, on: req.sql)
        return .seeOther(.boerse(.volunteer), notice: confirm ? "bestaetigt" : "abgelehnt")
    }

    @Sendable static func csv(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let year = try year(req)
        let entries = CoreExchange.Hours.overview(try await VolunteerQueries.ofHelper(user.id, on: req.sql).map(\.entry), year: year)
            .entries.sorted { $0.date < $1.date }
        let text = CoreExchange.Hours.csv(entries, header: Texts.Volunteer.csvHeader, stateName: Texts.Volunteer.state)
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
            throw GermanError(status: .badRequest, reason: Texts.Volunteer.errOrganisation)
        }
        let entries = try await VolunteerQueries.ofHelper(user.id, on: req.sql).map(\.entry)
        guard let certificate = CoreExchange.Hours.certificate(entries, year: year, organisation: organisation) else {
            throw GermanError(status: .notFound, reason: Texts.Volunteer.noCertificate)
        }
        return VolunteerPages.certificate(certificate, user: user, context: req.pageContext).response()
    }
}
