import GemeinsamCore

/// German text of volunteer hours and the review queue of the Börse.
extension Texts {
    enum Volunteer {
        static var title: String { UIText.text("volunteer.title") }
        static var intro: String { UIText.text("volunteer.intro") }
        static var logHeading: String { UIText.text("volunteer.logHeading") }
        static var noMatches: String { UIText.text("volunteer.noMatches") }
        static var matchLabel: String { UIText.text("volunteer.matchLabel") }
        static var dateLabel: String { UIText.text("volunteer.dateLabel") }
        static var dateHint: String { UIText.text("volunteer.dateHint") }
        static var durationLabel: String { UIText.text("volunteer.durationLabel") }
        static var durationHint: String { UIText.text("volunteer.durationHint") }
        static var activityLabel: String { UIText.text("volunteer.activityLabel") }
        static var activityHint: String { UIText.text("volunteer.activityHint") }
        static var organisationLabel: String { UIText.text("volunteer.organisationLabel") }
        static var organisationHint: String { UIText.text("volunteer.organisationHint") }
        static var actorLabel: String { UIText.text("volunteer.actorLabel") }
        static var actorNone: String { UIText.text("volunteer.actorNone") }
        static var actorHint: String { UIText.text("volunteer.actorHint") }
        static var logButton: String { UIText.text("volunteer.logButton") }
        static var logged: String { UIText.text("volunteer.logged") }
        static func yearHeading(_ year: Int) -> String { UIText.text("volunteer.yearHeading", ["year": "\(year)"]) }
        static var yearLabel: String { UIText.text("volunteer.yearLabel") }
        static var showYear: String { UIText.text("volunteer.showYear") }
        static var confirmedTotal: String { UIText.text("volunteer.confirmedTotal") }
        static var pendingTotal: String { UIText.text("volunteer.pendingTotal") }
        static var byOrganisation: String { UIText.text("volunteer.byOrganisation") }
        static var certificateLink: String { UIText.text("volunteer.certificateLink") }
        static var csvLink: String { UIText.text("volunteer.csvLink") }
        static var entriesHeading: String { UIText.text("volunteer.entriesHeading") }
        static var entriesEmpty: String { UIText.text("volunteer.entriesEmpty") }
        static var toConfirmHeading: String { UIText.text("volunteer.toConfirmHeading") }
        static var toConfirmEmpty: String { UIText.text("volunteer.toConfirmEmpty") }
        static var confirmButton: String { UIText.text("volunteer.confirmButton") }
        static var rejectButton: String { UIText.text("volunteer.rejectButton") }
        static func state(_ s: GemeinsamCore.Exchange.HoursEntry.State) -> String {
            switch s {
            case .pending: UIText.text("volunteer.state.pending")
            case .confirmed: UIText.text("volunteer.state.confirmed")
            case .rejected: UIText.text("volunteer.state.rejected")
            }
        }
        static var csvHeader: [String] { [UIText.text("volunteer.csvHeader.1"), UIText.text("volunteer.csvHeader.2"), UIText.text("volunteer.csvHeader.3"), UIText.text("volunteer.csvHeader.4"), UIText.text("volunteer.csvHeader.5"), UIText.text("volunteer.csvHeader.6"), UIText.text("volunteer.csvHeader.7")] }
        static var certificateTitle: String { UIText.text("volunteer.certificateTitle") }
        static func certificateIntro(name: String, organisation: String, year: Int) -> String {
            UIText.text("volunteer.certificateIntro", ["name": "\(name)", "year": "\(year)", "organisation": "\(organisation)"])
        }
        static func certificateTotal(_ clock: String, _ decimal: String) -> String { UIText.text("volunteer.certificateTotal", ["decimal": "\(decimal)"]) }
        static var certificateNote: String { UIText.text("volunteer.certificateNote") }
        static var certificateSignature: String { UIText.text("volunteer.certificateSignature") }
        static var printHint: String { UIText.text("volunteer.printHint") }
        static var noCertificate: String { UIText.text("volunteer.noCertificate") }
        static var defaultOrganisation: String { UIText.text("volunteer.defaultOrganisation") }
        static var errMatch: String { UIText.text("volunteer.errMatch") }
        static var errDate: String { UIText.text("volunteer.errDate") }
        static var errDateFuture: String { UIText.text("volunteer.errDateFuture") }
        static func errDateOld(_ earliest: CalendarDate) -> String { UIText.text("volunteer.errDateOld", ["earliest": "\(CalendarText.dayAndMonth(earliest))"]) }
        static var errDuration: String { UIText.text("volunteer.errDuration") }
        static var errDurationLong: String { UIText.text("volunteer.errDurationLong") }
        static var errActor: String { UIText.text("volunteer.errActor") }
        static var confirmed: String { UIText.text("volunteer.confirmed") }
        static var rejected: String { UIText.text("volunteer.rejected") }
        /// Notices on the hours page (`?hinweis=`).
        static let notices = ["eingetragen": logged, "bestaetigt": confirmed, "abgelehnt": rejected]
        static var errYear: String { UIText.text("volunteer.errYear") }
        static var errOrganisation: String { UIText.text("volunteer.errOrganisation") }
        static var errNotConfirmable: String { UIText.text("volunteer.errNotConfirmable") }
        static var activityWhat: String { UIText.text("volunteer.activityWhat") }
        static func matchOption(_ title: String, partner: String) -> String { UIText.text("volunteer.matchOption", ["title": "\(title)", "partner": "\(partner)"]) }
        static func hours(_ clock: String) -> String { UIText.text("volunteer.hours", ["clock": "\(clock)"]) }
        static func hoursWithDecimal(_ clock: String, _ decimal: String) -> String { UIText.text("volunteer.hoursWithDecimal", ["clock": "\(clock)", "decimal": "\(decimal)"]) }
        static var confirmedColumn: String { UIText.text("volunteer.confirmedColumn") }
        static var openColumn: String { UIText.text("volunteer.openColumn") }
        static func certificateLinkText(_ organisation: String, year: Int) -> String { "\(certificateLink) \(organisation) \(year)" }
        static func entriesCaption(_ year: Int) -> String { UIText.text("volunteer.entriesCaption", ["year": "\(year)"]) }
        static var backToOverview: String { UIText.text("volunteer.backToOverview") }
        static var volunteer: String { UIText.text("volunteer.volunteer") }
        static var fullNameBlank: String { UIText.text("volunteer.fullNameBlank") }
        static var confirmedTimes: String { UIText.text("volunteer.confirmedTimes") }
        static var durationHoursColumn: String { UIText.text("volunteer.durationHoursColumn") }
        static var confirmedByColumn: String { UIText.text("volunteer.confirmedByColumn") }
        static var sum: String { UIText.text("volunteer.sum") }
        static func pendingEntry(_ helper: String, date: String, hours: String, activity: String) -> String {
            UIText.text("volunteer.pendingEntry", ["helper": "\(helper)", "date": "\(date)", "hours": "\(hours)", "activity": "\(activity)"])
        }
    }

