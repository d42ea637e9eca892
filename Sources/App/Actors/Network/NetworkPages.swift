import Foundation
import GemeinsamCore
import Plot

/// The network page for coordinators. Every picture has a table next to it.
enum NetworkPages {
    private typealias T = German.Network

    static func page(_ model: NetworkModel, cityMap: String, located: [Int], geography: GeographySnapshot,
                     context: PageContext) -> HTML {
        let a = model.analysis
        let ids = a.graph.ids
        let groupNumber = model.groupNumber
        let brokerNodes = Set(model.brokers.map(\.node))
        return Layout.page(title: T.title, context: context, main: .group(
            .h1(.text(T.title)),
            .p(.text(T.intro)),
            .p(.a(.href(SiteURL.actorsReview.path), .text(German.Actors.reviewTitle)), .text(" · "),
               .a(.href(SiteURL.actors.path), .text(German.Actors.directoryTitle))),
            .ul(.class("summary-list"),
                .li(.text(T.actorCount(a.graph.nodeCount))),
                .li(.text(T.tieCount(model.tieCount, edges: a.graph.edgeCount))),
                .li(.text(T.groupCount(a.components.count))),
                .li(.text(T.communityCount(a.communities.count, modularity: GermanFormat.decimal(a.communities.modularity, digits: 2))))),
            .if(a.graph.nodeCount == 0, .p(.class("notice"), .text(T.empty))),
            .nav(.attribute(named: "aria-label", value: T.contentsLabel),
                 .ul(.class("actions"),
                     .li(.a(.href("#netzkarte"), .text(T.mapHeading))), .li(.a(.href("#stadtkarte"), .text(T.cityHeading))),
                     .li(.a(.href("#gruppen"), .text(T.groupsHeading))), .li(.a(.href("#vermittler"), .text(T.brokersHeading))),
                     .li(.a(.href("#hotspots"), .text(T.hotspotsHeading))), .li(.a(.href("#vorschlaege"), .text(T.introductionsHeading))))),

            .h2(.id("netzkarte"), .text(T.mapHeading)),
            .p(.text(T.mapIntro)),
            .element(named: "figure", nodes: [
                .class("network-figure"), .raw(svg(model)),
                .element(named: "figcaption", nodes: [.text(T.mapCaption)]),
            ]),
            .div(.class("table-scroll"), MonitorPages.scrollRegion(T.actorsCaption), .table(
                .class("data-table"),
                .caption(.text(T.actorsCaption)),
                .thead(.tr(.forEach(T.actorsTableHeader) { .th(.attr("scope", "col"), .text($0)) })),
                .tbody(.forEach(model.nodesByName) { v in
                    .tr(.th(.attr("scope", "row"), actorLink(model, ids[v])),
                        .td(.text(String(groupNumber[a.components.componentOf[v]] ?? 0))),
                        .td(.span(.class("swatch"), .attr("style", "background:" + Network.communityColor(a.communities.communityOf[v])),
                                  .attribute(named: "aria-hidden", value: "true")),
                            .text(" \(a.communities.communityOf[v] + 1)")),
                        .td(.text(String(a.degree[v]))),
                        .td(.text(GermanFormat.decimal(a.betweenness[v], digits: 3))),
                        .td(.text(GermanFormat.decimal(a.closeness[v], digits: 3))),
                        .td(.text(brokerNodes.contains(v) ? T.yes : "")))
                })
            )),
            csvLink(.actors),

            .h2(.id("stadtkarte"), .text(T.cityHeading)),
            .div(.class("area-grid"),
                 .element(named: "figure", nodes: [
                    .class("map-figure"), .raw(cityMap),
                    .element(named: "figcaption", nodes: [.strong(.text(German.schematicMap)), .text(" – " + T.cityCaption + " " + German.schematicMapNote)]),
                 ]),
                 .div(.class("table-scroll"), MonitorPages.scrollRegion(T.cityTableCaption), .table(
                    .class("data-table"),
                    .caption(.text(T.cityTableCaption)),
                    .thead(.tr(.th(.attr("scope", "col"), .text(T.number)), .th(.attr("scope", "col"), .text(T.actor)),
                               .th(.attr("scope", "col"), .text(T.quartier)), .th(.attr("scope", "col"), .text(T.degree)))),
                    .tbody(.forEach(located.enumerated()) { i, v in
                        let actor = model.actor(ids[v])
                        let quartier = actor.flatMap { $0.input.areaID ?? $0.input.workAreaIDs.first }.flatMap { geography.areas[$0]?.name }
                        return .tr(.td(.text("\(i + 1)")), .th(.attr("scope", "row"), actorLink(model, ids[v])),
                                   .td(.safeText(quartier ?? "–")), .td(.text(String(a.degree[v]))))
                    })
                 ))),

            .h2(.id("gruppen"), .text(T.groupsHeading)),
            .p(.text(a.components.count > 1 ? T.groupsIntro : T.oneGroup)),
            .div(.class("table-scroll"), MonitorPages.scrollRegion(T.groupsCaption), .table(
                .class("data-table"),
                .caption(.text(T.groupsCaption)),
                .thead(.tr(.th(.attr("scope", "col"), .text(T.group)), .th(.attr("scope", "col"), .text(T.size)),
                           .th(.attr("scope", "col"), .text(T.members)))),
                .tbody(.forEach(model.groups) { group in
                    .tr(.td(.text(String(group.number))), .td(.text(String(group.members.count))),
                        .td(.safeText(group.members.joined(separator: ", "))))
                })
            )),
            csvLink(.groups),

            .h2(.id("vermittler"), .text(T.brokersHeading)),
            .p(.text(T.brokersIntro)),
            .if(model.brokers.isEmpty, .p(.text(T.noBrokers))),
            .if(!model.brokers.isEmpty, .div(.class("table-scroll"), MonitorPages.scrollRegion(T.brokersCaption), .table(
                .class("data-table"),
                .caption(.text(T.brokersCaption)),
                .thead(.tr(.th(.attr("scope", "col"), .text(T.actor)), .th(.attr("scope", "col"), .text(T.betweenness)),
                           .th(.attr("scope", "col"), .text(T.reason)))),
                .tbody(.forEach(model.brokers) { b in
                    .tr(.th(.attr("scope", "row"), actorLink(model, b.id)), .td(.text(GermanFormat.decimal(b.betweenness, digits: 3))),
                        .td(.safeText(b.reason)))
                })
            ))),
            csvLink(.brokers),

            .h2(.id("hotspots"), .text(T.hotspotsHeading)),
            .p(.text(T.hotspotsIntro)),
            .if(model.hotspots.isEmpty, .p(.text(T.noHotspots))),
            .if(!model.hotspots.isEmpty, .div(.class("table-scroll"), MonitorPages.scrollRegion(T.hotspotsCaption), .table(
                .class("data-table"),
                .caption(.text(T.hotspotsCaption)),
                .thead(.tr(.forEach(T.hotspotsTableHeader) { .th(.attr("scope", "col"), .text($0)) })),
                .tbody(.forEach(model.hotspots) { spot in
                    let quartier = geography.area(kind: .statisticalDistrict, slug: spot.id)
                    return .tr(.th(.attr("scope", "row"), .unwrap(quartier, { .a(.attr("href", SiteURL.quartier($0.slug).path), .safeText($0.name)) },
                                                                    else: .safeText(spot.id))),
                               .td(.text(String(spot.actorCount))), .td(.text(String(spot.internalTieCount))),
                               .td(.text(GermanFormat.decimal(spot.actorsPerKm2, digits: 2))),
                               .td(.text(GermanFormat.decimal(spot.tiesPerKm2, digits: 2))))
                })
            ))),
            csvLink(.hotspots),

            .h2(.id("vorschlaege"), .text(T.introductionsHeading)),
            .p(.text(T.introductionsIntro)),
            .if(model.introductions.isEmpty, .p(.text(T.noIntroductions))),
            .if(!model.introductions.isEmpty, .div(.class("table-scroll"), MonitorPages.scrollRegion(T.introductionsCaption), .table(
                .class("data-table"),
                .caption(.text(T.introductionsCaption)),
                .thead(.tr(.th(.attr("scope", "col"), .text(T.actor)), .th(.attr("scope", "col"), .text(T.actor)),
                           .th(.attr("scope", "col"), .text(T.reason)))),
                .tbody(.forEach(model.introductions) { intro in
                    .tr(.td(actorLink(model, intro.first)), .td(actorLink(model, intro.second)), .td(.safeText(intro.reason)))
                })
            ))),
            csvLink(.introductions)
        ))
    }

