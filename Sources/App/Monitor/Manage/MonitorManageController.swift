import Foundation
import GemeinsamCore
import Vapor

/// Questionnaire versions, waves and one-time codes (coordinators only). Every form posts back to the page, which
/// shows the outcome; population margins are uploaded through `MarginUploadController`.
enum MonitorManageController {
    typealias T = Texts.MonitorManage

    static func coordinator(_ req: Request) throws -> CurrentUser? {
        try MonitorAccess.user(req) { $0.has(.coordinator) }
    }

    /// The values typed into each form, kept when it is shown again with errors.
    struct Forms: Sendable {
        var version: [String: String] = [:]
        var wave: [String: String] = [:]
        var codes: [String: String] = [:]
        var margins: [String: String] = [:]
        var weighting: [String: String] = [:]
    }

    @Sendable static func page(req: Request) async throws -> Response {
        guard try coordinator(req) != nil else { return AccountController.loginRedirect(req) }
        return try await render(req)
    }

    /// The page after a form: with the outcome, or with the form's errors (422) and its values kept.
    static func render(_ req: Request, forms: Forms = Forms(), errors: FormErrors = FormErrors(),
                       notice: String? = nil) async throws -> Response {
        let sql = req.sql
        let waves = try await WaveQueries.all(on: sql)
        var batches: [UUID: [CodeBatch]] = [:]
        for wave in waves { batches[wave.id] = try await CodeQueries.batches(wave: wave.id, on: sql) }
        let model = MonitorManagePages.Model(
            questionnaires: try await QuestionnaireQueries.all(on: sql), waves: waves,
            marginSets: try await MarginQueries.sets(on: sql), answers: try await WaveQueries.responseCounts(on: sql),
            batches: batches)
        return MonitorManagePages.page(model, forms: forms, errors: errors, notice: notice, context: req.pageContext)
            .response(errors.isEmpty ? .ok : .unprocessableEntity)
    }

    // MARK: questionnaire versions

