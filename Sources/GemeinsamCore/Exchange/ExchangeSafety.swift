import Foundation

extension Exchange {
    /// Reports, hiding and per-day limits.
    public enum Safety {
        /// After this many reports from different accounts a listing or message is hidden until a moderator decides.
        public static let reportThreshold = 3

        /// Whether the reports (one reporter key per report) hide the item: counts distinct reporters only, so one
        /// account reporting many times counts once.
        public static func hiddenByReports<Reporter: Hashable>(_ reporters: [Reporter]) -> Bool {
            Set(reporters).count >= reportThreshold
        }

        public enum Action: String, CaseIterable, Sendable {
            case listing
            case contactRequest
            case message
            case report
            case kioskIntake
        }

        /// How often an account may do something within 24 hours.
        public static func dailyLimit(_ action: Action) -> Int {
            switch action {
            case .listing: 5
            case .contactRequest: 10
            case .message: 60
            case .report: 20
            case .kioskIntake: 80
            }
        }

        /// Whether one more action is allowed when `done` were already made in the last 24 hours.
        public static func allows(_ action: Action, alreadyDone done: Int) -> Bool {
            done < dailyLimit(action)
        }

        /// Start of the 24-hour window (seconds since 1970).
        public static func windowStart(now: Double) -> Double { now - 24 * 60 * 60 }
    }
}
