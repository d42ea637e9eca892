import Foundation
import GemeinsamCore
import SQLKit
import Vapor

/// The dashboard, the gap analysis, the free-text review and the CSV downloads. Coordinators see the whole city;
/// area managers see the rows of their Quartiere (of the same city-wide tables, so suppression is the same).
enum MonitorController {
    struct Viewer: Sendable {
        var user: CurrentUser
        var isCoordinator: Bool
        /// nil = every Quartier.
        var quartiere: Set<Int>?

        func mayView(_ area: AreaRecord, geography: GeographySnapshot) -> Bool {
            guard let quartiere else { return true }
            return area.kind == .statisticalDistrict && quartiere.contains(area.id)
        }
    }

    /// nil when not logged in (pages redirect to the login); 403 for everyone but coordinators and area managers.
    static func viewer(_ req: Request) throws -> Viewer? {
        guard let user = req.currentUser else { return nil }
        if user.has(.coordinator) { return Viewer(user: user, isCoordinator: true, quartiere: nil) }
        let managed = Set(user.managedAreaIDs)
        if user.has(.areaManager), !managed.isEmpty { return Viewer(user: user, isCoordinator: false, quartiere: managed) }
        throw Abort(.forbidden)
    }

    struct Selection: Sendable {
        var waves: [WaveRecord]
        var wave: WaveRecord
        var outcome: MonitorOutcome
        var scope: AreaRecord?
        var query: MonitorQuery
    }

    /// Reads `welle`, `messgroesse` and `gebiet`; nil when there is no wave at all.
    static func selection(_ req: Request, viewer: Viewer) async throws -> Selection? {
        let waves = try await SurveyQueries.waves(on: req.sql)
        guard !waves.isEmpty else { return nil }
        let waveParam = (try? req.query.get(String.self, at: "welle")).flatMap { $0.isEmpty ? nil : $0 }
        var wave = waves.first { $0.isOpen(on: SurveyController.today()) } ?? waves[0]
        if let waveParam {
            guard let id = UUID(uuidString: waveParam), let chosen = waves.first(where: { $0.id == id }) else {
                throw GermanError(status: .notFound, reason: "Diese Befragungswelle gibt es nicht.")
            }
            wave = chosen
        }
        var outcome = MonitorOutcome.ucla
        if let raw = try? req.query.get(String.self, at: "messgroesse"), !raw.isEmpty {
            guard let parsed = MonitorOutcome(rawValue: raw) else {
                throw GermanError(status: .badRequest, reason: "Diese Messgröße gibt es nicht.")
            }
            outcome = parsed
        }
        var scope: AreaRecord?
        let areaParam = (try? req.query.get(String.self, at: "gebiet")).flatMap { $0.isEmpty ? nil : $0 }
        if let areaParam {
            let geography = req.geography
            guard let area = geography.area(kind: .statisticalDistrict, slug: areaParam)
                ?? geography.area(kind: .district, slug: areaParam) else {
                throw GermanError(status: .notFound, reason: "Dieses Gebiet gibt es nicht.")
            }
            guard viewer.mayView(area, geography: geography) else {
                throw GermanError(status: .forbidden, reason: German.Monitor.forbiddenArea)
            }
            scope = area
        }
        return Selection(waves: waves, wave: wave, outcome: outcome, scope: scope,
                         query: MonitorQuery(wave: waveParam == nil ? nil : wave.id, outcome: outcome, area: scope?.slug))
    }

