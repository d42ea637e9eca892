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
    case health
    case metrics
    case boerse(BoersePath)

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
        case .health: "/healthz"
        case .metrics: "/metrics"
        case let .boerse(page): page.path
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
    case listings

    var path: String {
        switch self {
        case .areas: "/api/v1/areas"
        case let .area(kind, code): "/api/v1/areas/\(kind)/\(code)"
        case .areaLookup: "/api/v1/areas/lookup"
        case .openAPI: "/api/v1/openapi.json"
        case .listings: "/api/v1/listings"
        }
    }

    var pathComponents: [PathComponent] { path.pathComponents }
}
