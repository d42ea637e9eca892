import Foundation
import GemeinsamCore
import SQLKit
import Vapor

typealias CoreExchange = GemeinsamCore.Exchange

/// Small helpers shared by the Börse pages.
enum ExchangeSupport {
    /// Today in Europe/Berlin.
    static func today(_ now: Date = Date()) -> CalendarDate {
        EuropeBerlinTime.localDateTime(at: now)?.date ?? CalendarDate(dayNumber: Int(now.timeIntervalSince1970 / 86_400))!
    }

    /// The areas whose listings are shown for a Quartier: itself, its neighbours, the rest of its Stadtbezirk.
    static func visibleAreas(for quartier: AreaRecord, geography: GeographySnapshot) -> [Int: CoreExchange.Proximity] {
        var result: [Int: CoreExchange.Proximity] = [quartier.id: .sameQuartier]
        if let district = geography.parent(of: quartier) {
            for sibling in geography.children(of: district) where sibling.kind == .statisticalDistrict && result[sibling.id] == nil {
                result[sibling.id] = .sameDistrict
            }
        }
        for n in geography.neighbours(of: quartier) where n.kind == .statisticalDistrict && result[n.id] != .sameQuartier {
            result[n.id] = .neighbour
        }
        return result
    }

    /// "24.12.2026", "24.12.26" is not accepted; "2026-12-24" is. nil when empty, .failure when unreadable.
    static func parseDate(_ raw: String?) -> Result<CalendarDate, ParseProblem>? {
        let text = (raw ?? "").trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return nil }
        if text.count > 10 { return .failure(.unreadable) }
        if let iso = try? CalendarDate(iso: text) { return .success(iso) }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]),
              let date = try? CalendarDate(year: y, month: m, day: d)
        else { return .failure(.unreadable) }
        return .success(date)
    }

    enum ParseProblem: Error { case unreadable }

    /// "24.12.2026"
    static func germanDate(_ date: CalendarDate) -> String {
        "\(CalendarDate.padded(date.day)).\(CalendarDate.padded(date.month)).\(date.year)"
    }

    /// A phone number as people write it: digits, spaces, + / - ( ); 6 to 20 digits. Returns the trimmed text.
    static func validPhone(_ raw: String?) -> String? {
        guard case let .success(text) = TextInput.clean(raw, maxLength: 30) else { return nil }
        guard text.allSatisfy({ ($0.isASCII && $0.isNumber) || " +/-()".contains($0) }) else { return nil }
        let digits = text.filter { $0.isASCII && $0.isNumber }.count
        guard (6...20).contains(digits), !text.dropFirst().contains("+") else { return nil }
        return text
    }

    /// A first name for public display: letters, spaces, hyphens and apostrophes.
    static func validFirstName(_ raw: String?, field: String, errors: inout FormErrors) -> String? {
        switch TextInput.clean(raw, maxLength: 50) {
        case let .success(name):
            if name.contains(where: { "<>\"@/\\{}0123456789".contains($0) }) {
                errors.add(field, "Bitte nur den Vornamen eingeben.")
                return nil
            }
            return name
        case let .failure(problem):
            errors.add(field, TextInput.message(problem, field: "den Vornamen"))
            return nil
        }
    }

    static func validInitial(_ raw: String?, field: String, errors: inout FormErrors) -> String? {
        guard let raw = raw?.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ".", with: ""), !raw.isEmpty else {
            return nil
        }
        if raw.count == 1, raw.first!.isLetter { return raw.uppercased() }
        errors.add(field, "Bitte nur einen Buchstaben, zum Beispiel „B“.")
        return nil
    }

    /// Counts rows of `table` by `column` = `id` created in the last 24 hours.
    static func countToday(_ table: String, by column: String, id: UUID, timeColumn: String = "created_at",
                           now: Date = Date(), on sql: any SQLDatabase) async throws -> Int {
        try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table)
            .where(SQLIdentifier(column), .equal, SQLBind(id))
            .where(SQLIdentifier(timeColumn), .greaterThan, SQLBind(CoreExchange.Safety.windowStart(now: now.timeIntervalSince1970)))
            .first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// Throws a German 429 when the daily limit of `action` is reached.
    static func enforceLimit(_ action: CoreExchange.Safety.Action, done: Int) throws {
        guard CoreExchange.Safety.allows(action, alreadyDone: done) else {
            let what: String = switch action {
            case .listing: German.Exchange.limitListings
            case .contactRequest: German.Exchange.limitRequests
            case .message: German.Exchange.limitMessages
            case .report: German.Exchange.limitReports
            case .kioskIntake: German.Exchange.limitIntake
            }
            throw GermanError(status: .tooManyRequests, reason: German.Exchange.limitReached(what))
        }
    }

    /// A listing id from the path; 404 otherwise.
    static func listingID(_ req: Request) throws -> Int {
        guard let raw = req.parameters.get("id"), raw.count <= 12, let id = Int(raw), id > 0 else {
            throw GermanError(status: .notFound, reason: German.Exchange.notFound)
        }
        return id
    }

    /// A UUID from the path; 404 otherwise.
    static func uuid(_ req: Request, _ name: String = "id", notFound: String = German.Exchange.requestNotFound) throws -> UUID {
        guard let raw = req.parameters.get(name), let id = UUID(uuidString: raw) else {
            throw GermanError(status: .notFound, reason: notFound)
        }
        return id
    }

    /// Percent-encodes a query value (only ASCII letters, digits and -._~ stay as they are).
    static func queryEscape(_ value: String) -> String {
        var allowed = CharacterSet()
        allowed.insert(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// Redirect after a successful POST (303), optionally to an anchor.
    static func seeOther(_ req: Request, _ url: SiteURL, anchor: String? = nil, query: String? = nil) -> Response {
        req.redirect(to: url.path + (query.map { "?" + $0 } ?? "") + (anchor.map { "#" + $0 } ?? ""), redirectType: .normal)
    }
}

extension CalendarDate {
    static func padded(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}
