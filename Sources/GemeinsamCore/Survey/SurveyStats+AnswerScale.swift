import Foundation

extension SurveyStats {
    /// A five-point answer scale (1 … 5) with German labels, as the UCLA items and the direct item use it.
    public protocol AnswerScale: RawRepresentable, CaseIterable, Comparable, Sendable where RawValue == Int {
        /// The labels of 1 … 5, in order.
        static var labels: [String] { get }
    }
}

extension SurveyStats.AnswerScale {
    public var label: String { Self.labels[rawValue - 1] }

    /// Reads "1"…"5" or the German label (case-insensitive); empty text is a missing answer (nil).
    public static func parse(_ text: String) throws(SurveyStatsError) -> Self? {
        let value = text.trimmingCharacters(in: .whitespaces)
        if value.isEmpty { return nil }
        if let code = Int(value), let answer = Self(rawValue: code) { return answer }
        if let answer = allCases.first(where: { $0.label == value.lowercased() }) { return answer }
        throw SurveyStatsError(.invalidValue, message: "ungültiger Wert „\(value)“ (erlaubt: 1 bis \(allCases.count), "
            + allCases.map(\.label).joined(separator: ", ") + " oder leer für keine Angabe)")
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
