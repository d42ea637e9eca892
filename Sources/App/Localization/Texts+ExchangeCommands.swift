import Foundation
import GemeinsamCore

/// German text of the Börse's commands and background jobs (what the console and the log say).
extension German {
    enum ExchangeCommands {
        static func digestQueued(_ mails: Int) -> String { "Tägliche Zusammenfassung: \(mails) E-Mails in der Warteschlange" }
        static let expireHelp = "Setzt abgelaufene Einträge auf „abgelaufen“ und löscht alte Telefonnummern von Kiosk-Besuchern."
        static func expired(_ n: Int) -> String { "Abgelaufen: \(n)." }
        static let digestHelp = "Verschickt die tägliche Zusammenfassung neuer Einträge (für cron, z. B. täglich 7 Uhr)."
        static let digestForceHelp = "Auch senden, wenn die Zusammenfassung heute schon verschickt wurde"
        static func digestsSent(_ n: Int) -> String { "Zusammenfassungen: \(n)." }
        static let benchCountHelp = "Anzahl der Einträge"
        static let benchSeedHelp = "Legt N Beispiel-Einträge für Messungen an (als Beispiel markiert)."
        static func benchSeeded(_ n: Int, seconds: Double) -> String {
            "\(n) Einträge angelegt in \(String(format: "%.1f", seconds)) s"
        }
        static let benchSuggestionsCountHelp = "Anzahl der Einträge, für die Vorschläge berechnet werden"
        static let benchSuggestionsHelp = "Misst die Dauer der Vorschläge (passende Einträge in der Nähe) für N offene Einträge."
        static func benchCounted(total: Int, open: Int, measured: Int, found: Int) -> String {
            "Einträge in der Datenbank: \(total), offen: \(open); gemessen: \(measured) Einträge, \(found) Vorschläge"
        }
        static func benchSuggestionTimes(median: String, p95: String, p99: String, maximum: String) -> String {
            "Vorschläge je Eintrag (SQL + Rangfolge), ms: Median \(median), p95 \(p95), p99 \(p99), Maximum \(maximum)"
        }
        static func benchQuartierList(query: String, render: String) -> String {
            "Quartiersliste Hombruch: Abfrage Median \(query) ms, Darstellung Median \(render) ms"
        }
        static func benchTitle(_ i: Int, category: GemeinsamCore.Exchange.Category) -> String {
            "Messung \(i): \(Exchange.category(category))"
        }
        static func benchBody(_ quartier: String) -> String { "Eintrag für die Leistungsmessung im Quartier \(quartier). Nicht echt." }
    }
}
