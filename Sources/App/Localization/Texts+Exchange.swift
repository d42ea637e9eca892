import Foundation
import GemeinsamCore

/// German text of the Nachbarschaftsbörse (kiosk: `German+Kiosk`, hours and moderation: `German+Volunteer`).
extension Texts {
    enum Exchange {
        static var navLabel: String { UIText.text("exchange.navLabel") }
        static var title: String { UIText.text("exchange.title") }
        static var intro: String { UIText.text("exchange.intro") }
        static var chooseQuartier: String { UIText.text("exchange.chooseQuartier") }
        static var chooseQuartierHint: String { UIText.text("exchange.chooseQuartierHint") }
        static var show: String { UIText.text("exchange.show") }
        static var newListing: String { UIText.text("exchange.newListing") }
        static var newListingLoginHint: String { UIText.text("exchange.newListingLoginHint") }
        static var newestCitywide: String { UIText.text("exchange.newestCitywide") }
        static var emptyList: String { UIText.text("exchange.emptyList") }
        static var pleaseChoose: String { UIText.text("exchange.pleaseChoose") }
        static func dateTime(day: String, time: String) -> String { UIText.text("exchange.dateTime", ["day": "\(day)", "time": "\(time)"]) }
        static var openListings: String { UIText.text("exchange.openListings") }
        static var pages: String { UIText.text("exchange.pages") }
        static func moreAbout(_ name: String) -> String { UIText.text("exchange.moreAbout", ["name": "\(name)"]) }
        static func quartierTitle(_ name: String) -> String { UIText.text("exchange.quartierTitle", ["name": "\(name)"]) }
        static func quartierIntro(_ name: String) -> String {
            UIText.text("exchange.quartierIntro", ["name": "\(name)"])
        }
        static var filterLegend: String { UIText.text("exchange.filterLegend") }
        static var kindLabel: String { UIText.text("exchange.kindLabel") }
        static var allKinds: String { UIText.text("exchange.allKinds") }
        static var categoryLabel: String { UIText.text("exchange.categoryLabel") }
        static var allCategories: String { UIText.text("exchange.allCategories") }
        static var filterButton: String { UIText.text("exchange.filterButton") }
        static var nextPage: String { UIText.text("exchange.nextPage") }
        static var previousPage: String { UIText.text("exchange.previousPage") }
        static var quartierSectionHeading: String { UIText.text("exchange.quartierSectionHeading") }
        static var quartierSectionEmpty: String { UIText.text("exchange.quartierSectionEmpty") }
        static func quartierSectionLink(_ name: String) -> String { UIText.text("exchange.quartierSectionLink", ["name": "\(name)"]) }

        static func kind(_ kind: GemeinsamCore.Exchange.Kind) -> String {
            switch kind {
            case .request: UIText.text("exchange.kind.request")
            case .offer: UIText.text("exchange.kind.offer")
            }
        }

        static func kindLong(_ kind: GemeinsamCore.Exchange.Kind) -> String {
            switch kind {
            case .request: UIText.text("exchange.kindLong.request")
            case .offer: UIText.text("exchange.kindLong.offer")
            }
        }

        static func category(_ category: GemeinsamCore.Exchange.Category) -> String {
            switch category {
            case .company: UIText.text("exchange.category.company")
            case .walks: UIText.text("exchange.category.walks")
            case .errands: UIText.text("exchange.category.errands")
            case .techHelp: UIText.text("exchange.category.techHelp")
            case .repairs: UIText.text("exchange.category.repairs")
            case .paperwork: UIText.text("exchange.category.paperwork")
            case .childcare: UIText.text("exchange.category.childcare")
            case .lending: UIText.text("exchange.category.lending")
            case .activities: UIText.text("exchange.category.activities")
            case .other: UIText.text("exchange.category.other")
            }
        }

        static func status(_ status: GemeinsamCore.Exchange.Status) -> String {
            switch status {
            case .open: UIText.text("exchange.status.open")
            case .matched: UIText.text("exchange.status.matched")
            case .done: UIText.text("exchange.status.done")
            case .withdrawn: UIText.text("exchange.status.withdrawn")
            case .expired: UIText.text("exchange.status.expired")
            }
        }

        static func timingCode(_ code: GemeinsamCore.Exchange.Timing.Code) -> String {
            switch code {
            case .once: UIText.text("exchange.timingCode.once")
            case .regular: UIText.text("exchange.timingCode.regular")
            case .flexible: UIText.text("exchange.timingCode.flexible")
            }
        }

