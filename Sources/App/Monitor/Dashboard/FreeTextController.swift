import Foundation
import GemeinsamCore
import Vapor

/// Free-text answers: coordinators review them; approved ones are shown by area once enough answers hide who
/// wrote them.
enum FreeTextController {
    typealias T = Texts.MonitorDashboard

    @Sendable static func freeTexts(req: Request) async throws -> Response {
        try await DashboardController.withModel(req) { model in
            let texts = try await freeTextModel(req, viewer: model.viewer, wave: model.wave, dataset: model.dataset)
            return MonitorPages.freeTexts(model, texts: texts, context: req.pageContext).response()
        }
    }

    struct FreeTextModel: Sendable {
        var pending: [FreeTextRow]
        var approved: [(area: AreaRecord?, text: FreeTextRow)]
    }

    static func freeTextModel(_ req: Request, viewer: MonitorAccess.Viewer, wave: WaveRow,
                              dataset: MonitorDataset) async throws -> FreeTextModel {
        let geography = req.geography
        let pending = viewer.isCoordinator ? try await FreeTextQueries.list(wave: wave.id, status: .pending, on: req.sql) : []
        var approved: [(area: AreaRecord?, text: FreeTextRow)] = []
        for text in try await FreeTextQueries.list(wave: wave.id, status: .approved, on: req.sql) {
            let area = displayArea(text.areaID, dataset: dataset, geography: geography)
            if let own = viewer.quartiere {
                // area managers: only texts placed in one of their Quartiere
                guard let area, area.kind == .statisticalDistrict, own.contains(area.id) else { continue }
            }
            approved.append((area, text))
        }
        approved.sort { ($0.area?.name ?? "~") < ($1.area?.name ?? "~") }
        return FreeTextModel(pending: pending, approved: approved)
    }

    /// Where a free text may be placed: its Quartier with at least 10 answers, else its Stadtbezirk with at least
    /// 10, else nowhere.
    static func displayArea(_ areaID: Int?, dataset: MonitorDataset, geography: GeographySnapshot) -> AreaRecord? {
        guard let areaID, let quartier = geography.areas[areaID] else { return nil }
        let columns = dataset.columns
        if columns.quartierIDs.count(where: { $0 == areaID }) >= MonitorStats.minimumAnswers { return quartier }
        guard let district = geography.parent(of: quartier) else { return nil }
        return columns.districtIDs.count(where: { $0 == district.id }) >= MonitorStats.minimumAnswers ? district : nil
    }

    struct ReviewForm: Content { var id: String?; var entscheidung: String?; var welle: String? }

    @Sendable static func review(req: Request) async throws -> Response {
        guard try MonitorAccess.user(req, allowed: { $0.has(.coordinator) }) != nil else {
            return AccountController.loginRedirect(req)
        }
        let form = try req.content.decode(ReviewForm.self)
        guard let id = form.id.flatMap(UUID.init(uuidString:)), let decision = form.entscheidung,
              ["freigeben", "ablehnen"].contains(decision) else {
            throw GermanError(status: .badRequest, reason: T.reviewChoiceMissing)
        }
        guard try await FreeTextQueries.review(id, approve: decision == "freigeben", on: req.sql) else {
            throw GermanError(status: .notFound, reason: T.reviewTextGone)
        }
        let wave = form.welle.flatMap(UUID.init(uuidString:)).map { [("welle", $0.uuidString)] } ?? []
        return .seeOther(.monitorFreeTexts, query: wave)
    }
}
