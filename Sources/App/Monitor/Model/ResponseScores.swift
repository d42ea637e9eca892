import Foundation
import GemeinsamCore

/// The instruments' scores of one response, with the rules of `SurveyStats`.
struct ResponseScores: Sendable, Equatable {
    var ucla: SurveyStats.UCLA3Score
    var djg: SurveyStats.DJGScore
    var direct: SurveyStats.DirectLonelinessAnswer?

    init(_ answers: SurveyAnswers) {
        func frequency(_ key: String) -> SurveyStats.Frequency? {
            answers[key].flatMap(Int.init).flatMap(SurveyStats.Frequency.init(rawValue:))
        }
        func djgAnswer(_ key: String) -> SurveyStats.DJGAnswer? {
            answers[key].flatMap { SurveyStats.DJGAnswer(rawValue: $0.replacingOccurrences(of: "_", with: " ")) }
        }
        ucla = SurveyStats.UCLA3Answers(lackCompanionship: frequency("ucla1"), leftOut: frequency("ucla2"),
                                        isolated: frequency("ucla3")).score
        djg = SurveyStats.DJGAnswers(e1: djgAnswer("djg_e1"), e2: djgAnswer("djg_e2"), e3: djgAnswer("djg_e3"),
                                     s1: djgAnswer("djg_s1"), s2: djgAnswer("djg_s2"), s3: djgAnswer("djg_s3")).score
        direct = answers[QuestionKey.direct].flatMap(Int.init).flatMap(SurveyStats.DirectLonelinessAnswer.init(rawValue:))
    }
}
