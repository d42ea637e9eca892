import Foundation
import GemeinsamCore
import Plot

/// Small German texts shared by the Begegnung pages.
enum MeetingsFormat {
    static func cost(_ kind: CostKind, cents: Int?) -> String {
        switch kind {
        case .free: Texts.Meetings.free
        case .donation: Texts.Meetings.donation
        case .amount: cents.map { DisplayFormat.decimal(Double($0) / 100, digits: 2) + " €" } ?? UIText.text("meetingsFormat.cost")
        }
    }

    static func audiences(_ list: [Audience]) -> String { list.map(\.label).joined(separator: ", ") }
    static func languages(_ codes: [String]) -> String { codes.map(OfferLanguage.label).joined(separator: ", ") }

    /// "jeden Dienstag, 14–16 Uhr; nächster Termin: Di 1. Dez."
    static func when(_ schedule: Schedule, now: Date) -> String { CalendarText.describe(schedule, at: now) }

    /// Paragraphs of plain text (blank lines separate them; single line breaks stay).
    static func paragraphs(_ text: String) -> Node<HTML.BodyContext> {
        let parts = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        return .group(parts.map { part in
            .p(.raw(part.split(separator: "\n", omittingEmptySubsequences: false)
                .map { HTMLEscape.text(String($0)) }.joined(separator: "<br/>")))
        })
    }
}