    /// The wave's dataset and tables, from the cache or freshly computed.
    static func data(_ req: Request, wave: WaveRecord, outcome: MonitorOutcome) async throws -> (MonitorDataset, MonitorTables) {
        let cache = req.application.monitorCache
        let key = "\(wave.id)|\(wave.revision)|\(wave.marginSetID?.uuidString ?? "builtin")"
        let geography = req.geography
        let dataset: MonitorDataset
        if let hit = cache.dataset(key: key) {
            dataset = hit
        } else {
            guard let questionnaire = try await SurveyQueries.questionnaire(id: wave.questionnaireID, on: req.sql) else {
                throw Abort(.internalServerError)
            }
            let margins = try await MarginChoice.load(for: wave, geography: geography, on: req.sql)
            let rows = try await SurveyQueries.responses(wave: wave.id, on: req.sql)
            let isSample = try await SurveyQueries.hasSampleResponses(wave: wave.id, on: req.sql)
            dataset = MonitorDataset.build(wave: wave, questionnaire: questionnaire.definition, rows: rows, margins: margins,
                                           geography: geography, isSample: isSample)
            cache.store(dataset, key: key)
            req.logger.info("Monitor: Welle neu berechnet (\(dataset.count) Antworten, Aufbereitung und Gewichtung \(Int(dataset.builtInMilliseconds)) ms)")
        }
        if let tables = cache.tables(key: key, outcome: outcome) { return (dataset, tables) }
        let tables = try MonitorTables.build(dataset, outcome: outcome, geography: geography)
        cache.store(tables, key: key, outcome: outcome)
        req.logger.info("Monitor: Tabellen berechnet (\(outcome.rawValue), \(Int(tables.builtInMilliseconds)) ms)")
        return (dataset, tables)
    }

    // MARK: dashboard

    @Sendable static func dashboard(req: Request) async throws -> Response {
        guard let viewer = try viewer(req) else { return AccountController.loginRedirect(req) }
        guard let selection = try await selection(req, viewer: viewer) else {
            return MonitorPages.noWaves(isCoordinator: viewer.isCoordinator, context: req.pageContext).response()
        }
        let model = try await dashboardModel(req, viewer: viewer, selection: selection)
        return MonitorPages.dashboard(model, geography: req.geography, context: req.pageContext).response()
    }

    static func dashboardModel(_ req: Request, viewer: Viewer, selection s: Selection) async throws -> DashboardModel {
        let geography = req.geography
        let (dataset, tables) = try await data(req, wave: s.wave, outcome: s.outcome)
        // wishes: the chosen area, else the viewer's Quartiere, else the city
        let wishes: WishRanking
        let wishName: String
        if let scope = s.scope {
            wishes = scope.kind == .district
                ? WishRanking.build(dataset) { dataset.districtIDs[$0] == scope.id }
                : WishRanking.build(dataset) { dataset.quartierIDs[$0] == scope.id }
            wishName = (scope.kind == .district ? "Stadtbezirk " : "") + scope.name
        } else if let own = viewer.quartiere {
            wishes = WishRanking.build(dataset) { dataset.quartierIDs[$0].map(own.contains) ?? false }
            wishName = own.count == 1 ? (geography.areas[own.first!]?.name ?? "Ihr Quartier") : "Ihre Quartiere"
        } else {
            wishes = WishRanking.build(dataset) { _ in true }
            wishName = German.Monitor.wholeCity
        }
        let pending = viewer.isCoordinator ? try await SurveyQueries.countFreeTexts(wave: s.wave.id, status: "pending", on: req.sql) : 0
        let panel = viewer.isCoordinator ? try await panelComparison(req, wave: s.wave, waves: s.waves) : nil
        return DashboardModel(waves: s.waves, wave: s.wave, outcome: s.outcome, dataset: dataset, tables: tables,
                              counts: dataset.counts, isCoordinator: viewer.isCoordinator,
                              visibleQuartiere: viewer.quartiere, scope: s.scope, wishes: wishes, wishAreaName: wishName,
                              panel: panel, pendingFreeTexts: pending, query: s.query)
    }

