import Foundation
import GemeinsamCore
import Plot
import SQLKit

/// Pieces the Börse pages share: listing cards, badges, safety tips.
enum ExchangeViews {
    static func kindBadge(_ kind: CoreExchange.Kind) -> Node<HTML.BodyContext> {
        .span(.class("badge badge-\(kind.rawValue)"), .text(Texts.Exchange.kind(kind)))
    }

    static func categoryBadge(_ category: CoreExchange.Category) -> Node<HTML.BodyContext> {
        .span(.class("badge badge-category"), .text(Texts.Exchange.category(category)))
    }

    static func statusBadge(_ status: CoreExchange.Status) -> Node<HTML.BodyContext> {
        .span(.class("badge badge-status badge-\(status.rawValue)"), .text(Texts.Exchange.status(status)))
    }

    static func excerpt(_ text: String, max: Int = 220) -> String {
        guard text.count > max else { return text }
        let cut = text.prefix(max)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + " …"
    }

    /// One listing in a list. `headingLevel` 2 or 3 keeps the outline right on every page.
    static func card(_ listing: Listing, geography: GeographySnapshot, today: CalendarDate, headingLevel: Int = 3,
                     extra: String? = nil) -> Node<HTML.BodyContext> {
        let status = listing.effectiveStatus(today: today)
        let headingID = "eintrag-\(listing.id)"
        let link: Node<HTML.BodyContext> = .a(.attr("href", SiteURL.listing(listing.id).path), .safeText(listing.title))
        let facts = [
            listing.publicName,
            geography.areas[listing.areaID]?.name,
            Texts.Exchange.timing(listing.timeframe, note: nil),
            status == .open ? Texts.Exchange.validUntil(listing.validUntil) : nil,
            listing.kioskName.map(Texts.Exchange.via),
            extra,
        ].compactMap { $0 }
        return .article(
            .class("listing-card listing-\(listing.kind.rawValue)"),
            .attribute(named: "aria-labelledby", value: headingID),
            .p(.class("listing-meta"), kindBadge(listing.kind), .text(" "), categoryBadge(listing.category),
               .if(status != .open, .group(.text(" "), statusBadge(status))),
               .if(listing.isSample, .group(.text(" "), .sampleBadge(true)))),
            headingLevel == 2 ? .h2(.id(headingID), link) : .h3(.id(headingID), link),
            .p(.class("listing-excerpt"), .safeText(excerpt(listing.body))),
            .p(.class("listing-facts"), .safeText(facts.joined(separator: " · ")))
        )
    }

    static func cardList(_ listings: [Listing], geography: GeographySnapshot, today: CalendarDate,
                         headingLevel: Int = 3, extra: (Listing) -> String? = { _ in nil }) -> Node<HTML.BodyContext> {
        .ul(.class("listing-list"), .forEach(listings) { listing in
            .li(card(listing, geography: geography, today: today, headingLevel: headingLevel, extra: extra(listing)))
        })
    }

    static func safetyBox(headingID: String = "sicherheit") -> Node<HTML.BodyContext> {
        .aside(
            .class("safety"), .attribute(named: "aria-labelledby", value: headingID),
            .h2(.id(headingID), .text(Texts.Exchange.safetyHeading)),
            .ul(.forEach(Texts.Exchange.safetyTips) { .li(.text($0)) })
        )
    }

    /// "3. März 2026, 14:05"
    static func dateTime(_ seconds: Double) -> String {
        let date = Date(timeIntervalSince1970: seconds)
        guard let local = EuropeBerlinTime.localDateTime(at: date) else { return "" }
        return Texts.Exchange.dateTime(day: CalendarText.dayAndMonth(local.date), time: DisplayFormat.clockTime(date))
    }

    /// The Börse section of a Quartier page: its newest open listings (one query with LIMIT).
    static func quartierSection(_ area: AreaRecord, geography: GeographySnapshot, today: CalendarDate,
                                on sql: any SQLDatabase) async throws -> Node<HTML.BodyContext> {
        let listings = try await ListingQueries.open(areas: [area.id], filter: .init(), today: today, limit: 5, offset: 0,
                                                     on: sql).listings
        return .section(
            .attribute(named: "aria-labelledby", value: "boerse"),
            .h2(.id("boerse"), .text(Texts.Exchange.quartierSectionHeading)),
            listings.isEmpty ? .p(.text(Texts.Exchange.quartierSectionEmpty))
                : cardList(listings, geography: geography, today: today),
            .p(.a(.attr("href", SiteURL.boerse(.quartier(area.slug)).path), .safeText(Texts.Exchange.quartierSectionLink(area.name))))
        )
    }

    static func quartierOptions(_ geography: GeographySnapshot) -> [FormView.OptionGroup] {
        AccountPages.quartierOptions(geography)
    }

    static func categoryOptions() -> [FormView.Option] {
        CoreExchange.Category.allCases.map { FormView.Option(value: $0.rawValue, label: Texts.Exchange.category($0)) }
    }
}