    private static func actorLink(_ model: NetworkModel, _ id: String) -> Node<HTML.BodyContext> {
        .a(.attr("href", SiteURL.actor(id).path), .safeText(model.name(id)))
    }

    private static func csvLink(_ table: NetworkCSV.Table) -> Node<HTML.BodyContext> {
        .p(.a(.attr("href", SiteURL.networkCSV(table.rawValue).path), .text(T.csvLink(table))))
    }

    /// The network as inline SVG: edges first, then nodes (size by degree, colour by community), broker labels.
    static func svg(_ model: NetworkModel) -> String {
        let width = 960.0, height = width / NetworkModel.mapAspectRatio
        let map = model.map
        func f(_ v: Double) -> String { String(format: "%.1f", v) }
        var out = "<svg class=\"network-map\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-labelledby=\"netz-titel\">"
        out += "<title id=\"netz-titel\">\(HTMLEscape.text(T.svgTitle(map.nodes.count, communities: map.communityCount)))</title>"
        let maxWeight = max(map.edges.map(\.weight).max() ?? 1, 1)
        for e in map.edges {
            let s = map.nodes[e.source], t = map.nodes[e.target]
            out += "<line class=\"network-edge\" x1=\"\(f(s.x * width))\" y1=\"\(f(s.y * height))\" x2=\"\(f(t.x * width))\" y2=\"\(f(t.y * height))\" "
                + "stroke-width=\"\(f(1 + 2 * e.weight / maxWeight))\"/>"
        }
        for n in map.nodes {
            out += "<circle class=\"network-node\(n.isBroker ? " network-broker" : "")\" cx=\"\(f(n.x * width))\" cy=\"\(f(n.y * height))\" "
                + "r=\"\(f(max(n.radius * width, 4)))\" fill=\"\(n.color)\"/>"
        }
        for n in map.nodes where n.showsLabel {
            out += "<text class=\"network-label\" x=\"\(f(n.x * width))\" y=\"\(f(n.y * height - max(n.radius * width, 4) - 4))\" "
                + "text-anchor=\"middle\">\(HTMLEscape.text(model.name(n.id)))</text>"
        }
        return out + "</svg>"
    }
}
