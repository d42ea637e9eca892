import GemeinsamCore
import Plot

/// Form controls the editing forms need beyond `FormView.input/select`: multi-line text, single checkboxes and
/// groups of checkboxes or radio buttons in a fieldset. Same rules as `FormView`: every control has a label, hints
/// and errors are linked with aria-describedby, and the first control of a group carries the field's name as id, so
/// the error summary's link `#name` lands in the group.
extension FormView {
    static func describedBy(_ name: String, hint: String?, error: String?) -> String? {
        let ids = [hint != nil ? "\(name)-hint" : nil, error != nil ? "\(name)-error" : nil].compactMap { $0 }
        return ids.isEmpty ? nil : ids.joined(separator: " ")
    }

    static func textarea(name: String, label: String, value: String, hint: String? = nil, required: Bool = true,
                         maxLength: Int? = nil, rows: Int = 6, errors: FormErrors) -> Node<HTML.FormContext> {
        let error = errors[name]
        let described = describedBy(name, hint: hint, error: error)
        return .div(
            .class(error == nil ? "field field-wide" : "field field-wide field-invalid"),
            .label(.for(name), .safeText(label), .if(!required, .span(.class("optional"), .text(" " + Texts.optionalMark)))),
            .unwrap(hint) { .p(.class("hint"), .id("\(name)-hint"), .safeText($0)) },
            .unwrap(error) { .p(.class("field-error"), .id("\(name)-error"), .safeText($0)) },
            .element(named: "textarea", nodes: [
                .attr("id", name), .attr("name", name), .attr("rows", String(rows)),
                .if(required, .attribute(named: "required", value: "required")),
                .unwrap(maxLength) { .attr("maxlength", String($0)) },
                .if(error != nil, .attribute(named: "aria-invalid", value: "true")),
                .unwrap(described) { .attr("aria-describedby", $0) },
                .safeText(value),
            ])
        )
    }

    /// One checkbox with its label after it (value "ja").
    static func checkbox(name: String, label: String, checked: Bool, hint: String? = nil,
                         errors: FormErrors) -> Node<HTML.FormContext> {
        let error = errors[name]
        return .div(
            .class(error == nil ? "field choice" : "field choice field-invalid"),
            .unwrap(error) { .p(.class("field-error"), .id("\(name)-error"), .safeText($0)) },
            inputElement([
                ("type", "checkbox"), ("id", name), ("name", name), ("value", "ja"),
                ("checked", checked ? "checked" : nil), ("aria-invalid", error != nil ? "true" : nil),
                ("aria-describedby", describedBy(name, hint: hint, error: error)),
            ]),
            .label(.for(name), .safeText(label)),
            .unwrap(hint) { .p(.class("hint"), .id("\(name)-hint"), .safeText($0)) }
        )
    }

    enum ChoiceKind: String { case checkbox, radio }

    /// A fieldset of checkboxes or radio buttons sharing one name.
    static func choices(name: String, legend: String, kind: ChoiceKind, options: [Option], selected: Set<String>,
                        hint: String? = nil, errors: FormErrors, columns: Bool = false) -> Node<HTML.FormContext> {
        let error = errors[name]
        let described = describedBy(name, hint: hint, error: error)
        return .fieldset(
            .class(error == nil ? "field-group" : "field-group field-invalid"),
            .unwrap(described) { .attr("aria-describedby", $0) },
            .element(named: "legend", nodes: [.safeText(legend)]),
            .unwrap(hint) { .p(.class("hint"), .id("\(name)-hint"), .safeText($0)) },
            .unwrap(error) { .p(.class("field-error"), .id("\(name)-error"), .safeText($0)) },
            .div(.class(columns ? "choices choices-columns" : "choices"), .group(options.enumerated().map { (index, option) -> Node<HTML.FormContext> in
                let id = index == 0 ? name : "\(name)-\(Slug.make(option.value).isEmpty ? String(index) : Slug.make(option.value))"
                return choice(kind: kind, id: id, name: name, value: option.value, label: option.label,
                              checked: selected.contains(option.value), invalid: error != nil)
            }))
        )
    }

    /// One checkbox or radio button with its label after it, for groups that build their own fieldset.
    static func choice(kind: ChoiceKind, id: String, name: String, value: String, label: String, checked: Bool,
                       invalid: Bool = false) -> Node<HTML.FormContext> {
        .div(
            .class("choice"),
            inputElement([
                ("type", kind.rawValue), ("id", id), ("name", name), ("value", value),
                ("checked", checked ? "checked" : nil), ("aria-invalid", invalid ? "true" : nil),
            ]),
            .label(.attr("for", id), .safeText(label))
        )
    }

    /// A small form with only a token and one button, e.g. "Pausieren".
    static func buttonForm(action: String, csrfToken: String, fields: [(String, String)], label: String,
                           secondary: Bool = false) -> Node<HTML.BodyContext> {
        .form(
            .method(.post), .action(action), .class("inline-form"),
            csrfField(csrfToken),
            .group(fields.map { field in inputElement([("type", "hidden"), ("name", field.0), ("value", field.1)]) }),
            .button(.type(.submit), .class(secondary ? "button button-secondary" : "button"), .safeText(label))
        )
    }
}

extension Node where Context == HTML.BodyContext {
    /// The "Beispiel" badge of sample content.
    static func sampleBadge(_ isSample: Bool) -> Node {
        .if(isSample, .span(.class("badge badge-sample"), .text(Texts.sampleBadge)))
    }

    /// The status as a badge; published items get none (that is the normal case).
    static func statusBadge(_ status: PublicationStatus) -> Node {
        .if(status != .published, .span(.class("badge badge-\(status.rawValue)"), .text(status.label)))
    }

    /// A notice announced to screen readers.
    static func statusNotice(_ text: String?) -> Node {
        .unwrap(text) { .p(.class("notice"), .attribute(named: "role", value: "status"), .safeText($0)) }
    }
}
