import Foundation
import GemeinsamCore
import SQLKit
import Vapor

/// The Börse's daily limits per account (`Exchange.Safety`): what an account did in the last 24 hours is counted in
/// the table the action writes to.
enum DailyLimits {
    /// Throws a German 429 when `account` has reached the limit of `action`.
    static func enforce(_ action: CoreExchange.Safety.Action, by account: UUID, now: Date,
                        on sql: any SQLDatabase) async throws {
        let (table, column) = counted(action)
        let done = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table)
            .where(SQLIdentifier(column), .equal, SQLBind(account))
            .where("created_at", .greaterThan, SQLBind(CoreExchange.Safety.windowStart(now: now.timeIntervalSince1970)))
            .first()?.decode(column: "n", as: Int.self) ?? 0
        guard CoreExchange.Safety.allows(action, alreadyDone: done) else {
            throw GermanError(status: .tooManyRequests, reason: Texts.Exchange.limitReached(action))
        }
    }

    /// The table and account column where the actions are counted.
    private static func counted(_ action: CoreExchange.Safety.Action) -> (table: String, column: String) {
        switch action {
        case .listing: ("listings", "author_id")
        case .contactRequest: ("contact_requests", "requester_id")
        case .message: ("exchange_messages", "sender_id")
        case .report: ("exchange_reports", "reporter_id")
        case .kioskIntake: ("listings", "intake_by")
        }
    }
}
