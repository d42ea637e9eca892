/// UI text of the survey's limit per network (issue 11).
extension German.Monitor {
    static let surveyTooMany = "Aus Ihrem Netz kamen in der letzten Stunde sehr viele Antworten. Bitte versuchen Sie es später noch einmal. Befragen Sie viele Menschen an einem Ort, bitten Sie die Koordinierungsstelle um Zugangscodes."
    /// The dashboard's flag: (day as "31.12.2026", refused answers).
    static func burstFlag(_ days: [(String, Int)]) -> String {
        let total = days.reduce(0) { $0 + $1.1 }
        let list = days.map { "\($0.0) (\($0.1))" }.joined(separator: ", ")
        return "Hinweis: \(total) Online-Antworten wurden abgewiesen, weil sehr viele aus einem Netz kamen – an diesen Tagen: \(list). Prüfen Sie die Antworten dieser Tage auf Auffälligkeiten."
    }
}
