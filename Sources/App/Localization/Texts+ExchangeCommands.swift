import Foundation
import GemeinsamCore

/// German text of the Börse's commands and background jobs (what the console and the log say).
extension Texts {
    enum ExchangeCommands {
        static func digestQueued(_ mails: Int) -> String { UIText.text("exchangeCommands.digestQueued", ["mails": "\(mails)"]) }
        static var expireHelp: String { UIText.text("exchangeCommands.expireHelp") }
        static func expired(_ n: Int) -> String { UIText.text("exchangeCommands.expired", ["n": "\(n)"]) }
        static var digestHelp: String { UIText.text("exchangeCommands.digestHelp") }
        static var digestForceHelp: String { UIText.text("exchangeCommands.digestForceHelp") }
        static func digestsSent(_ n: Int) -> String { UIText.text("exchangeCommands.digestsSent", ["n": "\(n)"]) }
        static var benchCountHelp: String { UIText.text("exchangeCommands.benchCountHelp") }
        static var benchSeedHelp: String { UIText.text("exchangeCommands.benchSeedHelp") }
        static func benchSeeded(_ n: Int, seconds: Double) -> String {
            UIText.text("exchangeCommands.benchSeeded", ["n": "\(n)", "seconds": "\(String(format: "%.1f", seconds))"])
        }
        static var benchSuggestionsCountHelp: String { UIText.text("exchangeCommands.benchSuggestionsCountHelp") }
        static var benchSuggestionsHelp: String { UIText.text("exchangeCommands.benchSuggestionsHelp") }
        static func benchCounted(total: Int, open: Int, measured: Int, found: Int) -> String {
            UIText.text("exchangeCommands.benchCounted", ["total": "\(total)", "open": "\(open)", "measured": "\(measured)", "found": "\(found)"])
        }
        static func benchSuggestionTimes(median: String, p95: String, p99: String, maximum: String) -> String {
            UIText.text("exchangeCommands.benchSuggestionTimes", ["median": "\(median)", "p95": "\(p95)", "p99": "\(p99)", "maximum": "\(maximum)"])
        }
        static func benchQuartierList(query: String, render: String) -> String {
            UIText.text("exchangeCommands.benchQuartierList", ["query": "\(query)", "render": "\(render)"])
        }
        static func benchTitle(_ i: Int, category: GemeinsamCore.Exchange.Category) -> String {
            UIText.text("exchangeCommands.benchTitle", ["i": "\(i)", "category": "\(Exchange.category(category))"])
        }
        static func benchBody(_ quartier: String) -> String { UIText.text("exchangeCommands.benchBody", ["quartier": "\(quartier)"]) }
    }
}
