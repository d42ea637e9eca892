import Foundation

extension SurveyStats {
    /// Answer scale of the UCLA-3 items in the SOEP form (1 = nie … 5 = sehr oft).
    public enum Frequency: Int, AnswerScale {
        case nie = 1, selten, manchmal, oft, sehrOft

        public static let labels = ["nie", "selten", "manchmal", "oft", "sehr oft"]

        /// Points on the classic 3-point UCLA scale: nie/selten → 1, manchmal → 2, oft/sehr oft → 3.
        public var classicPoints: Int {
            switch self {
            case .nie, .selten: 1
            case .manchmal: 2
            case .oft, .sehrOft: 3
            }
        }
    }

    /// The three UCLA items in the SOEP wording; nil = not answered.
    public struct UCLA3Answers: Sendable, Equatable {
        /// „Wie oft haben Sie das Gefühl, dass Ihnen die Gesellschaft anderer fehlt?“
        public var lackCompanionship: Frequency?
        /// „… dass Sie außen vor sind?“
        public var leftOut: Frequency?
        /// „… dass Sie sozial isoliert sind?“
        public var isolated: Frequency?

        public init(lackCompanionship: Frequency?, leftOut: Frequency?, isolated: Frequency?) {
            self.lackCompanionship = lackCompanionship
            self.leftOut = leftOut
            self.isolated = isolated
        }

        public var items: [Frequency?] { [lackCompanionship, leftOut, isolated] }

        public var score: UCLA3Score { UCLA3Score(self) }
    }

    /// UCLA-3 results. Fields are nil where the missing-value rules do not allow a value.
    public struct UCLA3Score: Sendable, Equatable {
        /// Mean of the answered items on the 1…5 scale; needs at least 2 answered items.
        public let mean: Double?
        /// Einsamkeitsbarometer 2024: *einsamkeitsbelastet* if the mean is above „manchmal“ (mean > 3).
        public let burdened: Bool?
        /// Classic 3-point sum (3…9); only when all three items are answered.
        public let classicSum: Int?
        public let answeredItems: Int

        public init(_ answers: UCLA3Answers) {
            let answered = answers.items.compactMap { $0 }
            answeredItems = answered.count
            if answered.count >= 2 {
                let mean = Double(answered.reduce(0) { $0 + $1.rawValue }) / Double(answered.count)
                self.mean = mean
                burdened = mean > 3
            } else {
                mean = nil
                burdened = nil
            }
            classicSum = answered.count == 3 ? answered.reduce(0) { $0 + $1.classicPoints } : nil
        }
    }
}