        static func timing(_ timing: GemeinsamCore.Exchange.Timing, note: String?) -> String {
            let base: String = switch timing {
            case let .once(date): UIText.text("exchange.timing.once", ["value": "\(CalendarText.longDate(date))"])
            case .regular: UIText.text("exchange.timing.regular")
            case .flexible: UIText.text("exchange.timing.flexible")
            }
            guard let note, !note.isEmpty else { return base }
            return "\(base) (\(note))"
        }

        static func validUntil(_ date: CalendarDate) -> String { UIText.text("exchange.validUntil", ["date": "\(CalendarText.dayAndMonth(date))"]) }
        static func via(_ site: String) -> String { UIText.text("exchange.via", ["site": "\(site)"]) }
        static func kioskOffline(_ site: String, address: String, phone: String, hours: String?) -> String {
            UIText.text("exchange.kioskOffline.1", ["site": "\(site)", "address": "\(address)", "phone": "\(phone)"])
                + (hours.map { UIText.text("exchange.kioskOffline.2", ["value": "\($0)"]) } ?? "") + "."
        }

        static func proximity(_ p: GemeinsamCore.Exchange.Proximity) -> String {
            switch p {
            case .sameQuartier: UIText.text("exchange.proximity.sameQuartier")
            case .neighbour: UIText.text("exchange.proximity.neighbour")
            case .sameDistrict: UIText.text("exchange.proximity.sameDistrict")
            }
        }

        // MARK: detail
        static var detailFacts: String { UIText.text("exchange.detailFacts") }
        static var factKind: String { UIText.text("exchange.factKind") }
        static var factCategory: String { UIText.text("exchange.factCategory") }
        static var factWho: String { UIText.text("exchange.factWho") }
        static var factQuartier: String { UIText.text("exchange.factQuartier") }
        static var factWhen: String { UIText.text("exchange.factWhen") }
        static var factValid: String { UIText.text("exchange.factValid") }
        static var factStatus: String { UIText.text("exchange.factStatus") }
        static var factVia: String { UIText.text("exchange.factVia") }
        static var suggestionsHeading: String { UIText.text("exchange.suggestionsHeading") }
        static var suggestionsEmpty: String { UIText.text("exchange.suggestionsEmpty") }
        static var hiddenNotice: String { UIText.text("exchange.hiddenNotice") }
        static var removedNotice: String { UIText.text("exchange.removedNotice") }
        static var toRequest: String { UIText.text("exchange.toRequest") }
        static var notOpenNotice: String { UIText.text("exchange.notOpenNotice") }

        static func contactButton(_ kind: GemeinsamCore.Exchange.Kind, category: GemeinsamCore.Exchange.Category) -> String {
            if category == .activities { return UIText.text("exchange.contactButton.1") }
            return kind == .request ? UIText.text("exchange.contactButton.2") : UIText.text("exchange.contactButton.3")
        }
        static var contactIntro: String { UIText.text("exchange.contactIntro") }
        static var contactLoginHint: String { UIText.text("exchange.contactLoginHint") }
        static var messageLabel: String { UIText.text("exchange.messageLabel") }
        static var messageWhat: String { UIText.text("exchange.messageWhat") }
        static var messageHint: String { UIText.text("exchange.messageHint") }
        static var contactWayLegend: String { UIText.text("exchange.contactWayLegend") }
        static var contactWayEmail: String { UIText.text("exchange.contactWayEmail") }
        static var contactWayPhone: String { UIText.text("exchange.contactWayPhone") }
        static var phoneLabel: String { UIText.text("exchange.phoneLabel") }
        static var phoneHint: String { UIText.text("exchange.phoneHint") }
        static var sendRequest: String { UIText.text("exchange.sendRequest") }
        static var alreadyRequested: String { UIText.text("exchange.alreadyRequested") }
        static var ownListing: String { UIText.text("exchange.ownListing") }
        static var manageHeading: String { UIText.text("exchange.manageHeading") }
        static var requestsHeading: String { UIText.text("exchange.requestsHeading") }
        static var requestsEmpty: String { UIText.text("exchange.requestsEmpty") }
        static var statusLegend: String { UIText.text("exchange.statusLegend") }
        static var statusButton: String { UIText.text("exchange.statusButton") }
        static var reportHeading: String { UIText.text("exchange.reportHeading") }
        static var reportIntro: String { UIText.text("exchange.reportIntro") }
        static var reportReasonLabel: String { UIText.text("exchange.reportReasonLabel") }
        static var reportNoteLabel: String { UIText.text("exchange.reportNoteLabel") }
        static var reportButton: String { UIText.text("exchange.reportButton") }
        static var reportThanks: String { UIText.text("exchange.reportThanks") }
        static var reportAlready: String { UIText.text("exchange.reportAlready") }