    @Sendable static func questionnaireJSON(req: Request) async throws -> Response {
        guard try coordinator(req) != nil else { return AccountController.loginRedirect(req) }
        guard let row = try await QuestionnaireQueries.find(try req.uuidParameter(), on: req.sql),
              let questionnaire = row.questionnaire
        else { throw GermanError(status: .notFound, reason: Texts.Errors.notFound) }
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: .contentDisposition,
                             value: "attachment; filename=\"fragebogen-\(row.family)-v\(row.version).json\"")
        return Response(status: .ok, headers: headers, body: .init(data: try questionnaire.storedJSON()))
    }

    @Sendable static func newVersion(req: Request) async throws -> Response {
        guard try coordinator(req) != nil else { return AccountController.loginRedirect(req) }
        let form = try req.content.decode([String: String].self)
        var errors = FormErrors()
        let text = form["definition"] ?? ""
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            errors.add("definition", T.definitionMissing)
        } else if text.count > 200_000 {
            errors.add("definition", T.definitionTooLong)
        } else {
            do {
                let definition = try JSONDecoder().decode(Questionnaire.self, from: Data(text.utf8))
                let problems = definition.problems()
                if problems.isEmpty {
                    let (_, version) = try await QuestionnaireQueries.insert(definition, isSample: false, now: req.now,
                                                                             on: req.sql)
                    return try await render(req, notice: T.versionSaved(version))
                }
                errors.add("definition", problems.prefix(5).joined(separator: " "))
            } catch {
                errors.add("definition", T.definitionInvalid(T.jsonProblem(error)))
            }
        }
        return try await render(req, forms: Forms(version: form), errors: errors)
    }

    // MARK: waves

    @Sendable static func newWave(req: Request) async throws -> Response {
        guard try coordinator(req) != nil else { return AccountController.loginRedirect(req) }
        let form = try req.content.decode([String: String].self)
        var errors = FormErrors()
        let name = FormInput.text(form["name"], field: "name", what: T.waveNameWhat, max: 100, errors: &errors)
        let start = day(form["beginn"], field: "beginn", message: T.firstDayMissing, errors: &errors)
        let end = day(form["ende"], field: "ende", message: T.lastDayMissing, errors: &errors)
        if let start, let end, end < start { errors.add("ende", T.endBeforeStart) }
        let questionnaire = try await find(form["fragebogen"]) { try await QuestionnaireQueries.find($0, on: req.sql) }
        if questionnaire == nil { errors.add("fragebogen", T.questionnaireMissing) }
        let margin = try await marginSetID(form["gewichtung"], field: "gewichtung", req: req, errors: &errors)
        guard errors.isEmpty, let start, let end, let questionnaire else {
            return try await render(req, forms: Forms(wave: form), errors: errors)
        }
        try await WaveQueries.insert(WaveRow(questionnaireID: questionnaire.id, name: name, startsOn: start, endsOn: end,
                                             codesRequired: !(form["codes"] ?? "").isEmpty, marginSetID: margin,
                                             now: req.now), on: req.sql)
        return try await render(req, notice: T.waveCreated(name))
    }

    @Sendable static func setWeighting(req: Request) async throws -> Response {
        guard try coordinator(req) != nil else { return AccountController.loginRedirect(req) }
        let form = try req.content.decode([String: String].self)
        var errors = FormErrors()
        let wave = try await find(form["welle"]) { try await WaveQueries.find($0, on: req.sql) }
        if wave == nil { errors.add("welle", T.waveMissing) }
        let margin = try await marginSetID(form["gewichtung-welle"], field: "gewichtung-welle", req: req, errors: &errors)
        guard errors.isEmpty, let wave else {
            return try await render(req, forms: Forms(weighting: form), errors: errors)
        }
        try await WaveQueries.setMarginSet(margin, wave: wave.id, on: req.sql)
        return try await render(req, notice: T.weightingChanged(wave.name))
    }

    // MARK: codes

    @Sendable static func createCodes(req: Request) async throws -> Response {
        guard try coordinator(req) != nil else { return AccountController.loginRedirect(req) }
        let form = try req.content.decode([String: String].self)
        var errors = FormErrors()
        let wave = try await find(form["code-welle"]) { try await WaveQueries.find($0, on: req.sql) }
        if wave == nil { errors.add("code-welle", T.waveMissing) }
        let count = Int((form["anzahl"] ?? "").trimmingCharacters(in: .whitespaces)).flatMap { (1...1000).contains($0) ? $0 : nil }
        if count == nil { errors.add("anzahl", T.countInvalid) }
        let batch = FormInput.text(form["stapel"], field: "stapel", what: T.batchWhat, max: 100, errors: &errors)
        guard errors.isEmpty, let wave, let count else {
            return try await render(req, forms: Forms(codes: form), errors: errors)
        }
        let codes = try await CodeQueries.create(wave: wave.id, count: count, batch: batch, on: req.sql)
        let response = MonitorManagePages.codes(codes, wave: wave, batch: batch, context: req.pageContext).response()
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    // MARK: form values

    /// The row a form value names by its id; nil when the value is not an id or nothing has it.
    static func find<Row>(_ raw: String?, _ lookup: (UUID) async throws -> Row?) async rethrows -> Row? {
        guard let id = raw.flatMap(UUID.init(uuidString:)) else { return nil }
        return try await lookup(id)
    }

    /// A day as "TT.MM.JJJJ" or ISO, as "YYYY-MM-DD"; nil with `message` otherwise.
    static func day(_ raw: String?, field: String, message: String, errors: inout FormErrors) -> String? {
        guard case let .success(date) = FormInput.date(raw ?? "") else {
            errors.add(field, message)
            return nil
        }
        return date.iso
    }

    /// An uploaded margin set; "" = the built-in Stadtbezirk margins (nil).
    static func marginSetID(_ raw: String?, field: String, req: Request, errors: inout FormErrors) async throws -> UUID? {
        guard let raw, !raw.isEmpty else { return nil }
        guard let id = UUID(uuidString: raw), try await MarginQueries.set(id, on: req.sql) != nil else {
            errors.add(field, T.marginSetMissing)
            return nil
        }
        return id
    }
}
