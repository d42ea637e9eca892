import Foundation
import GemeinsamCore
import SQLKit
import Vapor

/// Questionnaire versions, waves, one-time codes and population margins (coordinators only).
enum MonitorManageController {
    static func coordinator(_ req: Request) throws -> CurrentUser? {
        guard let user = req.currentUser else { return nil }
        guard user.has(.coordinator) else { throw Abort(.forbidden) }
        return user
    }

    struct Forms: Sendable {
        var version: [String: String] = [:]
        var wave: [String: String] = [:]
        var codes: [String: String] = [:]
        var margins: [String: String] = [:]
        var weighting: [String: String] = [:]
    }

    @Sendable static func page(req: Request) async throws -> Response {
        guard try coordinator(req) != nil else { return AccountController.loginRedirect(req) }
        return try await render(req, forms: Forms(), errors: FormErrors(), notice: nil, status: .ok)
    }

    static func render(_ req: Request, forms: Forms, errors: FormErrors, notice: String?,
                       status: HTTPResponseStatus) async throws -> Response {
        let sql = req.sql
        let questionnaires = try await SurveyQueries.questionnaires(on: sql)
        let waves = try await SurveyQueries.waves(on: sql)
        let sets = try await SurveyQueries.marginSets(on: sql)
        let counts = try await sql.raw("SELECT wave_id, COUNT(*) AS n FROM survey_responses GROUP BY wave_id").all()
        var answers: [UUID: Int] = [:]
        for row in counts { answers[try row.decode(column: "wave_id", as: UUID.self)] = try row.decode(column: "n", as: Int.self) }
        var batches: [UUID: [SurveyQueries.CodeBatch]] = [:]
        for wave in waves { batches[wave.id] = try await SurveyQueries.codeBatches(wave: wave.id, on: sql) }
        return MonitorManagePages.page(questionnaires: questionnaires, waves: waves, marginSets: sets, answers: answers,
                                       batches: batches, forms: forms, errors: errors, notice: notice,
                                       context: req.pageContext).response(status)
    }

    // MARK: questionnaire versions

    @Sendable static func questionnaireJSON(req: Request) async throws -> Response {
        guard try coordinator(req) != nil else { return AccountController.loginRedirect(req) }
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let record = try await SurveyQueries.questionnaire(id: id, on: req.sql) else { throw Abort(.notFound) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: .contentDisposition,
                             value: "attachment; filename=\"fragebogen-\(record.family)-v\(record.version).json\"")
        return Response(status: .ok, headers: headers, body: .init(data: try encoder.encode(record.definition)))
    }