        static func reportReason(_ code: String) -> String {
            switch code {
            case "spam": UIText.text("exchange.reportReason.spam")
            case "money": UIText.text("exchange.reportReason.money")
            case "offensive": UIText.text("exchange.reportReason.offensive")
            case "danger": UIText.text("exchange.reportReason.danger")
            case "personal": UIText.text("exchange.reportReason.personal")
            default: UIText.text("exchange.reportReason.1")
            }
        }
        static let reportReasons = ["spam", "money", "offensive", "danger", "personal", "other"]

        // MARK: safety
        static var safetyHeading: String { UIText.text("exchange.safetyHeading") }
        static var safetyTips: [String] { [
            UIText.text("exchange.safetyTips.1"),
            UIText.text("exchange.safetyTips.2"),
            UIText.text("exchange.safetyTips.3"),
            UIText.text("exchange.safetyTips.4"),
        ] }

        // MARK: create
        static var createTitle: String { UIText.text("exchange.createTitle") }
        static var createIntro: String { UIText.text("exchange.createIntro") }
        static var kindLegend: String { UIText.text("exchange.kindLegend") }
        static var titleLabel: String { UIText.text("exchange.titleLabel") }
        static var titleWhat: String { UIText.text("exchange.titleWhat") }
        static var titleHint: String { UIText.text("exchange.titleHint") }
        static var bodyLabel: String { UIText.text("exchange.bodyLabel") }
        static var bodyWhat: String { UIText.text("exchange.bodyWhat") }
        static var bodyHint: String { UIText.text("exchange.bodyHint") }
        static var quartierLabel: String { UIText.text("exchange.quartierLabel") }
        static var quartierHint: String { UIText.text("exchange.quartierHint") }
        static var timingLegend: String { UIText.text("exchange.timingLegend") }
        static var dateLabel: String { UIText.text("exchange.dateLabel") }
        static var dateHint: String { UIText.text("exchange.dateHint") }
        static var timingNoteLabel: String { UIText.text("exchange.timingNoteLabel") }
        static var timingNoteHint: String { UIText.text("exchange.timingNoteHint") }
        static var validUntilLabel: String { UIText.text("exchange.validUntilLabel") }
        static func validUntilHint(_ days: Int) -> String {
            UIText.text("exchange.validUntilHint", ["days": "\(days)"])
        }
        static var createButton: String { UIText.text("exchange.createButton") }
        static var created: String { UIText.text("exchange.created") }

        /// Notices on a listing's page (`?hinweis=`).
        static var listingNotices: [String: String] { [
            "angelegt": created, "gemeldet": reportThanks, "bereits-gemeldet": reportAlready,
            "stand": UIText.text("exchange.listingNotices.1"), "aufgenommen": UIText.text("exchange.listingNotices.2"),
        ] }

