import Vapor

/// Every address of the Nachbarschaftsbörse, the kiosk channel, moderation and volunteer hours.
/// Reached through `SiteURL.boerse(_:)`, so a path is spelled only here.
enum BoersePath: Equatable {
    case overview
    case quartier(String)
    case create
    case listing(String)
    case listingStatus(String)
    case listingContact(String)
    case listingReport(String)
    case request(String)
    case requestAccept(String)
    case requestDecline(String)
    case requestWithdraw(String)
    case requestMessage(String)
    case requestBlock(String)
    case messageReport(String)
    case mine
    case digest
    case unblock
    case notifications
    case kiosk
    case kioskIntake
    case kioskConsent
    case kioskPrint
    case kioskRequest(String)
    case kioskHours
    case kioskSites
    case kioskSiteStaff
    case moderation
    case moderationDecide
    case volunteer
    case volunteerCSV
    case volunteerCertificate
    case volunteerConfirm

    var path: String {
        switch self {
        case .overview: "/boerse"
        case let .quartier(slug): "/boerse/quartier/\(slug)"
        case .create: "/boerse/neu"
        case let .listing(id): "/boerse/\(id)"
        case let .listingStatus(id): "/boerse/\(id)/stand"
        case let .listingContact(id): "/boerse/\(id)/anfrage"
        case let .listingReport(id): "/boerse/\(id)/melden"
        case let .request(id): "/boerse/anfragen/\(id)"
        case let .requestAccept(id): "/boerse/anfragen/\(id)/annehmen"
        case let .requestDecline(id): "/boerse/anfragen/\(id)/ablehnen"
        case let .requestWithdraw(id): "/boerse/anfragen/\(id)/zurueckziehen"
        case let .requestMessage(id): "/boerse/anfragen/\(id)/nachricht"
        case let .requestBlock(id): "/boerse/anfragen/\(id)/sperren"
        case let .messageReport(id): "/boerse/nachrichten/\(id)/melden"
        case .mine: "/konto/boerse"
        case .digest: "/konto/boerse/zusammenfassung"
        case .unblock: "/konto/boerse/entsperren"
        case .notifications: "/konto/benachrichtigungen"
        case .kiosk: "/kiosk"
        case .kioskIntake: "/kiosk/aufnahme"
        case .kioskConsent: "/kiosk/einwilligung"
        case .kioskPrint: "/kiosk/aushang"
        case let .kioskRequest(id): "/kiosk/anfragen/\(id)"
        case .kioskHours: "/kiosk/stunden"
        case .kioskSites: "/kiosk/orte"
        case .kioskSiteStaff: "/kiosk/orte/team"
        case .moderation: "/moderation"
        case .moderationDecide: "/moderation/entscheidung"
        case .volunteer: "/konto/ehrenamt"
        case .volunteerCSV: "/konto/ehrenamt.csv"
        case .volunteerCertificate: "/konto/ehrenamt/bescheinigung"
        case .volunteerConfirm: "/konto/ehrenamt/bestaetigen"
        }
    }

    static func listing(_ id: Int) -> BoersePath { .listing(String(id)) }
    static func request(_ id: UUID) -> BoersePath { .request(id.uuidString.lowercased()) }
}

extension SiteURL {
    static func listing(_ id: Int) -> SiteURL { .boerse(.listing(id)) }
}