    @Sendable static func newVersion(req: Request) async throws -> Response {
        guard try coordinator(req) != nil else { return AccountController.loginRedirect(req) }
        let form = try req.content.decode([String: String].self)
        var errors = FormErrors()
        let text = form["definition"] ?? ""
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            errors.add("definition", "Bitte fügen Sie den Fragebogen als JSON ein.")
        } else if text.count > 200_000 {
            errors.add("definition", "Der Fragebogen ist zu lang.")
        } else {
            do {
                let definition = try JSONDecoder().decode(Questionnaire.self, from: Data(text.utf8))
                let problems = definition.problems()
                if problems.isEmpty {
                    let (_, version) = try await SurveyQueries.insertQuestionnaire(definition, isSample: false, on: req.sql)
                    return try await render(req, forms: Forms(), errors: FormErrors(),
                                            notice: "Version \(version) des Fragebogens gespeichert.", status: .ok)
                }
                errors.add("definition", problems.prefix(5).joined(separator: " "))
            } catch {
                errors.add("definition", "Das ist kein gültiger Fragebogen im JSON-Format (\(jsonProblem(error))).")
            }
        }
        return try await render(req, forms: Forms(version: form), errors: errors, notice: nil, status: .unprocessableEntity)
    }

    static func jsonProblem(_ error: any Error) -> String {
        switch error {
        case let DecodingError.keyNotFound(key, _): "das Feld „\(key.stringValue)“ fehlt"
        case let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context):
            "falscher Wert bei „\(context.codingPath.map(\.stringValue).joined(separator: "."))“"
        case let DecodingError.dataCorrupted(context):
            context.codingPath.isEmpty ? "kein gültiges JSON" : "ungültiger Wert bei „\(context.codingPath.map(\.stringValue).joined(separator: "."))“"
        default: "kein gültiges JSON"
        }
    }

    // MARK: waves

    @Sendable static func newWave(req: Request) async throws -> Response {
        guard try coordinator(req) != nil else { return AccountController.loginRedirect(req) }
        let form = try req.content.decode([String: String].self)
        var errors = FormErrors()
        var name = ""
        switch TextInput.clean(form["name"], maxLength: 100) {
        case let .success(value): name = value
        case let .failure(problem): errors.add("name", TextInput.message(problem, field: "einen Namen"))
        }
        let start = MonitorFormat.isoDate(fromGerman: form["beginn"])
        if start == nil { errors.add("beginn", "Bitte geben Sie das erste Datum als TT.MM.JJJJ ein.") }
        let end = MonitorFormat.isoDate(fromGerman: form["ende"])
        if end == nil { errors.add("ende", "Bitte geben Sie das letzte Datum als TT.MM.JJJJ ein.") }
        if let start, let end, end < start { errors.add("ende", "Das Ende muss nach dem Beginn liegen.") }
        let questionnaireID = form["fragebogen"].flatMap(UUID.init(uuidString:))
        let questionnaire = try await questionnaireID.asyncMap { try await SurveyQueries.questionnaire(id: $0, on: req.sql) } ?? nil
        if questionnaire == nil { errors.add("fragebogen", "Bitte wählen Sie einen Fragebogen.") }
        let margin = try await marginSetID(form["gewichtung"], req: req, errors: &errors)
        guard errors.isEmpty, let start, let end, let questionnaire else {
            return try await render(req, forms: Forms(wave: form), errors: errors, notice: nil, status: .unprocessableEntity)
        }
        _ = try await SurveyQueries.insertWave(questionnaireID: questionnaire.id, name: name, startsOn: start, endsOn: end,
                                               codesRequired: !(form["codes"] ?? "").isEmpty, marginSetID: margin,
                                               isSample: false, on: req.sql)
        return try await render(req, forms: Forms(), errors: FormErrors(), notice: "Befragungswelle „\(name)“ angelegt.", status: .ok)
    }

    /// "" = the built-in Stadtbezirk margins.
    static func marginSetID(_ raw: String?, req: Request, errors: inout FormErrors) async throws -> UUID? {
        guard let raw, !raw.isEmpty else { return nil }
        guard let id = UUID(uuidString: raw), try await SurveyQueries.marginSets(on: req.sql).contains(where: { $0.id == id }) else {
            errors.add("gewichtung", "Bitte wählen Sie eine Tabelle mit Bevölkerungszahlen.")
            return nil
        }
        return id
    }

    @Sendable static func setWeighting(req: Request) async throws -> Response {
        guard try coordinator(req) != nil else { return AccountController.loginRedirect(req) }
        let form = try req.content.decode([String: String].self)
        var errors = FormErrors()
        let wave = try await form["welle"].flatMap(UUID.init(uuidString:)).asyncMap { try await SurveyQueries.wave(id: $0, on: req.sql) } ?? nil
        if wave == nil { errors.add("welle", "Bitte wählen Sie eine Befragungswelle.") }
        var weightingErrors = FormErrors()
        let margin = try await marginSetID(form["gewichtung-welle"], req: req, errors: &weightingErrors)
        if let message = weightingErrors["gewichtung"] { errors.add("gewichtung-welle", message) }
        guard errors.isEmpty, let wave else {
            return try await render(req, forms: Forms(weighting: form), errors: errors, notice: nil, status: .unprocessableEntity)
        }
        try await SurveyQueries.setMarginSet(margin, wave: wave.id, on: req.sql)
        return try await render(req, forms: Forms(), errors: FormErrors(),
                                notice: "Gewichtung für „\(wave.name)“ geändert.", status: .ok)
    }

    // MARK: codes

    @Sendable static func createCodes(req: Request) async throws -> Response {
        guard try coordinator(req) != nil else { return AccountController.loginRedirect(req) }
        let form = try req.content.decode([String: String].self)
        var errors = FormErrors()
        let wave = try await form["code-welle"].flatMap(UUID.init(uuidString:)).asyncMap { try await SurveyQueries.wave(id: $0, on: req.sql) } ?? nil
        if wave == nil { errors.add("code-welle", "Bitte wählen Sie eine Befragungswelle.") }
        let count = Int((form["anzahl"] ?? "").trimmingCharacters(in: .whitespaces))
        if count == nil || !(1...1000).contains(count!) { errors.add("anzahl", "Bitte eine Anzahl von 1 bis 1.000 eingeben.") }
        var batch = ""
        switch TextInput.clean(form["stapel"], maxLength: 100) {
        case let .success(value): batch = value
        case let .failure(problem): errors.add("stapel", TextInput.message(problem, field: "eine Bezeichnung (z. B. den Ort)"))
        }
        guard errors.isEmpty, let wave, let count else {
            return try await render(req, forms: Forms(codes: form), errors: errors, notice: nil, status: .unprocessableEntity)
        }
        let codes = try await SurveyQueries.createCodes(wave: wave.id, count: count, batch: batch, on: req.sql)
        let response = MonitorManagePages.codes(codes, wave: wave, batch: batch, context: req.pageContext).response()
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    // MARK: margins

    struct MarginForm: Content {
        var name: String?
        var quelle: String?
        var stand: String?
        var inhalt: String?
        var datei: File?
        var bezirke: String?

        enum CodingKeys: String, CodingKey {
            case name = "rv-name", quelle = "rv-quelle", stand = "rv-stand", inhalt = "rv-inhalt", datei = "rv-datei", bezirke = "rv-bezirke"
        }
    }

    @Sendable static func uploadMargins(req: Request) async throws -> Response {
        guard try coordinator(req) != nil else { return AccountController.loginRedirect(req) }
        let form = try req.content.decode(MarginForm.self)
        var kept: [String: String] = ["rv-name": form.name ?? "", "rv-quelle": form.quelle ?? "", "rv-stand": form.stand ?? "",
                                      "rv-inhalt": form.inhalt ?? "", "rv-bezirke": form.bezirke ?? ""]
        var errors = FormErrors()
        var name = "", source = ""
        switch TextInput.clean(form.name, maxLength: 100) {
        case let .success(value): name = value
        case let .failure(problem): errors.add("rv-name", TextInput.message(problem, field: "einen Namen"))
        }
        switch TextInput.clean(form.quelle, maxLength: 300) {
        case let .success(value): source = value
        case let .failure(problem): errors.add("rv-quelle", TextInput.message(problem, field: "die Quelle"))
        }
        let asOf = MonitorFormat.isoDate(fromGerman: form.stand)
        if asOf == nil { errors.add("rv-stand", "Bitte geben Sie den Stand der Zahlen als TT.MM.JJJJ ein.") }
        var text = form.inhalt ?? ""
        if let file = form.datei, file.data.readableBytes > 0 {
            guard let decoded = String(data: Data(buffer: file.data), encoding: .utf8) else {
                errors.add("rv-datei", "Die Datei ist keine UTF-8-Textdatei. Bitte als CSV (UTF-8) speichern.")
                return try await render(req, forms: Forms(margins: kept), errors: errors, notice: nil, status: .unprocessableEntity)
            }
            text = decoded
            kept["rv-inhalt"] = ""
        }
        var rows: [SurveyStats.Margins.Row] = []
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            errors.add("rv-inhalt", "Bitte wählen Sie eine CSV-Datei oder fügen Sie den Inhalt ein.")
        } else if text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t" }) {
            errors.add("rv-inhalt", "Die Datei enthält unzulässige Steuerzeichen.")
        } else {
            switch MarginImport.parse(csv: text, geography: req.geography, addDistricts: !(form.bezirke ?? "").isEmpty) {
            case let .success(parsed): rows = parsed
            case let .failure(problems): errors.add("rv-inhalt", problems.messages.prefix(8).joined(separator: " "))
            }
        }
        guard errors.isEmpty, let asOf else {
            return try await render(req, forms: Forms(margins: kept), errors: errors, notice: nil, status: .unprocessableEntity)
        }
        _ = try await SurveyQueries.insertMarginSet(name: name, source: source, asOf: asOf, rows: rows, isSample: false, on: req.db)
        return try await render(req, forms: Forms(), errors: FormErrors(),
                                notice: "Bevölkerungszahlen „\(name)“ gespeichert (\(rows.count) Zeilen).", status: .ok)
    }
}

