import Foundation
import GemeinsamCore
import Vapor

/// Uploading population margins for weighting (coordinators only): a CSV file or pasted text, checked by
/// `MarginImport`, shown again with German problems when it does not fit.
enum MarginUploadController {
    typealias T = Texts.MonitorManage

    struct MarginForm: Content {
        var name: String?
        var source: String?
        var asOf: String?
        var text: String?
        var file: File?
        var addDistricts: String?

        enum CodingKeys: String, CodingKey {
            case name = "rv-name", source = "rv-quelle", asOf = "rv-stand", text = "rv-inhalt", file = "rv-datei"
            case addDistricts = "rv-bezirke"
        }

        /// The typed values, to show the form again.
        var kept: [String: String] {
            ["rv-name": name ?? "", "rv-quelle": source ?? "", "rv-stand": asOf ?? "", "rv-inhalt": text ?? "",
             "rv-bezirke": addDistricts ?? ""]
        }
    }

    @Sendable static func upload(req: Request) async throws -> Response {
        guard try MonitorManageController.coordinator(req) != nil else { return AccountController.loginRedirect(req) }
        let form = try req.content.decode(MarginForm.self)
        var kept = form.kept
        var errors = FormErrors()
        let name = FormInput.text(form.name, field: "rv-name", what: T.marginNameWhat, max: 100, errors: &errors)
        let source = FormInput.text(form.source, field: "rv-quelle", what: T.marginSourceWhat, max: 300, errors: &errors)
        let asOf = MonitorManageController.day(form.asOf, field: "rv-stand", message: T.marginDateMissing, errors: &errors)
        var text = form.text ?? ""
        if let file = form.file, file.data.readableBytes > 0 {
            guard let decoded = String(data: Data(buffer: file.data), encoding: .utf8) else {
                errors.add("rv-datei", T.fileNotUTF8)
                return try await MonitorManageController.render(req, forms: .init(margins: kept), errors: errors)
            }
            text = decoded
            kept["rv-inhalt"] = ""
        }
        var rows: [SurveyStats.Margins.Row] = []
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            errors.add("rv-inhalt", T.marginTextMissing)
        } else if text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t" }) {
            errors.add("rv-inhalt", T.marginTextControlCharacters)
        } else {
            switch MarginImport.parse(csv: text, geography: req.geography, addDistricts: !(form.addDistricts ?? "").isEmpty) {
            case let .success(parsed): rows = parsed
            case let .failure(problems): errors.add("rv-inhalt", problems.messages.prefix(8).joined(separator: " "))
            }
        }
        guard errors.isEmpty, let asOf else {
            return try await MonitorManageController.render(req, forms: .init(margins: kept), errors: errors)
        }
        _ = try await MarginQueries.insert(name: name, source: source, asOf: asOf, rows: rows, isSample: false,
                                           now: req.now, on: req.db)
        return try await MonitorManageController.render(req, notice: T.marginsSaved(name, rows: rows.count))
    }
}
