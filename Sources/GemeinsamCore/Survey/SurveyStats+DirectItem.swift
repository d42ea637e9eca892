import Foundation

extension SurveyStats {
    /// Direct item „Wie oft fühlen Sie sich einsam?“ (1 = nie … 5 = immer).
    public enum DirectLonelinessAnswer: Int, AnswerScale {
        case nie = 1, selten, manchmal, oft, immer

        public static let labels = ["nie", "selten", "manchmal", "oft", "immer"]

        /// „oft“ or „immer“: the usual cut-off when the direct item is reported as a share.
        public var isFrequent: Bool { self >= .oft }
    }
}
