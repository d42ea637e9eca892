/// German text of the kiosk channel: intake for visitors without an account, call backs, printed notices.
extension Texts {
    enum Kiosk {
        static var title: String { UIText.text("kiosk.title") }
        static var dashboardTitle: String { UIText.text("kiosk.dashboardTitle") }
        static var intakeTitle: String { UIText.text("kiosk.intakeTitle") }
        static var intakeIntro: String { UIText.text("kiosk.intakeIntro") }
        static var noSite: String { UIText.text("kiosk.noSite") }
        static var siteLabel: String { UIText.text("kiosk.siteLabel") }
        static var firstNameLabel: String { UIText.text("kiosk.firstNameLabel") }
        static var firstNameHint: String { UIText.text("kiosk.firstNameHint") }
        static var initialLabel: String { UIText.text("kiosk.initialLabel") }
        static var streetLabel: String { UIText.text("kiosk.streetLabel") }
        static var streetHint: String { UIText.text("kiosk.streetHint") }
        static var quartierOrLabel: String { UIText.text("kiosk.quartierOrLabel") }
        static var quartierOrHint: String { UIText.text("kiosk.quartierOrHint") }
        static var reachLegend: String { UIText.text("kiosk.reachLegend") }
        static var reachPhone: String { UIText.text("kiosk.reachPhone") }
        static var reachVisit: String { UIText.text("kiosk.reachVisit") }
        static var consentLegend: String { UIText.text("kiosk.consentLegend") }
        static func consentLabel(_ version: String) -> String { UIText.text("kiosk.consentLabel", ["version": "\(version)"]) }
        static var intakeButton: String { UIText.text("kiosk.intakeButton") }
        static func intakeSaved(_ id: Int) -> String { UIText.text("kiosk.intakeSaved", ["id": "\(id)"]) }
        static var openItems: String { UIText.text("kiosk.openItems") }
        static var openItemsEmpty: String { UIText.text("kiosk.openItemsEmpty") }
        static var queueEmpty: String { UIText.text("kiosk.queueEmpty") }
        static var callbacksDue: String { UIText.text("kiosk.callbacksDue") }
        static var printLink: String { UIText.text("kiosk.printLink") }
        static var printTitle: String { UIText.text("kiosk.printTitle") }
        static func printHeading(_ site: String) -> String { UIText.text("kiosk.printHeading", ["site": "\(site)"]) }
        static func printFooter(_ site: String, _ phone: String) -> String {
            UIText.text("kiosk.printFooter", ["site": "\(site)", "phone": "\(phone)"])
        }
        static var confirmHoursHeading: String { UIText.text("kiosk.confirmHoursHeading") }
        static var confirmHoursEmpty: String { UIText.text("kiosk.confirmHoursEmpty") }
        static var intakeLink: String { UIText.text("kiosk.intakeLink") }
        static var queueItemTitle: String { UIText.text("kiosk.queueItemTitle") }
        static var outcomeLegend: String { UIText.text("kiosk.outcomeLegend") }
        static func outcome(_ code: String) -> String {
            switch code {
            case "acceptPhone": UIText.text("kiosk.outcome.acceptPhone")
            case "acceptKiosk": UIText.text("kiosk.outcome.acceptKiosk")
            case "decline": UIText.text("kiosk.outcome.decline")
            case "notReached": UIText.text("kiosk.outcome.notReached")
            default: code
            }
        }
        static var outcomeNoteLabel: String { UIText.text("kiosk.outcomeNoteLabel") }
        static var outcomeButton: String { UIText.text("kiosk.outcomeButton") }
        static var visitorContact: String { UIText.text("kiosk.visitorContact") }
        static var visitorVisits: String { UIText.text("kiosk.visitorVisits") }
        static func attempts(_ n: Int) -> String { UIText.plural("kiosk.attempts", count: n) }
        static var sitesTitle: String { UIText.text("kiosk.sitesTitle") }
        static var sitesIntro: String { UIText.text("kiosk.sitesIntro") }
        static var siteNameLabel: String { UIText.text("kiosk.siteNameLabel") }
        static var siteOrgLabel: String { UIText.text("kiosk.siteOrgLabel") }
        static var sitePhoneLabel: String { UIText.text("kiosk.sitePhoneLabel") }
        static var siteAddressLabel: String { UIText.text("kiosk.siteAddressLabel") }
        static var siteHoursLabel: String { UIText.text("kiosk.siteHoursLabel") }
        static var siteAdd: String { UIText.text("kiosk.siteAdd") }
        static var staffLegend: String { UIText.text("kiosk.staffLegend") }
        static var staffEmailLabel: String { UIText.text("kiosk.staffEmailLabel") }
        static var staffAdd: String { UIText.text("kiosk.staffAdd") }
        static var staffRemove: String { UIText.text("kiosk.staffRemove") }
        static func staffAdded(_ email: String, _ site: String) -> String { UIText.text("kiosk.staffAdded", ["email": "\(email)", "site": "\(site)"]) }
        static func staffRemoved(_ email: String, _ site: String) -> String { UIText.text("kiosk.staffRemoved", ["email": "\(email)", "site": "\(site)"]) }
        static var errNoSuchAccount: String { UIText.text("kiosk.errNoSuchAccount") }
        static var siteSaved: String { UIText.text("kiosk.siteSaved") }
        static var consentPageTitle: String { UIText.text("kiosk.consentPageTitle") }

