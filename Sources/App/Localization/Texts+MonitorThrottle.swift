/// UI text of the survey's limit per network (issue 11).
extension Texts.Monitor {
    static var surveyTooMany: String { UIText.text("monitor.surveyTooMany") }
    /// The dashboard's flag: (day as "31.12.2026", refused answers).
    static func burstFlag(_ days: [(String, Int)]) -> String {
        let total = days.reduce(0) { $0 + $1.1 }
        let list = days.map { "\($0.0) (\($0.1))" }.joined(separator: ", ")
        return UIText.text("monitor.burstFlag", ["total": "\(total)", "list": "\(list)"])
    }
}
