import Plot

// Parts of the data tables on pages that show figures (monitor, network, actors).

extension Node where Context == HTML.BodyContext {
    /// The attributes of a table wrapper that scrolls sideways on narrow screens: keyboard users can focus it to
    /// scroll, screen readers announce it with `label`.
    static func scrollRegion(_ label: String) -> Node {
        .group(.attribute(named: "role", value: "region"), .attribute(named: "tabindex", value: "0"),
               .attr("aria-label", label))
    }
}

extension Node where Context == HTML.TableRowContext {
    /// A column header; numbers are right-aligned (`num`).
    static func columnHeader(_ text: String, numeric: Bool = false) -> Node {
        .th(.attribute(named: "scope", value: "col"), .if(numeric, .class("num")), .text(text))
    }
}
