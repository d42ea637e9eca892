import Foundation

extension SurveyStats {
    /// Direct item „Wie oft fühlen Sie sich einsam?“ (1 = nie … 5 = immer).
    public enum DirectLonelinessAnswer: Int, Sendable, CaseIterable, Comparable {
        case nie = 1, selten, manchmal, oft, immer

        public var label: String {
            switch self {
            case .nie: "nie"
            case .selten: "selten"
            case .manchmal: "manchmal"
            case .oft: "oft"
            case .immer: "immer"
            }
        }

        /// „oft“ or „immer“: the usual cut-off when the direct item is reported as a share.
        public var isFrequent: Bool { self >= .oft }

        /// Reads "1"…"5" or the German label (case-insensitive); empty text is a missing answer (nil).
        public static func parse(_ text: String) throws(SurveyStatsError) -> DirectLonelinessAnswer? {
            let value = text.trimmingCharacters(in: .whitespaces)
            if value.isEmpty { return nil }
            if let code = Int(value), let answer = DirectLonelinessAnswer(rawValue: code) { return answer }
            if let answer = allCases.first(where: { $0.label == value.lowercased() }) { return answer }
            throw SurveyStatsError(.invalidValue, message: "ungültiger Wert „\(value)“ (erlaubt: 1 bis 5, "
                + "nie, selten, manchmal, oft, immer oder leer für keine Angabe)")
        }

        public static func < (lhs: DirectLonelinessAnswer, rhs: DirectLonelinessAnswer) -> Bool {
            lhs.rawValue < rhs.rawValue
        }
    }
}
