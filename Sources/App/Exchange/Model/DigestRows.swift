import Foundation
import GemeinsamCore

/// A row of `digest_subscriptions`: "new listings in my Quartier in these categories", once a day by mail.
struct DigestSubscriptionRow: Decodable, Sendable {
    var userID: UUID
    var areaID: Int
    /// Category codes, comma-separated.
    var categories: String
    var createdAt: Double
    var lastSentAt: Double

    var categoryList: [CoreExchange.Category] {
        categories.split(separator: ",").compactMap { CoreExchange.Category(rawValue: String($0)) }
    }

    /// The stored text of a set of categories, in the UI's order.
    static func text(_ categories: Set<CoreExchange.Category>) -> String {
        CoreExchange.Category.allCases.filter(categories.contains).map(\.rawValue).joined(separator: ",")
    }
}

/// A row of `digest_runs`: the day whose digest one instance has claimed.
struct DigestRunRow: Decodable, Sendable {
    var day: String
    var at: Double
}