    enum Moderation {
        static var title: String { UIText.text("moderation.title") }
        static var intro: String { UIText.text("moderation.intro") }
        static var queueHeading: String { UIText.text("moderation.queueHeading") }
        static var queueEmpty: String { UIText.text("moderation.queueEmpty") }
        static var reportedHeading: String { UIText.text("moderation.reportedHeading") }
        static var logHeading: String { UIText.text("moderation.logHeading") }
        static var logEmpty: String { UIText.text("moderation.logEmpty") }
        static var restore: String { UIText.text("moderation.restore") }
        static var remove: String { UIText.text("moderation.remove") }
        static var noteLabel: String { UIText.text("moderation.noteLabel") }
        static func decision(_ code: String) -> String {
            switch code {
            case "restore": UIText.text("moderation.decision.restore")
            case "remove": UIText.text("moderation.decision.remove")
            default: code
            }
        }
        static func reports(_ n: Int) -> String { UIText.plural("moderation.reports", count: n) }
        static var listingItem: String { UIText.text("moderation.listingItem") }
        static var messageItem: String { UIText.text("moderation.messageItem") }
        static var decided: String { UIText.text("moderation.decided") }
        /// Notices on the review queue (`?hinweis=`).
        static let notices = ["entschieden": decided]
        static var errDecision: String { UIText.text("moderation.errDecision") }
        static var logCaption: String { UIText.text("moderation.logCaption") }
        static var logColumns: [String] { [UIText.text("moderation.logColumns.1"), UIText.text("moderation.logColumns.2"), UIText.text("moderation.logColumns.3"), UIText.text("moderation.logColumns.4"), UIText.text("moderation.logColumns.5")] }
        static func toNumber(_ listing: Int) -> String { UIText.text("moderation.toNumber", ["listing": "\(listing)"]) }
        static func itemHeading(isMessage: Bool) -> String { isMessage ? messageItem + UIText.text("moderation.itemHeading") : listingItem + " " }
        static var deletedAccount: String { UIText.text("moderation.deletedAccount") }
    }
}