    static func panelComparison(_ req: Request, wave: WaveRecord, waves: [WaveRecord]) async throws -> PanelComparison? {
        guard let previous = waves.filter({ $0.startsOn < wave.startsOn }).max(by: { $0.startsOn < $1.startsOn }) else { return nil }
        let after = try await SurveyQueries.panelEntries(wave: wave.id, on: req.sql)
        guard !after.isEmpty else { return nil }
        let before = try await SurveyQueries.panelEntries(wave: previous.id, on: req.sql)
        var meanPairs: ([Double], [Double]) = ([], [])
        var sharePairs: ([Bool], [Bool]) = ([], [])
        for (hash, a) in after.sorted(by: { $0.key < $1.key }) {
            guard let b = before[hash] else { continue }
            if let x = b.uclaMean, let y = a.uclaMean { meanPairs.0.append(x); meanPairs.1.append(y) }
            if let x = b.uclaBurdened, let y = a.uclaBurdened { sharePairs.0.append(x); sharePairs.1.append(y) }
        }
        guard !meanPairs.0.isEmpty || !sharePairs.0.isEmpty else { return nil }
        return PanelComparison(previousWaveName: previous.name,
                               means: MonitorStats.pairedMeans(before: meanPairs.0, after: meanPairs.1),
                               shares: MonitorStats.pairedShares(before: sharePairs.0, after: sharePairs.1))
    }

    // MARK: gap analysis

    struct GapModel: Sendable {
        struct Row: Sendable {
            var quartier: AreaRecord
            var district: AreaRecord?
            var share: SurveyStats.GroupShare?
            var source: MonitorTables.ShareSource?
            var needLow: Double?
            var needHigh: Double?
            var gap: MonitorStats.GapRow
        }
        var rows: [Row]
        var indicators: [(key: String, label: String, unit: String, explanation: String)]
    }

    static func gapModel(_ req: Request, tables: MonitorTables, viewer: Viewer) async throws -> GapModel {
        let geography = req.geography
        let indicators = SupplyIndicators.all
        var amounts: [[Int: Double]] = []
        for indicator in indicators { amounts.append(try await indicator.amounts(on: req.sql)) }
        let quartiere = geography.all(.statisticalDistrict)
        var best: [Int: (SurveyStats.GroupShare, MonitorTables.ShareSource)] = [:]
        var areas: [MonitorStats.GapArea] = []
        for q in quartiere {
            let found = tables.bestShare(quartier: q, geography: geography)
            if let found { best[q.id] = found }
            let population = q.population.map(Double.init)
            areas.append(MonitorStats.GapArea(
                id: String(q.id), population: population,
                need: product(found?.0.share, population),
                supply: amounts.map { $0[q.id] ?? 0 }))
        }
        let ranked = MonitorStats.rankGaps(areas)
        var rows: [GapModel.Row] = []
        for gap in ranked {
            guard let id = Int(gap.id), let q = geography.areas[id], viewer.mayView(q, geography: geography) else { continue }
            let share = best[id]
            let population = q.population.map(Double.init)
            rows.append(GapModel.Row(quartier: q, district: geography.parent(of: q), share: share?.0, source: share?.1,
                                     needLow: product(share?.0.ciLow, population),
                                     needHigh: product(share?.0.ciHigh, population), gap: gap))
        }
        return GapModel(rows: rows, indicators: indicators.map { ($0.key, $0.label, $0.unitPerThousand, $0.explanation) })
    }

    static func product(_ a: Double?, _ b: Double?) -> Double? {
        guard let a, let b else { return nil }
        return a * b
    }

    @Sendable static func gaps(req: Request) async throws -> Response {
        guard let viewer = try viewer(req) else { return AccountController.loginRedirect(req) }
        guard let s = try await selection(req, viewer: viewer) else {
            return MonitorPages.noWaves(isCoordinator: viewer.isCoordinator, context: req.pageContext).response()
        }
        let model = try await dashboardModel(req, viewer: viewer, selection: s)
        let gaps = try await gapModel(req, tables: model.tables, viewer: viewer)
        return MonitorPages.gaps(model, gaps: gaps, geography: req.geography, context: req.pageContext).response()
    }

    // MARK: free texts

