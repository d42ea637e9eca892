import Foundation
import GemeinsamCore
import Plot

extension MonitorManagePages {
    static func marginsSection(_ m: Model, form: [String: String], errors: FormErrors,
                               csrfToken: String) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "randverteilungen"),
            .h2(.id("randverteilungen"), .text(Texts.Monitor.marginsHeading)),
            .p(.text(Texts.Monitor.marginsIntro)),
            .if(!m.marginSets.isEmpty, .div(.class("table-scroll"), .scrollRegion(T.marginSetsTableLabel), .table(
                .class("data"),
                .caption(.text(T.marginSetsCaption)),
                .thead(.tr(.columnHeader(T.nameColumn), .columnHeader(T.sourceColumn), .columnHeader(T.asOfColumn))),
                .tbody(.forEach(m.marginSets) { set in
                    .tr(.th(.attribute(named: "scope", value: "row"), .safeText(set.name),
                            .if(set.isSample, .span(.class("badge"), .text(Texts.sampleBadge)))),
                        .td(.safeText(set.source)), .td(.text(DisplayFormat.isoDate(set.asOf))))
                })
            ))),
            .form(
                .method(.post), .action(SiteURL.monitorMargins.path), .attribute(named: "enctype", value: "multipart/form-data"),
                .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(csrfToken),
                FormView.input(name: "rv-name", label: T.marginNameLabel, value: form["rv-name"] ?? "",
                               hint: T.marginNameHint, maxLength: 100, errors: errors),
                FormView.input(name: "rv-quelle", label: T.marginSourceLabel, value: form["rv-quelle"] ?? "",
                               hint: T.marginSourceHint, maxLength: 300, errors: errors),
                FormView.input(name: "rv-stand", label: T.marginDateLabel, value: form["rv-stand"] ?? "",
                               autocomplete: "off", maxLength: 10, errors: errors),
                fileField(errors: errors),
                FormView.textarea(name: "rv-inhalt", label: T.marginTextLabel, value: form["rv-inhalt"] ?? "",
                                  hint: T.marginTextHint, required: false, rows: 8, errors: errors),
                .div(.class("field"), FormView.choice(kind: .checkbox, id: "rv-bezirke", name: "rv-bezirke", value: "ja",
                                                      label: T.addDistrictsLabel,
                                                      checked: !(form["rv-bezirke"] ?? "").isEmpty)),
                FormView.submit(T.uploadMargins)
            )
        )
    }

    /// The CSV file input (the text below is the alternative).
    static func fileField(errors: FormErrors) -> Node<HTML.FormContext> {
        .div(.class(errors["rv-datei"] == nil ? "field" : "field field-invalid"),
             .label(.for("rv-datei"), .text(T.fileLabel), .span(.class("optional"), .text(T.fileAlternative))),
             .unwrap(errors["rv-datei"]) { .p(.class("field-error"), .id("rv-datei-error"), .safeText($0)) },
             FormView.inputElement([("type", "file"), ("id", "rv-datei"), ("name", "rv-datei"), ("accept", ".csv,text/csv")]))
    }

    static func questionnairesSection(_ m: Model, form: [String: String], errors: FormErrors,
                                      csrfToken: String) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "frageboegen"),
            .h2(.id("frageboegen"), .text(Texts.Monitor.questionnairesHeading)),
            .ul(.forEach(m.questionnaires) { q in
                .li(.safeText(T.questionnaireOption(q.title, version: q.version) + " "),
                    .if(q.isSample, .span(.class("badge"), .text(Texts.sampleBadge))),
                    .text(" "),
                    .a(.attr("href", SiteURL.monitorQuestionnaireJSON(q.id.uuidString).path),
                       .text(T.downloadJSON), .span(.class("visually-hidden"), .text(" (\(T.version(q.version)))"))))
            }),
            .h3(.text(Texts.Monitor.newVersionHeading)),
            .p(.text(Texts.Monitor.newVersionIntro)),
            .form(
                .method(.post), .action(SiteURL.monitorQuestionnaireVersion.path),
                .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(csrfToken),
                FormView.textarea(name: "definition", label: T.definitionLabel, value: form["definition"] ?? "",
                                  rows: 12, errors: errors),
                FormView.submit(T.saveVersion)
            )
        )
    }

    static func codes(_ codes: [String], wave: WaveRow, batch: String, context: PageContext) -> HTML {
        Layout.page(title: T.codesTitle, context: context, main: .group(
            .h1(.text(T.codesTitle)),
            .p(.safeText(T.codesFor(codes.count, wave: wave.name, batch: batch))),
            .p(.class("notice"), .text(T.codesShownOnce)),
            .ol(.class("code-list"), .forEach(codes) { .li(.text($0)) }),
            .p(.a(.href(SiteURL.monitorManage.path), .text(T.backToManage)))
        ))
    }
}
