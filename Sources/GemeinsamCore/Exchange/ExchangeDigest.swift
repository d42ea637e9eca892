import Foundation

extension Exchange {
    /// The daily digest: one mail per subscriber and day with the new listings of their Quartier in the categories
    /// they chose — never one mail per listing.
    public enum Digest {
        /// At most this many listings are written into one mail; the rest is counted.
        public static let maximumItems = 20

        public struct Subscription: Equatable, Sendable {
            public var subscriberKey: String
            public var areaID: Int
            public var categories: Set<Category>
            /// Listings created after this moment (seconds since 1970) are new for the subscriber.
            public var since: Double

            public init(subscriberKey: String, areaID: Int, categories: Set<Category>, since: Double) {
                self.subscriberKey = subscriberKey
                self.areaID = areaID
                self.categories = categories
                self.since = since
            }
        }

        public struct Item: Equatable, Sendable {
            public var id: Int
            public var areaID: Int
            public var category: Category
            public var createdAt: Double
            public var status: Status
            public var validUntil: CalendarDate
            public var ownerKey: String?

            public init(id: Int, areaID: Int, category: Category, createdAt: Double, status: Status,
                        validUntil: CalendarDate, ownerKey: String?) {
                self.id = id
                self.areaID = areaID
                self.category = category
                self.createdAt = createdAt
                self.status = status
                self.validUntil = validUntil
                self.ownerKey = ownerKey
            }
        }

        public struct Selection: Equatable, Sendable {
            public var itemIDs: [Int]
            public var moreCount: Int
            public var isEmpty: Bool { itemIDs.isEmpty }
        }

        /// The listings for one subscriber: their Quartier, their categories, new since the last digest, still open,
        /// not their own; newest first.
        public static func select(for subscription: Subscription, from items: [Item], today: CalendarDate) -> Selection {
            let fitting = items.filter { item in
                item.areaID == subscription.areaID
                    && subscription.categories.contains(item.category)
                    && item.createdAt > subscription.since
                    && Rules.effectiveStatus(stored: item.status, validUntil: item.validUntil, today: today) == .open
                    && (item.ownerKey == nil || item.ownerKey != subscription.subscriberKey)
            }.sorted { $0.createdAt != $1.createdAt ? $0.createdAt > $1.createdAt : $0.id > $1.id }
            return Selection(itemIDs: fitting.prefix(maximumItems).map(\.id),
                             moreCount: max(0, fitting.count - maximumItems))
        }
    }
}
