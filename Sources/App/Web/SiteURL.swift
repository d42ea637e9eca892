import Foundation
import Vapor

/// Every page address of the site in one place. Routes are registered from these cases and links are built
/// from them, so a path is never spelled twice.
enum SiteURL: Equatable {
    case home
    case search
    case quartiere
    case quartier(String)
    case districts
    case district(String)
    case imprint
    case privacy
    case accessibility
    case register
    case login
    case logout
    case account
    case accountData
    case accountPassword
    case accountDelete
    case adminRoles
    case adminAudit
    case stylesheet
    // Einsamkeitsmonitor
    case survey
    case surveyPaper
    case surveyThanks
    case kioskSurvey
    case monitor
    case monitorGaps
    case monitorFreeTexts
    case monitorFreeTextReview
    case monitorManage
    case monitorCSV(String)
    case monitorQuestionnaireJSON(String)
    case monitorQuestionnaireVersion
    case monitorWaves
    case monitorWaveWeighting
    case monitorCodes
    case monitorMargins
    case health
    case metrics

    /// A placeholder that registers a route parameter, e.g. `.quartier(SiteURL.parameter("slug"))`.
    static func parameter(_ name: String) -> String { ":" + name }

    var path: String {
        switch self {
        case .home: "/"
        case .search: "/suche"
        case .quartiere: "/quartiere"
        case let .quartier(slug): "/quartiere/\(slug)"
        case .districts: "/stadtbezirke"
        case let .district(slug): "/stadtbezirke/\(slug)"
        case .imprint: "/impressum"
        case .privacy: "/datenschutz"
        case .accessibility: "/barrierefreiheit"
        case .register: "/konto/registrieren"
        case .login: "/konto/anmelden"
        case .logout: "/konto/abmelden"
        case .account: "/konto"
        case .accountData: "/konto/daten.json"
        case .accountPassword: "/konto/passwort"
        case .accountDelete: "/konto/loeschen"
        case .adminRoles: "/admin/rollen"
        case .adminAudit: "/admin/protokoll"
        case .stylesheet: "/static/gemeinsam.css"
        case .survey: "/umfrage"
        case .surveyPaper: "/umfrage/papier"
        case .surveyThanks: "/umfrage/danke"
        case .kioskSurvey: "/kiosk/umfrage"
        case .monitor: "/monitor"
        case .monitorGaps: "/monitor/luecken"
        case .monitorFreeTexts: "/monitor/freitexte"
        case .monitorFreeTextReview: "/monitor/freitexte/pruefen"
        case .monitorManage: "/monitor/fragebogen"
        case let .monitorCSV(table): "/monitor/csv/\(table)"
        case let .monitorQuestionnaireJSON(id): "/monitor/fragebogen/json/\(id)"
        case .monitorQuestionnaireVersion: "/monitor/fragebogen/version"
        case .monitorWaves: "/monitor/wellen"
        case .monitorWaveWeighting: "/monitor/wellen/gewichtung"
        case .monitorCodes: "/monitor/codes"
        case .monitorMargins: "/monitor/randverteilungen"
        case .health: "/healthz"
        case .metrics: "/metrics"
        }
    }

    var pathComponents: [PathComponent] { path.pathComponents }

    func absoluteURL(base: String) -> String { base + path }
}

/// The JSON API under `/api/v1`.
enum APIURL {
    case areas
    case area(kind: String, code: String)
    case areaLookup
    case openAPI

    var path: String {
        switch self {
        case .areas: "/api/v1/areas"
        case let .area(kind, code): "/api/v1/areas/\(kind)/\(code)"
        case .areaLookup: "/api/v1/areas/lookup"
        case .openAPI: "/api/v1/openapi.json"
        }
    }

    var pathComponents: [PathComponent] { path.pathComponents }
}
