import Plot

/// Form controls the Börse needs beyond `FormView`: text areas, radio groups, check boxes, telephone fields.
/// Same conventions: a label for every control, hint and error linked with aria-describedby; the first control of
/// a group carries the field name as id, so the error summary's link lands on it.
extension FormView {
    private static func describedBy(_ name: String, hint: String?, error: String?) -> String? {
        let ids = [hint != nil ? "\(name)-hint" : nil, error != nil ? "\(name)-error" : nil].compactMap { $0 }
        return ids.isEmpty ? nil : ids.joined(separator: " ")
    }

    static func textarea(name: String, label: String, value: String = "", hint: String? = nil, rows: Int = 5,
                         maxLength: Int, required: Bool = true, errors: FormErrors) -> Node<HTML.FormContext> {
        let error = errors[name]
        return .div(
            .class(error == nil ? "field" : "field field-invalid"),
            .label(.for(name), .safeText(label), .if(!required, .span(.class("optional"), .text(" (freiwillig)")))),
            .unwrap(hint) { .p(.class("hint"), .id("\(name)-hint"), .safeText($0)) },
            .unwrap(error) { .p(.class("field-error"), .id("\(name)-error"), .safeText($0)) },
            .element(named: "textarea", nodes: [
                .attr("id", name), .attr("name", name), .attr("rows", String(rows)), .attr("maxlength", String(maxLength)),
                .if(required, .attribute(named: "required", value: "required")),
                .if(error != nil, .attribute(named: "aria-invalid", value: "true")),
                .unwrap(describedBy(name, hint: hint, error: error)) { .attr("aria-describedby", $0) },
                .safeText(value),
            ])
        )
    }

    /// A text input of any type (tel, text with inputmode) with the usual label, hint and error.
    static func typedInput(name: String, label: String, type: String, value: String = "", hint: String? = nil,
                           autocomplete: String? = nil, inputMode: String? = nil, required: Bool = true,
                           maxLength: Int? = nil, id: String? = nil, errors: FormErrors) -> Node<HTML.FormContext> {
        let error = errors[name]
        let id = id ?? name
        return .div(
            .class(error == nil ? "field" : "field field-invalid"),
            .label(.for(id), .safeText(label), .if(!required, .span(.class("optional"), .text(" (freiwillig)")))),
            .unwrap(hint) { .p(.class("hint"), .id("\(id)-hint"), .safeText($0)) },
            .unwrap(error) { .p(.class("field-error"), .id("\(id)-error"), .safeText($0)) },
            inputElement([
                ("type", type), ("id", id), ("name", name), ("value", value), ("autocomplete", autocomplete),
                ("inputmode", inputMode), ("required", required ? "required" : nil),
                ("maxlength", maxLength.map(String.init)), ("aria-invalid", error != nil ? "true" : nil),
                ("aria-describedby", describedBy(id, hint: hint, error: error)),
            ])
        )
    }

    /// Radio buttons in a fieldset with a legend.
    static func radios(name: String, legend: String, options: [Option], selected: String?, hint: String? = nil,
                       errors: FormErrors, inline: Bool = false) -> Node<HTML.FormContext> {
        let error = errors[name]
        return .fieldset(
            .class((error == nil ? "field choice-group" : "field choice-group field-invalid") + (inline ? " choice-inline" : "")),
            .unwrap(describedBy(name, hint: hint, error: error)) { .attr("aria-describedby", $0) },
            .element(named: "legend", nodes: [.safeText(legend)]),
            .unwrap(hint) { .p(.class("hint"), .id("\(name)-hint"), .safeText($0)) },
            .unwrap(error) { .p(.class("field-error"), .id("\(name)-error"), .safeText($0)) },
            .group(options.enumerated().map { index, option in
                let id = index == 0 ? name : "\(name)-\(option.value)"
                return .div(
                    .class("choice"),
                    inputElement([("type", "radio"), ("id", id), ("name", name), ("value", option.value),
                                  ("checked", option.value == selected ? "checked" : nil)]),
                    .label(.for(id), .safeText(option.label))
                )
            })
        )
    }

    /// Check boxes for several values of one field (sent as name[]).
    static func checkboxes(name: String, legend: String, options: [Option], selected: Set<String>, hint: String? = nil,
                           errors: FormErrors) -> Node<HTML.FormContext> {
        let error = errors[name]
        return .fieldset(
            .class(error == nil ? "field choice-group" : "field choice-group field-invalid"),
            .unwrap(describedBy(name, hint: hint, error: error)) { .attr("aria-describedby", $0) },
            .element(named: "legend", nodes: [.safeText(legend)]),
            .unwrap(hint) { .p(.class("hint"), .id("\(name)-hint"), .safeText($0)) },
            .unwrap(error) { .p(.class("field-error"), .id("\(name)-error"), .safeText($0)) },
            .group(options.enumerated().map { index, option in
                let id = index == 0 ? name : "\(name)-\(option.value)"
                return .div(
                    .class("choice"),
                    inputElement([("type", "checkbox"), ("id", id), ("name", name + "[]"), ("value", option.value),
                                  ("checked", selected.contains(option.value) ? "checked" : nil)]),
                    .label(.for(id), .safeText(option.label))
                )
            })
        )
    }

    /// One check box (consent).
    static func checkbox(name: String, label: String, checked: Bool, hint: String? = nil,
                         errors: FormErrors) -> Node<HTML.FormContext> {
        let error = errors[name]
        return .div(
            .class(error == nil ? "field" : "field field-invalid"),
            .unwrap(error) { .p(.class("field-error"), .id("\(name)-error"), .safeText($0)) },
            .div(.class("choice"),
                 inputElement([("type", "checkbox"), ("id", name), ("name", name), ("value", "ja"),
                               ("checked", checked ? "checked" : nil), ("aria-invalid", error != nil ? "true" : nil),
                               ("aria-describedby", describedBy(name, hint: hint, error: error))]),
                 .label(.for(name), .safeText(label))),
            .unwrap(hint) { .p(.class("hint"), .id("\(name)-hint"), .safeText($0)) }
        )
    }

    /// A select whose id differs from its name (several forms on one page).
    static func plainSelect(name: String, id: String, label: String, options: [Option], selected: String?,
                            placeholder: String?) -> Node<HTML.FormContext> {
        .div(
            .class("field"),
            .label(.for(id), .safeText(label)),
            .element(named: "select", nodes: [
                .attr("id", id), .attr("name", name),
                .unwrap(placeholder) { text in
                    .element(named: "option", nodes: [
                        .attribute(Attribute<HTML.FormContext>(name: "value", value: "", ignoreIfValueIsEmpty: false)),
                        .safeText(text),
                    ])
                },
                .group(options.map { option in
                    .element(named: "option", nodes: [
                        .attr("value", option.value),
                        .if(option.value == selected, .attribute(named: "selected", value: "selected")),
                        .safeText(option.label),
                    ])
                }),
            ])
        )
    }

    static func hidden(_ name: String, _ value: String) -> Node<HTML.FormContext> {
        inputElement([("type", "hidden"), ("name", name), ("value", value)])
    }

    static func categoryOptions() -> [Option] {
        CoreExchange.Category.allCases.map { Option(value: $0.rawValue, label: German.Exchange.category($0)) }
    }
}
