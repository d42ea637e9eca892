import Plot

/// Controls of GET filter forms (offer list, actor directory): no validation messages, values kept in the address.
enum FilterForm {
    static func select(_ name: String, _ label: String, _ options: [(String, String)], _ selected: String) -> Node<HTML.BodyContext> {
        .div(.class("field"),
             .label(.attr("for", name), .safeText(label)),
             .element(named: "select", nodes: [.attr("id", name), .attr("name", name), .group(options.map { value, text in
                 .element(named: "option", nodes: [
                     .attribute(Attribute<HTML.BodyContext>(name: "value", value: HTMLEscape.text(value), ignoreIfValueIsEmpty: false)),
                     .if(value == selected, .attribute(named: "selected", value: "selected")),
                     .safeText(text),
                 ])
             })]))
    }

    static func checkbox(_ name: String, _ label: String, _ checked: Bool) -> Node<HTML.BodyContext> {
        .div(.class("checkbox"),
             .raw("<input type=\"checkbox\" id=\"\(name)\" name=\"\(name)\" value=\"1\"\(checked ? " checked" : "")/>"),
             .label(.attr("for", name), .safeText(label)))
    }
}