        static var switchSite: String { UIText.text("kiosk.switchSite") }
        static var tryLater: String { UIText.text("kiosk.tryLater") }
        static func number(_ id: Int) -> String { UIText.text("kiosk.number", ["id": "\(id)"]) }
        static func queueItem(_ listing: Int, title: String?, from name: String) -> String {
            UIText.text("kiosk.queueItem", ["listing": "\(listing)", "title": "\(title.map { " „\($0)“" } ?? "")", "name": "\(name)"])
        }
        static func confirmedBy(_ site: String, _ staff: String) -> String { UIText.text("kiosk.confirmedBy", ["site": "\(site)", "staff": "\(staff)"]) }
        /// Notices on the kiosk's overview (`?hinweis=`; "aufgenommen" comes with the listing's number).
        static var notices: [String: String] { ["gespeichert": UIText.text("kiosk.notices")] }

        // MARK: intake
        static var firstNameWhat: String { UIText.text("kiosk.firstNameWhat") }
        static var errFirstNameOnly: String { UIText.text("kiosk.errFirstNameOnly") }
        static var errInitial: String { UIText.text("kiosk.errInitial") }
        static var errReach: String { UIText.text("kiosk.errReach") }
        static var streetWhat: String { UIText.text("kiosk.streetWhat") }
        static var quartierFromStreet: String { UIText.text("kiosk.quartierFromStreet") }
        static var phoneHint: String { UIText.text("kiosk.phoneHint") }

        // MARK: call back
        static var errOutcome: String { UIText.text("kiosk.errOutcome") }
        static func callbackHeading(_ listing: Int, title: String) -> String { UIText.text("kiosk.callbackHeading", ["listing": "\(listing)", "title": "\(title)"]) }
        static var listingBy: String { UIText.text("kiosk.listingBy") }
        static var message: String { UIText.text("kiosk.message") }
        static var attemptsSoFar: String { UIText.text("kiosk.attemptsSoFar") }
        static var note: String { UIText.text("kiosk.note") }
        static var contactAfterAcceptance: String { UIText.text("kiosk.contactAfterAcceptance") }
        static var toThread: String { UIText.text("kiosk.toThread") }

        // MARK: print and consent
        static func printAsOf(_ date: String) -> String { UIText.text("kiosk.printAsOf", ["date": "\(date)"]) }
        static var printCaption: String { UIText.text("kiosk.printCaption") }
        static var printColumns: [String] { [UIText.text("kiosk.printColumns.1"), UIText.text("kiosk.printColumns.2"), UIText.text("kiosk.printColumns.3"), UIText.text("kiosk.printColumns.4")] }
        static var consentIntro: String { UIText.text("kiosk.consentIntro") }
        static func consentVersion(_ version: String) -> String { UIText.text("kiosk.consentVersion", ["version": "\(version)"]) }

        // MARK: sites
        static var sitesCaption: String { UIText.text("kiosk.sitesCaption") }
        static var sitesColumns: [String] { [UIText.text("kiosk.sitesColumns.1"), UIText.text("kiosk.sitesColumns.2"), UIText.text("kiosk.sitesColumns.3"), UIText.text("kiosk.sitesColumns.4")] }
        static var siteNameWhat: String { UIText.text("kiosk.siteNameWhat") }
        static var siteOrgWhat: String { UIText.text("kiosk.siteOrgWhat") }
        static var siteAddressWhat: String { UIText.text("kiosk.siteAddressWhat") }
        static var errSiteExists: String { UIText.text("kiosk.errSiteExists") }
        static var errSiteChoice: String { UIText.text("kiosk.errSiteChoice") }
        static var errNoKioskRole: String { UIText.text("kiosk.errNoKioskRole") }

        /// The consent texts read out or shown to visitors, by version. A new wording gets a new version; old ones
        /// stay here so every stored consent can be traced to its text.
        static var consentTexts: [(version: String, text: String)] { [
            ("2026-01", UIText.text("kiosk.consentTexts")),
        ] }
        static var currentConsent: (version: String, text: String) { consentTexts[consentTexts.count - 1] }
    }
}
