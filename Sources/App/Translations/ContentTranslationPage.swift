import Foundation
import GemeinsamCore
import Plot

/// The translation page: the text's own language, its translations (each with its `lang`), and one form to add or
/// change a translation (`?sprache=tr` fills it with that translation).
enum ContentTranslationPage {
    typealias C = ContentTranslationFields
    typealias T = Texts.ContentTranslations

    static func page(_ item: TranslatableItem, kind: ContentKind, rows: [ContentLanguageRow], form: [String: String],
                     errors: FormErrors, notice: String?, context: PageContext) -> HTML {
        let original = rows.first(where: \.isOriginal).flatMap { GemeinsamCore.Language.withCode($0.language) } ?? .german
        let translations = rows.filter { !$0.isOriginal }
        let url = SiteURL.contentTranslations(kind, item.id).path
        let targets = GemeinsamCore.Language.all.filter { $0 != original }
        let title = ContentLanguage.mark(item.title, original, reader: context.language)
        return Layout.page(title: T.title(title), context: context, main: .group(
            .h1(.safeText(T.title(title))),
            .unwrap(notice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .safeText($0)) },
            .p(.text(T.intro)),
            .p(.a(.attr("href", item.pageURL.path), .text(T.backToItem))),
            FormView.errorSummary(errors),
            .section(
                .attribute(named: "aria-labelledby", value: "textsprache"),
                .h2(.id("textsprache"), .text(T.originalHeading)),
                .form(
                    .method(.post), .action(url), .attribute(named: "novalidate", value: "novalidate"),
                    FormView.csrfField(context.csrfToken),
                    hidden(C.action, "original"),
                    FormView.select(name: C.original, label: T.originalLabel,
                                    options: GemeinsamCore.Language.all.map { .init(value: $0.code, label: Texts.Languages.choiceLabel($0)) },
                                    selected: form[C.original] ?? original.code, placeholder: nil,
                                    hint: T.originalHint, errors: errors),
                    FormView.submit(T.originalSubmit)
                )
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "vorhanden"),
                .h2(.id("vorhanden"), .text(T.existingHeading)),
                .if(translations.isEmpty, .p(.class("empty-state"), .text(T.none))),
                .ul(.class("translation-list"), .forEach(translations) { row in
                    translationItem(row, url: url, csrfToken: context.csrfToken)
                })
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "uebersetzen"),
                .h2(.id("uebersetzen"), .text(T.formHeading)),
                .form(
                    .method(.post), .action(url), .attribute(named: "novalidate", value: "novalidate"),
                    FormView.csrfField(context.csrfToken),
                    hidden(C.action, "speichern"),
                    FormView.select(name: C.language, label: T.languageLabel,
                                    options: targets.map { .init(value: $0.code, label: Texts.Languages.choiceLabel($0)) },
                                    selected: form[C.language], placeholder: T.choose, hint: T.languageHint,
                                    errors: errors),
                    FormView.input(name: C.title, label: T.titleLabel, value: form[C.title] ?? "",
                                   hint: T.originalText(title), maxLength: kind.titleLimit, errors: errors),
                    FormView.textarea(name: C.description, label: T.descriptionLabel,
                                      value: form[C.description] ?? "", hint: T.descriptionHint, required: false,
                                      maxLength: kind.descriptionLimit, errors: errors),
                    FormView.submit(T.submit)
                )
            )
        ))
    }

    static func translationItem(_ row: ContentLanguageRow, url: String, csrfToken: String) -> Node<HTML.ListContext> {
        let language = GemeinsamCore.Language.withCode(row.language) ?? .german
        let name = Texts.Languages.choiceLabel(language)
        let lang: Node<HTML.BodyContext> = .group(.attribute(named: "lang", value: language.htmlLang),
                                                   .attribute(named: "dir", value: language.direction.rawValue))
        let editURL = url + "?" + C.language + "=" + QueryText.escape(row.language) + "#uebersetzen"
        let delete: Node<HTML.BodyContext> = .form(
            .method(.post), .action(url), .class("inline-form"),
            FormView.csrfField(csrfToken), hidden(C.action, "loeschen"), hidden(C.language, row.language),
            .button(.type(.submit), .class("button button-secondary"), .text(T.delete),
                    .span(.class("visually-hidden"), .text(" " + name))))
        return .li(
            .h3(.text(name)),
            .p(lang, .strong(.safeText(row.title))),
            .if(!row.description.isEmpty, .p(lang, .safeText(row.description))),
            .div(.class("actions"),
                 .a(.attr("href", editURL), .text(T.edit), .span(.class("visually-hidden"), .text(" " + name))),
                 delete)
        )
    }

    static func hidden(_ name: String, _ value: String) -> Node<HTML.FormContext> {
        .input(.type(.hidden), .name(name), .value(value))
    }
}
