import Plot

/// Form controls of the Börse beyond `FormView`.
extension FormView {
    /// A select without a visible hint or error, whose id differs from its name (one form per message on a page).
    static func plainSelect(name: String, id: String, label: String, options: [Option], selected: String?,
                            placeholder: String?) -> Node<HTML.FormContext> {
        .div(
            .class("field"),
            .label(.for(id), .safeText(label)),
            .element(named: "select", nodes: [
                .attr("id", id), .attr("name", name),
                .unwrap(placeholder, placeholderOption),
                .group(options.map { option($0, selected: selected) }),
            ])
        )
    }

    static func hidden(_ name: String, _ value: String) -> Node<HTML.FormContext> {
        inputElement([("type", "hidden"), ("name", name), ("value", value)])
    }
}
