import Foundation
import GemeinsamCore

/// What the monitor estimates.
enum MonitorOutcome: String, CaseIterable, Sendable {
    /// UCLA-3 mean above „manchmal“ (Einsamkeitsbarometer definition).
    case ucla
    /// De Jong Gierveld total 2 or more (mäßig or stark einsam).
    case djg
    /// Direct item „oft“ or „immer“.
    case direct = "direkt"

    var label: String {
        switch self {
        case .ucla: UIText.text("monitorOutcome.label.ucla")
        case .djg: UIText.text("monitorOutcome.label.djg")
        case .direct: UIText.text("monitorOutcome.label.direct")
        }
    }
    var shortLabel: String {
        switch self {
        case .ucla: UIText.text("monitorOutcome.shortLabel.ucla")
        case .djg: UIText.text("monitorOutcome.shortLabel.djg")
        case .direct: UIText.text("monitorOutcome.shortLabel.direct")
        }
    }
}

/// Life situations shown as risk factors: answer key, and which answers count as „ja“.
enum RiskFactor: CaseIterable, Sendable {
    case livingAlone, moneyWorries, jobSeeking, migration, disability, singleParent

    var label: String {
        switch self {
        case .livingAlone: UIText.text("riskFactor.label.livingAlone")
        case .moneyWorries: UIText.text("riskFactor.label.moneyWorries")
        case .jobSeeking: UIText.text("riskFactor.label.jobSeeking")
        case .migration: UIText.text("riskFactor.label.migration")
        case .disability: UIText.text("riskFactor.label.disability")
        case .singleParent: UIText.text("riskFactor.label.singleParent")
        }
    }

    /// "ja", "nein" or "" (no answer or „möchte ich nicht sagen“).
    func group(_ answers: SurveyAnswers) -> String { group { answers[$0] } }

    func group(_ answer: (String) -> String?) -> String {
        switch self {
        case .jobSeeking:
            guard let work = answer(QuestionKey.work), work != "keine_angabe" else { return "" }
            return work == "arbeitsuchend" ? "ja" : "nein"
        default:
            let key: String = switch self {
            case .livingAlone: QuestionKey.livingAlone
            case .moneyWorries: QuestionKey.moneyWorries
            case .migration: QuestionKey.migration
            case .disability: QuestionKey.disability
            default: QuestionKey.singleParent
            }
            let value = answer(key)
            return value == "ja" || value == "nein" ? value! : ""
        }
    }
}
