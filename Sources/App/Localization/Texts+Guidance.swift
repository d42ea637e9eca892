import GemeinsamCore

extension Texts {
    /// The recommendations API (Wegbegleitung).
    enum Guidance {
        static var areaMissing: String { UIText.text("guidance.areaMissing") }
        static func unknownArea(_ code: String) -> String { UIText.text("guidance.unknownArea", ["code": code]) }
        static var streetInvalid: String { UIText.text("guidance.streetInvalid") }
        static func unknownStreet(_ street: String, _ quartier: String) -> String {
            UIText.text("guidance.unknownStreet", ["street": street, "quartier": quartier])
        }
        static func queryError(_ error: GuidanceRecommendations.QueryError) -> String {
            switch error.kind {
            case .unknownCode: UIText.text("guidance.unknownCode", ["parameter": error.parameter, "value": error.value])
            case .notABoolean: UIText.text("guidance.notABoolean", ["parameter": error.parameter, "value": error.value])
            case .invalidLimit: UIText.text("guidance.invalidLimit", ["value": error.value])
            case .tooLong: UIText.text("guidance.tooLong", ["parameter": error.parameter])
            }
        }
        static func reasonInterest(_ category: String) -> String { UIText.text("guidance.reasonInterest", ["category": category]) }
        static func reasonLanguage(_ language: String) -> String { UIText.text("guidance.reasonLanguage", ["language": language]) }
        static var reasonStepFree: String { UIText.text("guidance.reasonStepFree") }
        static var reasonFree: String { UIText.text("guidance.reasonFree") }
        static var reasonNear: String { UIText.text("guidance.reasonNear") }
        static var reasonDateFits: String { UIText.text("guidance.reasonDateFits") }
    }

    /// `gemeinsam guidance …`
    enum GuidanceCommand {
        static var help: String { UIText.text("guidanceCommand.help") }
        static var outcomesHelp: String { UIText.text("guidanceCommand.outcomesHelp") }
        static var casesOption: String { UIText.text("guidanceCommand.casesOption") }
        static var byOption: String { UIText.text("guidanceCommand.byOption") }
    }
}
