import Plot

/// Field-level validation messages, in the order the fields appear on the form.
struct FormErrors: Error, Sendable {
    private(set) var items: [(field: String, message: String)] = []
    var isEmpty: Bool { items.isEmpty }
    subscript(field: String) -> String? { items.first { $0.field == field }?.message }
    mutating func add(_ field: String, _ message: String) {
        if self[field] == nil { items.append((field, message)) }
    }
}

/// Accessible form controls: every input has a label, an optional hint, and an error message that is linked to the
/// input with aria-describedby and announced through the summary at the top of the form.
enum FormView {
    static func errorSummary(_ errors: FormErrors) -> Node<HTML.BodyContext> {
        guard !errors.isEmpty else { return .empty }
        return .div(
            .class("error-summary"), .attribute(named: "role", value: "alert"),
            .attribute(named: "tabindex", value: "-1"), .id("fehler"),
            .h2(.text(Texts.Errors.summaryHeading)),
            .ul(.forEach(errors.items) { item in
                .li(.a(.attr("href", "#" + item.field), .safeText(item.message)))
            })
        )
    }

    static func csrfField(_ token: String) -> Node<HTML.FormContext> {
        inputElement([("type", "hidden"), ("name", CSRFMiddleware.fieldName), ("value", token)])
    }

    enum InputKind: String { case text, email, password, search, tel }

    /// `inputMode` asks phones for a keyboard ("numeric"); `id` (default: `name`) tells apart several forms with the
    /// same field on one page.
    static func input(name: String, label: String, kind: InputKind = .text, value: String = "", hint: String? = nil,
                      autocomplete: String? = nil, inputMode: String? = nil, required: Bool = true, maxLength: Int? = nil,
                      id: String? = nil, errors: FormErrors) -> Node<HTML.FormContext> {
        let error = errors[name]
        let id = id ?? name
        return .div(
            .class(error == nil ? "field" : "field field-invalid"),
            .label(.for(id), .safeText(label), .if(!required, .span(.class("optional"), .text(" " + Texts.optionalMark)))),
            .unwrap(hint) { .p(.class("hint"), .id("\(id)-hint"), .safeText($0)) },
            .unwrap(error) { .p(.class("field-error"), .id("\(id)-error"), .safeText($0)) },
            inputElement([
                ("type", kind.rawValue), ("id", id), ("name", name),
                ("value", kind == .password ? nil : value),
                ("autocomplete", autocomplete),
                ("inputmode", inputMode),
                ("required", required ? "required" : nil),
                ("maxlength", maxLength.map(String.init)),
                ("aria-invalid", error != nil ? "true" : nil),
                ("aria-describedby", describedBy(id, hint: hint, error: error)),
            ])
        )
    }

    struct Option { var value: String; var label: String }
    struct OptionGroup { var label: String; var options: [Option] }

    /// A select with option groups; `select(name:label:options:…)` is the same without groups.
    static func select(name: String, label: String, groups: [OptionGroup], selected: String?, placeholder: String?,
                       hint: String? = nil, errors: FormErrors, required: Bool = true) -> Node<HTML.FormContext> {
        selectField(name: name, label: label, hint: hint, required: required, errors: errors, placeholder: placeholder,
                    options: .group(groups.map { group in
                        .element(named: "optgroup", nodes: [.attr("label", group.label),
                                                            .group(group.options.map { option($0, selected: selected) })])
                    }))
    }

    static func select(name: String, label: String, options: [Option], selected: String?, placeholder: String?,
                       hint: String? = nil, required: Bool = true, errors: FormErrors) -> Node<HTML.FormContext> {
        selectField(name: name, label: label, hint: hint, required: required, errors: errors, placeholder: placeholder,
                    options: .group(options.map { option($0, selected: selected) }))
    }

    static func option(_ option: Option, selected: String?) -> Node<HTML.FormContext> {
        .element(named: "option", nodes: [
            .attr("value", option.value),
            .if(option.value == selected, .attribute(named: "selected", value: "selected")),
            .safeText(option.label),
        ])
    }

    private static func selectField(name: String, label: String, hint: String?, required: Bool, errors: FormErrors,
                                    placeholder: String?, options: Node<HTML.FormContext>) -> Node<HTML.FormContext> {
        let error = errors[name]
        return .div(
            .class(error == nil ? "field" : "field field-invalid"),
            .label(.for(name), .safeText(label), .if(!required, .span(.class("optional"), .text(" " + Texts.optionalMark)))),
            .unwrap(hint) { .p(.class("hint"), .id("\(name)-hint"), .safeText($0)) },
            .unwrap(error) { .p(.class("field-error"), .id("\(name)-error"), .safeText($0)) },
            .element(named: "select", nodes: [
                .attr("id", name), .attr("name", name), .if(required, .attribute(named: "required", value: "required")),
                .if(error != nil, .attribute(named: "aria-invalid", value: "true")),
                .unwrap(describedBy(name, hint: hint, error: error)) { .attr("aria-describedby", $0) },
                .unwrap(placeholder, placeholderOption),
                options,
            ])
        )
    }

    /// The first option of a select, with an empty value ("Bitte wählen").
    static func placeholderOption(_ text: String) -> Node<HTML.FormContext> {
        .element(named: "option", nodes: [
            .attribute(Attribute<HTML.FormContext>(name: "value", value: "", ignoreIfValueIsEmpty: false)),
            .safeText(text),
        ])
    }

    /// An `<input>` with escaped attribute values; attributes whose value is nil are left out.
    static func inputElement(_ attributes: [(String, String?)]) -> Node<HTML.FormContext> {
        .selfClosedElement(named: "input", attributes: attributes.compactMap { name, value in
            value.map { Attribute<HTML.FormContext>(name: name, value: HTMLEscape.text($0), ignoreIfValueIsEmpty: false) }
        })
    }

    static func submit(_ label: String) -> Node<HTML.FormContext> {
        .button(.type(.submit), .class("button"), .safeText(label))
    }
}
