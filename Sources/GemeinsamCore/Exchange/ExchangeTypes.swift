import Foundation

/// The Nachbarschaftsbörse: residents ask for ("Suche") or offer ("Biete") neighbourly help.
public enum Exchange {}

extension Exchange {
    /// "Suche" (a request for help) or "Biete" (an offer of help).
    public enum Kind: String, CaseIterable, Codable, Sendable {
        case request
        case offer

        /// The kind that fits this one: requests are matched with offers and vice versa.
        public var counterpart: Kind { self == .request ? .offer : .request }
    }

    /// The categories of the Börse, in the order the UI lists them.
    public enum Category: String, CaseIterable, Codable, Sendable {
        case company           // Gesellschaft & Gespräch
        case walks             // Spaziergang & Begleitung
        case errands           // Einkauf & Besorgungen
        case techHelp          // Technik-Hilfe
        case repairs           // Kleine Reparaturen
        case paperwork         // Papierkram & Übersetzen
        case childcare         // Kinderbetreuung
        case lending           // Verleihen & Verschenken
        case activities        // Gemeinsam etwas unternehmen
        case other             // Sonstiges
    }

    /// Where a listing stands. `expired` is also computed on read from `validUntil`.
    public enum Status: String, CaseIterable, Codable, Sendable {
        case open
        case matched
        case done
        case withdrawn
        case expired

        /// Whether the listing still looks for a counterpart.
        public var isOpen: Bool { self == .open }
        /// Final states cannot change any more (except by moderation).
        public var isFinal: Bool { self == .done || self == .withdrawn || self == .expired }
    }

    /// When the help is needed or available.
    public enum Timing: Equatable, Hashable, Sendable {
        case once(CalendarDate)
        case regular
        case flexible

        public enum Code: String, CaseIterable, Codable, Sendable { case once, regular, flexible }

        public var code: Code {
            switch self {
            case .once: .once
            case .regular: .regular
            case .flexible: .flexible
            }
        }

        public var date: CalendarDate? {
            if case let .once(date) = self { return date }
            return nil
        }

        /// Rebuilds a timing from its stored form; nil when a date is missing or malformed.
        public init?(code: String, date: String?) {
            switch Code(rawValue: code) {
            case .once:
                guard let date, let parsed = try? CalendarDate(iso: date) else { return nil }
                self = .once(parsed)
            case .regular: self = .regular
            case .flexible: self = .flexible
            case nil: return nil
            }
        }
    }
}