    /// Where a free text may be placed: its Quartier with at least 10 answers, else its Stadtbezirk with at least
    /// 10, else nowhere.
    static func displayArea(_ areaID: Int?, dataset: MonitorDataset, geography: GeographySnapshot) -> AreaRecord? {
        guard let areaID, let quartier = geography.areas[areaID] else { return nil }
        let quartierAnswers = dataset.quartierIDs.reduce(0) { $0 + ($1 == areaID ? 1 : 0) }
        if quartierAnswers >= MonitorStats.minimumAnswers { return quartier }
        guard let district = geography.parent(of: quartier) else { return nil }
        let districtAnswers = dataset.districtIDs.reduce(0) { $0 + ($1 == district.id ? 1 : 0) }
        return districtAnswers >= MonitorStats.minimumAnswers ? district : nil
    }

    struct FreeTextModel: Sendable {
        var pending: [SurveyQueries.FreeText]
        var approved: [(area: AreaRecord?, text: SurveyQueries.FreeText)]
    }

    static func freeTextModel(_ req: Request, viewer: Viewer, wave: WaveRecord, dataset: MonitorDataset) async throws -> FreeTextModel {
        let geography = req.geography
        let pending = viewer.isCoordinator ? try await SurveyQueries.freeTexts(wave: wave.id, status: "pending", on: req.sql) : []
        var approved: [(area: AreaRecord?, text: SurveyQueries.FreeText)] = []
        for text in try await SurveyQueries.freeTexts(wave: wave.id, status: "approved", on: req.sql) {
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

    @Sendable static func freeTexts(req: Request) async throws -> Response {
        guard let viewer = try viewer(req) else { return AccountController.loginRedirect(req) }
        guard let s = try await selection(req, viewer: viewer) else {
            return MonitorPages.noWaves(isCoordinator: viewer.isCoordinator, context: req.pageContext).response()
        }
        let model = try await dashboardModel(req, viewer: viewer, selection: s)
        let texts = try await freeTextModel(req, viewer: viewer, wave: s.wave, dataset: model.dataset)
        return MonitorPages.freeTexts(model, texts: texts, context: req.pageContext).response()
    }

    struct ReviewForm: Content { var id: String?; var entscheidung: String?; var welle: String? }

    @Sendable static func review(req: Request) async throws -> Response {
        guard req.currentUser != nil else { return AccountController.loginRedirect(req) }
        _ = try req.requireRole(.coordinator)
        let form = try req.content.decode(ReviewForm.self)
        guard let id = form.id.flatMap(UUID.init(uuidString:)), let decision = form.entscheidung,
              ["freigeben", "ablehnen"].contains(decision) else {
            throw GermanError(status: .badRequest, reason: "Bitte wählen Sie einen Text und eine Entscheidung.")
        }
        guard try await SurveyQueries.review(freeText: id, approve: decision == "freigeben", on: req.sql) else {
            throw GermanError(status: .notFound, reason: "Dieser Text ist nicht (mehr) in der Prüfliste.")
        }
        let wave = form.welle.flatMap(UUID.init(uuidString:)).map { "?welle=\($0.uuidString)" } ?? ""
        return req.redirect(to: SiteURL.monitorFreeTexts.path + wave, redirectType: .normal)
    }

    // MARK: CSV

    @Sendable static func csv(req: Request) async throws -> Response {
        guard let viewer = try viewer(req) else { return AccountController.loginRedirect(req) }
        let name = req.parameters.get("tabelle") ?? ""
        guard MonitorCSV.tables.contains(name) else { throw Abort(.notFound) }
        if !viewer.isCoordinator, MonitorCSV.coordinatorOnly.contains(name) { throw Abort(.forbidden) }
        guard let s = try await selection(req, viewer: viewer) else { throw Abort(.notFound) }
        let model = try await dashboardModel(req, viewer: viewer, selection: s)
        let rows: [[String]]
        switch name {
        case "luecken":
            rows = MonitorCSV.gaps(try await gapModel(req, tables: model.tables, viewer: viewer))
        case "freitexte":
            rows = MonitorCSV.freeTexts(try await freeTextModel(req, viewer: viewer, wave: s.wave, dataset: model.dataset))
        default:
            rows = MonitorCSV.rows(name, model: model, geography: req.geography)
        }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"einsamkeitsmonitor-\(name).csv\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(string: CSV.writeForExcel(rows)))
    }
}
