import Foundation
import GemeinsamCore
import Plot

/// View parts the Akteursnetz's pages share: tables with a caption, map figures, links to actors and where an
/// actor works.
enum ActorViews {
    private typealias T = Texts.Actors

    /// A data table in a scrollable region named by its caption, with a header row of `columns`.
    static func table(caption: String, columns: [String], rows: Node<HTML.TableContext>) -> Node<HTML.BodyContext> {
        .div(.class("table-scroll"), .scrollRegion(caption), .table(
            .class("data-table"),
            .caption(.text(caption)),
            .thead(.tr(.forEach(columns) { .th(.attr("scope", "col"), .text($0)) })),
            .tbody(rows)
        ))
    }

    /// A schematic city map (inline SVG) with its caption.
    static func mapFigure(_ svg: String, caption: String) -> Node<HTML.BodyContext> {
        .element(named: "figure", nodes: [
            .class("map-figure"), .raw(svg),
            .element(named: "figcaption", nodes: [
                .strong(.text(Texts.schematicMap)), .text(" – " + caption + " " + Texts.schematicMapNote),
            ]),
        ])
    }

    static func path(_ id: UUID) -> String { SiteURL.actor(id.uuidString.lowercased()).path }

    static func link(_ id: UUID, _ name: String) -> Node<HTML.BodyContext> {
        .a(.attr("href", path(id)), .safeText(name))
    }

    /// The Quartier of the address, or "ohne festen Ort" with the first Quartiere the actor works in.
    static func whereText(_ actor: ActorQueries.Actor, _ geography: GeographySnapshot) -> [String] {
        if let area = actor.profile.areaID.flatMap({ geography.areas[$0] }) { return [area.name] }
        let names = actor.workAreaIDs.compactMap { geography.areas[$0]?.name }
        return [T.withoutFixedPlace + (names.isEmpty ? "" : ": " + names.prefix(3).joined(separator: ", ") + (names.count > 3 ? " …" : ""))]
    }

    /// "Rechtsform · Quartier", the line under an actor's name in lists.
    static func summary(_ actor: ActorQueries.Actor, _ geography: GeographySnapshot) -> String {
        ([actor.profile.legalForm.label] + whereText(actor, geography)).joined(separator: " · ")
    }
}

extension ActorViews {
    /// The options of a select or choice group for a fixed vocabulary.
    static func options<Key: RawRepresentable<String>>(_ keys: [Key], _ label: KeyPath<Key, String>) -> [FormView.Option] {
        keys.map { FormView.Option(value: $0.rawValue, label: $0[keyPath: label]) }
    }
}