        // MARK: errors
        static var errKind: String { UIText.text("exchange.errKind") }
        static var errCategory: String { UIText.text("exchange.errCategory") }
        static var errQuartier: String { UIText.text("exchange.errQuartier") }
        static var errTiming: String { UIText.text("exchange.errTiming") }
        static var errDateMissing: String { UIText.text("exchange.errDateMissing") }
        static var errDateFormat: String { UIText.text("exchange.errDateFormat") }
        static var errDatePast: String { UIText.text("exchange.errDatePast") }
        static func errDateTooFar(_ max: CalendarDate) -> String { UIText.text("exchange.errDateTooFar", ["max": "\(CalendarText.dayAndMonth(max))"]) }
        static var errValidPast: String { UIText.text("exchange.errValidPast") }
        static func errValidTooFar(_ max: CalendarDate) -> String { UIText.text("exchange.errValidTooFar", ["max": "\(CalendarText.dayAndMonth(max))"]) }
        static var errContactWay: String { UIText.text("exchange.errContactWay") }
        static var errPhone: String { UIText.text("exchange.errPhone") }
        static var errStatus: String { UIText.text("exchange.errStatus") }
        static var errReason: String { UIText.text("exchange.errReason") }
        static var errConsent: String { UIText.text("exchange.errConsent") }
        static var errStreet: String { UIText.text("exchange.errStreet") }
        static func errStreetAmbiguous(_ quartiere: [String]) -> String {
            UIText.text("exchange.errStreetAmbiguous", ["quartiere": "\(quartiere.joined(separator: ", "))"])
        }
        static var unknownQuartier: String { UIText.text("exchange.unknownQuartier") }
        static var errUnknownKind: String { UIText.text("exchange.errUnknownKind") }
        static var errUnknownCategory: String { UIText.text("exchange.errUnknownCategory") }
        static var errPage: String { UIText.text("exchange.errPage") }
        static func limitReached(_ action: GemeinsamCore.Exchange.Safety.Action) -> String {
            let what = switch action {
            case .listing: UIText.text("exchange.limitReached.listing")
            case .contactRequest: UIText.text("exchange.limitReached.contactRequest")
            case .message: UIText.text("exchange.limitReached.message")
            case .report: UIText.text("exchange.limitReached.report")
            case .kioskIntake: UIText.text("exchange.limitReached.kioskIntake")
            }
            return UIText.text("exchange.limitReached.1", ["what": "\(what)"])
        }
        static var blockedNotice: String { UIText.text("exchange.blockedNotice") }
        static var notFound: String { UIText.text("exchange.notFound") }
        static var requestNotFound: String { UIText.text("exchange.requestNotFound") }
        static var messageNotFound: String { UIText.text("exchange.messageNotFound") }
        static var ownMessage: String { UIText.text("exchange.ownMessage") }
        static var alreadyDecided: String { UIText.text("exchange.alreadyDecided") }
        static var notBlocked: String { UIText.text("exchange.notBlocked") }

        // MARK: API
        static func apiUnknownDistrict(_ code: String) -> String { UIText.text("exchange.apiUnknownDistrict", ["code": "\(code)"]) }
        static func apiUnknownQuartier(_ text: String) -> String {
            UIText.text("exchange.apiUnknownQuartier", ["text": "\(text)"])
        }
        static func apiUnknownKind(_ raw: String) -> String { UIText.text("exchange.apiUnknownKind", ["raw": "\(raw)"]) }
        static func apiUnknownCategory(_ raw: String) -> String {
            UIText.text("exchange.apiUnknownCategory", ["raw": "\(raw)"])
                + GemeinsamCore.Exchange.Category.allCases.map(\.rawValue).joined(separator: ", ") + "."
        }
        static func apiNumberRange(_ name: String, _ range: ClosedRange<Int>) -> String {
            UIText.text("exchange.apiNumberRange", ["name": "\(name)", "range": "\(range.lowerBound)", "range2": "\(range.upperBound)"])
        }

        // MARK: contact thread
        static var threadTitle: String { UIText.text("exchange.threadTitle") }
        static func threadHeading(_ title: String) -> String { UIText.text("exchange.threadHeading", ["title": "\(title)"]) }
        static func requestStatus(_ status: ContactRequestRow.Status) -> String {
            switch status {
            case .pending: UIText.text("exchange.requestStatus.pending")
            case .accepted: UIText.text("exchange.requestStatus.accepted")
            case .declined: UIText.text("exchange.requestStatus.declined")
            case .withdrawn: UIText.text("exchange.requestStatus.withdrawn")
            }
        }
        static var threadListing: String { UIText.text("exchange.threadListing") }
        static var threadFrom: String { UIText.text("exchange.threadFrom") }
        static var threadSent: String { UIText.text("exchange.threadSent") }
        static var recordCallback: String { UIText.text("exchange.recordCallback") }
        static var logHoursLink: String { UIText.text("exchange.logHoursLink") }
        static var requesterContactHeading: String { UIText.text("exchange.requesterContactHeading") }
        static var passedOnHeading: String { UIText.text("exchange.passedOnHeading") }
        static var acceptWayLegend: String { UIText.text("exchange.acceptWayLegend") }
        static var replyWhat: String { UIText.text("exchange.replyWhat") }
        static func listingNumber(_ id: Int) -> String { UIText.text("exchange.listingNumber", ["id": "\(id)"]) }
        static func fromPerson(_ name: String) -> String { UIText.text("exchange.fromPerson", ["name": "\(name)"]) }

