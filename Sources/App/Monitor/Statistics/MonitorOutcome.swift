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
        case .ucla: "einsamkeitsbelastet (UCLA-3, Mittelwert über „manchmal“)"
        case .djg: "einsam nach De-Jong-Gierveld-Skala (mäßig oder stark)"
        case .direct: "fühlt sich oft oder immer einsam (direkte Frage)"
        }
    }
    var shortLabel: String {
        switch self {
        case .ucla: "einsamkeitsbelastet (UCLA-3)"
        case .djg: "einsam (De Jong Gierveld)"
        case .direct: "oft oder immer einsam"
        }
    }
}

/// Life situations shown as risk factors: answer key, and which answers count as „ja“.
enum RiskFactor: CaseIterable, Sendable {
    case livingAlone, moneyWorries, jobSeeking, migration, disability, singleParent

    var label: String {
        switch self {
        case .livingAlone: "lebt allein"
        case .moneyWorries: "häufig Geldsorgen"
        case .jobSeeking: "sucht Arbeit"
        case .migration: "eingewandert oder geflüchtet"
        case .disability: "Behinderung oder lang andauernde Erkrankung"
        case .singleParent: "alleinerziehend"
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
