import Foundation

extension Exchange {
    /// One logged stretch of volunteering after a match.
    public struct HoursEntry: Equatable, Sendable {
        public enum State: String, Codable, Sendable { case pending, confirmed, rejected }

        public var id: String
        public var date: CalendarDate
        public var minutes: Int
        public var activity: String
        /// The organisation the certificate is issued for (a kiosk's operator, an actor, or the Nachbarschaftshilfe).
        public var organisation: String
        public var state: State
        /// Who confirmed it, as shown on the certificate ("Kiosk-Team NachbarBude", "Erika M.").
        public var confirmedBy: String?

        public init(id: String, date: CalendarDate, minutes: Int, activity: String, organisation: String,
                    state: State, confirmedBy: String? = nil) {
            self.id = id
            self.date = date
            self.minutes = minutes
            self.activity = activity
            self.organisation = organisation
            self.state = state
            self.confirmedBy = confirmedBy
        }
    }

    /// Rules and summaries for volunteer hours (Ehrenamtsstunden).
    public enum Hours {
        /// At most 12 hours per entry.
        public static let maximumMinutes = 12 * 60
        /// Hours may be logged up to 400 days back (a tax year plus the time to file it).
        public static let maximumDaysBack = 400

        public enum Problem: Error, Equatable, Sendable {
            case notPositive
            case tooLong(maximum: Int)
            case inFuture
            case tooOld(earliest: CalendarDate)
        }

        public static func validate(date: CalendarDate, minutes: Int, today: CalendarDate) -> [Problem] {
            var problems: [Problem] = []
            if minutes <= 0 { problems.append(.notPositive) }
            if minutes > maximumMinutes { problems.append(.tooLong(maximum: maximumMinutes)) }
            if date > today { problems.append(.inFuture) }
            let earliest = today.adding(days: -maximumDaysBack) ?? today
            if date < earliest { problems.append(.tooOld(earliest: earliest)) }
            return problems
        }

        /// "2:30" style input or plain minutes ("90") → minutes; nil when unreadable.
        public static func parseDuration(_ text: String) -> Int? {
            let t = text.trimmingCharacters(in: .whitespaces)
            if t.isEmpty || t.count > 8 { return nil }
            let parts = t.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
            switch parts.count {
            case 1: return Int(parts[0])
            case 2:
                guard let h = Int(parts[0]), let m = Int(parts[1]), m < 60, parts[1].count == 2 else { return nil }
                return h * 60 + m
            default: return nil
            }
        }

        public struct OrganisationTotal: Equatable, Sendable {
            public var organisation: String
            public var confirmedMinutes: Int
            public var pendingMinutes: Int
            public var confirmedEntries: Int
        }

        public struct Overview: Equatable, Sendable {
            public var year: Int
            public var confirmedMinutes: Int
            public var pendingMinutes: Int
            public var organisations: [OrganisationTotal]
            public var entries: [HoursEntry]
        }

        /// A volunteer's year: totals, per organisation (alphabetical), entries by date (newest first).
        public static func overview(_ all: [HoursEntry], year: Int) -> Overview {
            let entries = all.filter { $0.date.year == year }
                .sorted { $0.date != $1.date ? $0.date > $1.date : $0.id < $1.id }
            var byOrg: [String: OrganisationTotal] = [:]
            for e in entries where e.state != .rejected {
                var t = byOrg[e.organisation] ?? OrganisationTotal(organisation: e.organisation, confirmedMinutes: 0,
                                                                   pendingMinutes: 0, confirmedEntries: 0)
                if e.state == .confirmed {
                    t.confirmedMinutes += e.minutes
                    t.confirmedEntries += 1
                } else {
                    t.pendingMinutes += e.minutes
                }
                byOrg[e.organisation] = t
            }
            let orgs = byOrg.values.sorted { $0.organisation.localizedStandardCompare($1.organisation) == .orderedAscending }
            return Overview(year: year,
                            confirmedMinutes: orgs.reduce(0) { $0 + $1.confirmedMinutes },
                            pendingMinutes: orgs.reduce(0) { $0 + $1.pendingMinutes },
                            organisations: orgs, entries: entries)
        }

        public struct Certificate: Equatable, Sendable {
            public var year: Int
            public var organisation: String
            public var entries: [HoursEntry]
            public var totalMinutes: Int
        }

        /// The confirmed hours of one year for one organisation, oldest first; nil when there are none.
        public static func certificate(_ all: [HoursEntry], year: Int, organisation: String) -> Certificate? {
            let entries = all.filter { $0.date.year == year && $0.organisation == organisation && $0.state == .confirmed }
                .sorted { $0.date != $1.date ? $0.date < $1.date : $0.id < $1.id }
            guard !entries.isEmpty else { return nil }
            return Certificate(year: year, organisation: organisation, entries: entries,
                               totalMinutes: entries.reduce(0) { $0 + $1.minutes })
        }

        /// "150" → "2:30"
        public static func clock(_ minutes: Int) -> String {
            let m = abs(minutes)
            return (minutes < 0 ? "-" : "") + "\(m / 60):" + (m % 60 < 10 ? "0" : "") + "\(m % 60)"
        }

        /// Decimal hours with a German comma: 150 → "2,5"; 20 → "0,33".
        public static func decimalHours(_ minutes: Int) -> String {
            let hundredths = (minutes * 100 + 30) / 60
            let whole = hundredths / 100, frac = hundredths % 100
            if frac == 0 { return "\(whole)" }
            if frac % 10 == 0 { return "\(whole),\(frac / 10)" }
            return "\(whole),\(frac < 10 ? "0" : "")\(frac)"
        }

        /// CSV for spreadsheets (semicolons, BOM). Cells that a spreadsheet would read as a formula are prefixed
        /// with an apostrophe.
        public static func csv(_ entries: [HoursEntry], header: [String], stateName: (HoursEntry.State) -> String) -> String {
            var rows = [header]
            for e in entries {
                rows.append([e.date.iso, String(e.minutes), decimalHours(e.minutes), e.activity, e.organisation,
                             stateName(e.state), e.confirmedBy ?? ""].map(spreadsheetSafe))
            }
            return CSV.writeForExcel(rows)
        }

        public static func spreadsheetSafe(_ cell: String) -> String { CSV.spreadsheetSafe(cell) }
    }
}
