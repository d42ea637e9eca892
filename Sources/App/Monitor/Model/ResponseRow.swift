import Foundation

/// A row of `survey_responses`: one anonymous answer – its wave, the day (no time), the channel, the Quartier, the
/// language it was answered in and the answers in `AnswerCodec` text, nothing else.
struct ResponseRow: Decodable, Sendable {
    var id: UUID
    var waveID: UUID
    var answeredOn: String
    /// A `SurveyChannel` raw value.
    var channel: String
    var areaID: Int?
    var answers: String
    var isSample: Bool
    /// Catalog code of the questionnaire's language ("de", "tr", …); nil only for rows written before migration 014.
    var language: String?

    var surveyChannel: SurveyChannel? { SurveyChannel(rawValue: channel) }
}

extension ResponseRow {
    /// A new response with its answers in `AnswerCodec` text.
    init(waveID: UUID, answeredOn: String, channel: SurveyChannel, areaID: Int?, answers: SurveyAnswers,
         language: String = "de", isSample: Bool = false) {
        self.init(id: UUID(), waveID: waveID, answeredOn: answeredOn, channel: channel.rawValue, areaID: areaID,
                  answers: AnswerCodec.encode(answers), isSample: isSample, language: language)
    }
}

/// How an answer reached us.
enum SurveyChannel: String, CaseIterable, Sendable {
    case online, kiosk, paper

    var index: Int { Self.allCases.firstIndex(of: self)! }

    var label: String {
        switch self {
        case .online: Texts.Monitor.channelOnline
        case .kiosk: Texts.Monitor.channelKioskShort
        case .paper: Texts.Monitor.channelPaper
        }
    }
}