        /// Notices on a request's page (`?hinweis=`).
        static var threadNotices: [String: String] { [
            "angenommen": UIText.text("exchange.threadNotices.1"),
            "abgelehnt": UIText.text("exchange.threadNotices.2"), "zurueckgezogen": UIText.text("exchange.threadNotices.3"),
            "gesendet": UIText.text("exchange.threadNotices.4"), "gesperrt": blocked,
            "gemeldet": reportThanks, "bereits-gemeldet": UIText.text("exchange.threadNotices.5"),
        ] }
        static var contactHiddenUntilAccepted: String { UIText.text("exchange.contactHiddenUntilAccepted") }
        static var contactDataHeading: String { UIText.text("exchange.contactDataHeading") }
        static var yourContactHeading: String { UIText.text("exchange.yourContactHeading") }
        static var theirContactHeading: String { UIText.text("exchange.theirContactHeading") }
        static var acceptLegend: String { UIText.text("exchange.acceptLegend") }
        static var acceptIntro: String { UIText.text("exchange.acceptIntro") }
        static var acceptButton: String { UIText.text("exchange.acceptButton") }
        static var declineButton: String { UIText.text("exchange.declineButton") }
        static var withdrawButton: String { UIText.text("exchange.withdrawButton") }
        static var messagesHeading: String { UIText.text("exchange.messagesHeading") }
        static var replyLabel: String { UIText.text("exchange.replyLabel") }
        static var replyButton: String { UIText.text("exchange.replyButton") }
        static var threadClosed: String { UIText.text("exchange.threadClosed") }
        static var reportMessage: String { UIText.text("exchange.reportMessage") }
        static var blockHeading: String { UIText.text("exchange.blockHeading") }
        static var blockIntro: String { UIText.text("exchange.blockIntro") }
        static var blockButton: String { UIText.text("exchange.blockButton") }
        static var blocked: String { UIText.text("exchange.blocked") }
        static var unblockButton: String { UIText.text("exchange.unblockButton") }
        static var youSide: String { UIText.text("exchange.youSide") }
        static var kioskSide: String { UIText.text("exchange.kioskSide") }
        static var hiddenMessage: String { UIText.text("exchange.hiddenMessage") }
        static func viaKioskContact(_ site: String, phone: String, address: String) -> String {
            UIText.text("exchange.viaKioskContact", ["site": "\(site)", "address": "\(address)", "phone": "\(phone)"])
        }
        static var emailWay: String { UIText.text("exchange.emailWay") }
        static var phoneWay: String { UIText.text("exchange.phoneWay") }

        // MARK: account
        static var myTitle: String { UIText.text("exchange.myTitle") }
        static var myListings: String { UIText.text("exchange.myListings") }
        static var myListingsEmpty: String { UIText.text("exchange.myListingsEmpty") }
        static var myRequests: String { UIText.text("exchange.myRequests") }
        static var myRequestsEmpty: String { UIText.text("exchange.myRequestsEmpty") }
        static var receivedRequests: String { UIText.text("exchange.receivedRequests") }
        static var digestHeading: String { UIText.text("exchange.digestHeading") }
        static var digestIntro: String { UIText.text("exchange.digestIntro") }
        static var digestLegend: String { UIText.text("exchange.digestLegend") }
        static var digestSave: String { UIText.text("exchange.digestSave") }
        static var digestOff: String { UIText.text("exchange.digestOff") }
        static var digestSaved: String { UIText.text("exchange.digestSaved") }
        static var digestNone: String { UIText.text("exchange.digestNone") }
        static var errDigestCategories: String { UIText.text("exchange.errDigestCategories") }
        static var blockedHeading: String { UIText.text("exchange.blockedHeading") }
        static var blockedEmpty: String { UIText.text("exchange.blockedEmpty") }
        static var notificationsTitle: String { UIText.text("exchange.notificationsTitle") }
        static var notificationsEmpty: String { UIText.text("exchange.notificationsEmpty") }
        static var notificationSent: String { UIText.text("exchange.notificationSent") }
        static var notificationQueued: String { UIText.text("exchange.notificationQueued") }
        static var accountLinksHeading: String { UIText.text("exchange.accountLinksHeading") }

        /// Notices on "Meine Nachbarschaftsbörse" (`?hinweis=`).
        static var accountNotices: [String: String] { ["gespeichert": digestSaved, "entsperrt": UIText.text("exchange.accountNotices")] }
    }
}
