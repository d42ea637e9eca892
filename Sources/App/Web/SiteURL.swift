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
    case languages
    case register
    case login
    case logout
    case account
    case accountData
    case accountPassword
    case accountDelete
    case accountLanguage
    case adminRoles
    case adminAudit
    // Begegnung: finding
    case quartierOffers(String)
    case quartierCalendar(String)
    case quartierNotice(String)
    case offer(String)
    case offerCalendar(String)
    case place(String)
    case placeCalendar(String)
    case placeNotice(String)
    // Begegnung: editing and rooms
    case offersManage
    case offerNew
    case offerEdit(String)
    case offerStatus(String)
    case offerHistory(String)
    case placeNew
    case placeEdit(String)
    case placeStatus(String)
    case placeHistory(String)
    case roomNew(place: String)
    case room(String)
    case roomEdit(String)
    case roomRequest(String)
    case bookings
    case bookingDecision(String)
    case placeTypes
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
    // Akteursnetz
    case actors
    case actorsCSV
    case actorsGeoJSON
    case actorsMine
    case actorNew
    case actorsReview
    case actor(String)
    case actorEdit(String)
    /// The translation page of an offer, place, listing or actor (`ContentTranslationController`).
    case contentTranslations(ContentKind, String)
    case actorDecision(String)
    case actorChangeDecision(String)
    case actorEditors(String)
    case actorEditorRemove(String)
    case actorInvitation(String)
    case actorTies(String)
    case tieDecision(String)
    case network
    case networkCSV(String)
    case health
    case metrics
    case benchMinimal
    case boerse(BoersePath)
    case accounts(AccountPath)

    /// A placeholder that registers a route parameter, e.g. `.quartier(SiteURL.parameter("slug"))`.
    static func parameter(_ name: String) -> String { ":" + name }

    /// The address in the reader's language (`/tr/…`); German and the technical addresses have no prefix.
    var path: String {
        switch self {
        case .stylesheet, .health, .metrics, .benchMinimal: unprefixedPath
        default: LanguagePath.path(unprefixedPath, in: UIText.language)
        }
    }

    /// The address without language, as routes are registered.
    var unprefixedPath: String {
        switch self {
        case .home: "/"
        case .search: "/suche"
        case .languages: "/sprachen"
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
        case .accountLanguage: "/konto/sprache"
        case .accountDelete: "/konto/loeschen"
        case .adminRoles: "/admin/rollen"
        case .adminAudit: "/admin/protokoll"
        case let .quartierOffers(slug): "/quartiere/\(slug)/angebote"
        case let .quartierCalendar(slug): "/quartiere/\(slug)/kalender.ics"
        case let .quartierNotice(slug): "/quartiere/\(slug)/aushang"
        case let .offer(id): "/angebote/\(id)"
        case let .offerCalendar(id): "/angebote/\(id)/kalender.ics"
        case let .place(id): "/orte/\(id)"
        case let .placeCalendar(id): "/orte/\(id)/kalender.ics"
        case let .placeNotice(id): "/orte/\(id)/aushang"
        case .offersManage: "/verwalten"
        case .offerNew: "/angebote/neu"
        case let .offerEdit(id): "/angebote/\(id)/bearbeiten"
        case let .offerStatus(id): "/angebote/\(id)/status"
        case let .offerHistory(id): "/angebote/\(id)/verlauf"
        case .placeNew: "/orte/neu"
        case let .placeEdit(id): "/orte/\(id)/bearbeiten"
        case let .placeStatus(id): "/orte/\(id)/status"
        case let .placeHistory(id): "/orte/\(id)/verlauf"
        case let .roomNew(place): "/orte/\(place)/raeume/neu"
        case let .room(id): "/raeume/\(id)"
        case let .roomEdit(id): "/raeume/\(id)/bearbeiten"
        case let .roomRequest(id): "/raeume/\(id)/anfragen"
        case .bookings: "/buchungen"
        case let .bookingDecision(id): "/buchungen/\(id)/entscheidung"
        case .placeTypes: "/verwaltung/ortstypen"
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
        case .actors: "/akteure"
        case .actorsCSV: "/akteure.csv"
        case .actorsGeoJSON: "/akteure.geojson"
        case .actorsMine: "/akteure/meine"
        case .actorNew: "/akteure/neu"
        case .actorsReview: "/akteure/pruefen"
        case let .actor(id): "/akteure/\(id)"
        case let .actorEdit(id): "/akteure/\(id)/bearbeiten"
        case let .contentTranslations(kind, id): "/\(kind.pathSegment)/\(id)/uebersetzungen"
        case let .actorDecision(id): "/akteure/\(id)/entscheidung"
        case let .actorChangeDecision(id): "/akteure/\(id)/aenderung"
        case let .actorEditors(id): "/akteure/\(id)/redaktion"
        case let .actorEditorRemove(id): "/akteure/\(id)/redaktion/entfernen"
        case let .actorInvitation(token): "/akteure/einladung/\(token)"
        case let .actorTies(id): "/akteure/\(id)/kooperationen"
        case let .tieDecision(id): "/kooperationen/\(id)/entscheidung"
        case .network: "/netzwerk"
        case let .networkCSV(table): "/netzwerk/csv/\(table)"
        case .health: "/healthz"
        case .metrics: "/metrics"
        case .benchMinimal: "/bench/minimal"
        case let .boerse(page): page.path
        case let .accounts(page): page.path
        }
    }

    var pathComponents: [PathComponent] { unprefixedPath.pathComponents }

    func absoluteURL(base: String) -> String { base + path }
}

/// The JSON API under `/api/v1`.
enum APIURL {
    case areas
    case area(kind: String, code: String)
    case areaLookup
    case places
    case placesGeoJSON
    case offers
    case offer(String)
    case occurrences
    case openAPI
    case listings
    case actors
    case actor(String)
    case actorsGeoJSON
    case recommendations

    var path: String {
        switch self {
        case .areas: "/api/v1/areas"
        case let .area(kind, code): "/api/v1/areas/\(kind)/\(code)"
        case .areaLookup: "/api/v1/areas/lookup"
        case .places: "/api/v1/places"
        case .placesGeoJSON: "/api/v1/places.geojson"
        case .offers: "/api/v1/offers"
        case let .offer(id): "/api/v1/offers/\(id)"
        case .occurrences: "/api/v1/occurrences"
        case .openAPI: "/api/v1/openapi.json"
        case .listings: "/api/v1/listings"
        case .actors: "/api/v1/actors"
        case let .actor(id): "/api/v1/actors/\(id)"
        case .actorsGeoJSON: "/api/v1/actors.geojson"
        case .recommendations: "/api/v1/recommendations"
        }
    }

    var pathComponents: [PathComponent] { path.pathComponents }
}
