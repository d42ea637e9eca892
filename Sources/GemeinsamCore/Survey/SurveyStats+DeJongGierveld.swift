import Foundation

extension SurveyStats {
    /// Answer scale of the De Jong Gierveld 6-item scale.
    public enum DJGAnswer: String, Sendable, CaseIterable {
        case ja = "ja"
        case mehrOderWeniger = "mehr oder weniger"
        case nein = "nein"

        public var label: String { rawValue }

        /// Reads the German label (case-insensitive, surrounding spaces ignored); empty text is a missing answer (nil).
        public static func parse(_ text: String) throws(SurveyStatsError) -> DJGAnswer? {
            let value = text.trimmingCharacters(in: .whitespaces)
            if value.isEmpty { return nil }
            let normalized = value.lowercased().split(separator: " ").joined(separator: " ")
            if let answer = DJGAnswer(rawValue: normalized) { return answer }
            throw SurveyStatsError(.invalidValue, message: "ungültiger Wert „\(value)“ (erlaubt: ja, "
                + "mehr oder weniger, nein oder leer für keine Angabe)")
        }

        /// Emotional items are worded as loneliness: „ja“ and „mehr oder weniger“ count 1.
        var emotionalPoint: Int { self == .nein ? 0 : 1 }
        /// Social items are worded as embeddedness: „nein“ and „mehr oder weniger“ count 1.
        var socialPoint: Int { self == .ja ? 0 : 1 }
    }

    /// The six De Jong Gierveld items; nil = not answered.
    public struct DJGAnswers: Sendable, Equatable {
        /// Emotional items e1–e3: „Ich erlebe eine allgemeine Leere um mich herum.“,
        /// „Ich vermisse Menschen um mich herum.“, „Ich fühle mich oft im Stich gelassen.“
        public private(set) var emotional: [DJGAnswer?]
        /// Social items s1–s3: „Es gibt genug Menschen, auf die ich zurückgreifen kann, wenn ich Probleme habe.“,
        /// „Es gibt viele Menschen, denen ich voll und ganz vertrauen kann.“,
        /// „Es gibt genug Menschen, mit denen ich mich eng verbunden fühle.“
        public private(set) var social: [DJGAnswer?]

        public init(e1: DJGAnswer?, e2: DJGAnswer?, e3: DJGAnswer?, s1: DJGAnswer?, s2: DJGAnswer?, s3: DJGAnswer?) {
            emotional = [e1, e2, e3]
            social = [s1, s2, s3]
        }

        public var score: DJGScore { DJGScore(self) }
    }

    /// Category of the De Jong Gierveld total (0–1, 2–4, 5–6).
    public enum DJGCategory: String, Sendable, CaseIterable {
        case notLonely, moderatelyLonely, severelyLonely

        /// Stable code for files and databases.
        public var code: String { rawValue }

        public var label: String {
            switch self {
            case .notLonely: "nicht einsam"
            case .moderatelyLonely: "mäßig einsam"
            case .severelyLonely: "stark einsam"
            }
        }

        public init(total: Int) {
            switch total {
            case ...1: self = .notLonely
            case 2...4: self = .moderatelyLonely
            default: self = .severelyLonely
            }
        }
    }

    /// De Jong Gierveld results with the missing-value rules: the total (0–6) is missing when more than one
    /// item is missing and is the sum of the five answered items when exactly one is missing (not rescaled);
    /// a subscale (0–3) is missing when any of its items is missing.
    public struct DJGScore: Sendable, Equatable {
        public let total: Int?
        public let emotional: Int?
        public let social: Int?
        public let category: DJGCategory?
        public let missingItems: Int

        public init(_ answers: DJGAnswers) {
            let emotionalPoints = answers.emotional.map { $0?.emotionalPoint }
            let socialPoints = answers.social.map { $0?.socialPoint }
            let all = emotionalPoints + socialPoints
            missingItems = all.filter { $0 == nil }.count
            emotional = emotionalPoints.contains(where: { $0 == nil }) ? nil : emotionalPoints.reduce(0) { $0 + $1! }
            social = socialPoints.contains(where: { $0 == nil }) ? nil : socialPoints.reduce(0) { $0 + $1! }
            let total = missingItems <= 1 ? all.reduce(0) { $0 + ($1 ?? 0) } : nil
            self.total = total
            category = total.map(DJGCategory.init(total:))
        }
    }
}
