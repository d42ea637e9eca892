import Foundation
import GemeinsamCore
import Plot
import SQLKit
import Vapor

/// Pieces the Börse pages share: listing cards, badges, safety tips.
enum ExchangeViews {
    static func kindBadge(_ kind: CoreExchange.Kind) -> Node<HTML.BodyContext> {
        .span(.class("badge badge-\(kind.rawValue)"), .text(German.Exchange.kind(kind)))
    }

    static func statusBadge(_ status: CoreExchange.Status) -> Node<HTML.BodyContext> {
        .span(.class("badge badge-status badge-\(status.rawValue)"), .text(German.Exchange.status(status)))
    }

    static func sampleBadge(_ isSample: Bool) -> Node<HTML.BodyContext> {
        .if(isSample, .span(.class("badge badge-sample"), .text(German.sampleBadge)))
    }

    static func excerpt(_ text: String, max: Int = 220) -> String {
        guard text.count > max else { return text }
        let cut = text.prefix(max)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + " …"
    }

    /// One listing in a list. `headingLevel` 2 or 3 keeps the outline right on every page.
    static func card(_ card: ListingCard, geography: GeographySnapshot, today: CalendarDate, headingLevel: Int = 3,
                     extra: String? = nil) -> Node<HTML.BodyContext> {
        let status = card.status(today: today)
        let headingID = "eintrag-\(card.id)"
        let link: Node<HTML.BodyContext> = .a(.attr("href", SiteURL.listing(card.id).path), .safeText(card.title))
        let facts = [
            card.publicName,
            geography.areas[card.areaID]?.name,
            German.Exchange.timing(card.timing, note: nil),
            status == .open ? German.Exchange.validUntil(card.validUntil) : nil,
            card.kioskName.map(German.Exchange.via),
            extra,
        ].compactMap { $0 }
        return .article(
            .class("listing-card listing-\(card.kind.rawValue)"),
            .attribute(named: "aria-labelledby", value: headingID),
            .p(.class("listing-meta"), kindBadge(card.kind), .text(" "),
               .span(.class("badge badge-category"), .text(German.Exchange.category(card.category))),
               .if(status != .open, .group(.text(" "), statusBadge(status))),
               .if(card.isSample, .group(.text(" "), sampleBadge(true)))),
            headingLevel == 2 ? .h2(.id(headingID), link) : .h3(.id(headingID), link),
            .p(.class("listing-excerpt"), .safeText(excerpt(card.body))),
            .p(.class("listing-facts"), .safeText(facts.joined(separator: " · ")))
        )
    }

    static func cardList(_ cards: [ListingCard], geography: GeographySnapshot, today: CalendarDate,
                         headingLevel: Int = 3, extra: (ListingCard) -> String? = { _ in nil }) -> Node<HTML.BodyContext> {
        .ul(.class("listing-list"), .forEach(cards) { c in
            .li(card(c, geography: geography, today: today, headingLevel: headingLevel, extra: extra(c)))
        })
    }

    static func safetyBox(headingID: String = "sicherheit") -> Node<HTML.BodyContext> {
        .aside(
            .class("safety"), .attribute(named: "aria-labelledby", value: headingID),
            .h2(.id(headingID), .text(German.Exchange.safetyHeading)),
            .ul(.forEach(German.Exchange.safetyTips) { .li(.text($0)) })
        )
    }

    static func notice(_ text: String) -> Node<HTML.BodyContext> {
        .p(.class("notice"), .attribute(named: "role", value: "status"), .safeText(text))
    }

    /// "3. März 2026, 14:05"
    static func dateTime(_ seconds: Double) -> String {
        let date = Date(timeIntervalSince1970: seconds)
        guard let local = EuropeBerlinTime.localDateTime(at: date) else { return "" }
        return "\(GermanCalendarText.dayAndMonth(local.date)), \(GermanFormat.clockTime(date)) Uhr"
    }

    /// The Börse section of a Quartier page: its newest open listings (one query with LIMIT).
    static func quartierSection(_ area: AreaRecord, geography: GeographySnapshot, on sql: any SQLDatabase) async throws -> Node<HTML.BodyContext> {
        let today = ExchangeSupport.today()
        let cards = try await ListingQueries.newestInQuartier(area.id, today: today, limit: 5, on: sql)
        return .section(
            .attribute(named: "aria-labelledby", value: "boerse"),
            .h2(.id("boerse"), .text(German.Exchange.quartierSectionHeading)),
            cards.isEmpty ? .p(.text(German.Exchange.quartierSectionEmpty)) : cardList(cards, geography: geography, today: today),
            .p(.a(.attr("href", SiteURL.boerse(.quartier(area.slug)).path), .safeText(German.Exchange.quartierSectionLink(area.name))))
        )
    }

    /// The same section through the list cache.
    static func quartierSection(_ area: AreaRecord, req: Request) async throws -> Node<HTML.BodyContext> {
        let key = "section|\(area.id)|\(ExchangeSupport.today().iso)"
        let html = try await req.application.renderCache.html(.listings(req.application.appConfig), key: key) {
            try await quartierSection(area, geography: req.geography, on: req.sql).render(indentedBy: nil)
        }
        return .raw(html)
    }

    static func quartierOptions(_ geography: GeographySnapshot) -> [FormView.OptionGroup] {
        AccountPages.quartierOptions(geography)
    }
}
