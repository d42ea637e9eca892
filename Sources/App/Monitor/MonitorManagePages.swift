import Foundation
import Plot

enum MonitorManagePages {
    static func page(questionnaires: [QuestionnaireRecord], waves: [WaveRecord], marginSets: [MarginSetRecord],
                     answers: [UUID: Int], batches: [UUID: [SurveyQueries.CodeBatch]],
                     forms: MonitorManageController.Forms, errors: FormErrors, notice: String?, context: PageContext) -> HTML {
        func th(_ text: String, _ numeric: Bool) -> Node<HTML.TableRowContext> { MonitorPages.th(text, numeric: numeric) }
        let questionnaireNames = Dictionary(questionnaires.map { ($0.id, "Version \($0.version)") }, uniquingKeysWith: { a, _ in a })
        let setNames = Dictionary(marginSets.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let waveOptions = [FormView.OptionGroup(label: "Befragungswellen", options: waves.map { .init(value: $0.id.uuidString, label: $0.name) })]
        let marginOptions = [FormView.OptionGroup(label: "Hochgeladene Tabellen", options: marginSets.map {
            .init(value: $0.id.uuidString, label: "\($0.name) (Stand \(GermanFormat.isoDate($0.asOf)))")
        })]
        let questionnaireOptions = [FormView.OptionGroup(label: "Fragebögen", options: questionnaires.map {
            .init(value: $0.id.uuidString, label: "\($0.title) – Version \($0.version)")
        })]
        return Layout.page(title: German.Monitor.manageTitle, context: context, main: .group(
            .h1(.text(German.Monitor.manageTitle)),
            MonitorPages.subnav(MonitorQuery(wave: nil, outcome: .ucla, area: nil), isCoordinator: true, pending: 0),
            .unwrap(notice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .safeText($0)) },
            FormView.errorSummary(errors),

            .section(
                .attribute(named: "aria-labelledby", value: "wellen"),
                .h2(.id("wellen"), .text(German.Monitor.wavesHeading)),
                .if(waves.isEmpty, .p(.class("empty-state"), .text("Noch keine Befragungswelle."))),
                .if(!waves.isEmpty, .div(.class("table-scroll"), MonitorPages.scrollRegion("Tabelle der Befragungswellen"), .table(
                    .class("data data-wide"),
                    .caption(.text("Alle Befragungswellen, neueste zuerst")),
                    .thead(.tr(th("Name", false), th("Zeitraum", false), th("Fragebogen", false), th("Gewichtung", false),
                               th("Antworten", true), th("Einmal-Codes (benutzt/erstellt)", false))),
                    .tbody(.forEach(waves) { wave in
                        .tr(.th(.attribute(named: "scope", value: "row"), .safeText(wave.name),
                                .if(wave.isSample, .span(.class("badge"), .text(German.sampleBadge)))),
                            .td(.text(GermanFormat.isoDate(wave.startsOn) + " – " + GermanFormat.isoDate(wave.endsOn))),
                            .td(.text(questionnaireNames[wave.questionnaireID] ?? "–")),
                            .td(.safeText(wave.marginSetID.flatMap { setNames[$0] } ?? German.Monitor.builtinMargins)),
                            .td(.class("num"), .text(GermanFormat.integer(answers[wave.id] ?? 0))),
                            .td(.safeText((batches[wave.id] ?? []).map { "\($0.batch): \($0.used)/\($0.total)" }.joined(separator: "; ")
                                + (wave.codesRequired ? " (online nur mit Code)" : ""))))
                    })
                )))
            ),

            .section(
                .attribute(named: "aria-labelledby", value: "neue-welle"),
                .h2(.id("neue-welle"), .text(German.Monitor.newWaveHeading)),
                .form(
                    .method(.post), .action(SiteURL.monitorWaves.path), .attribute(named: "novalidate", value: "novalidate"),
                    FormView.csrfField(context.csrfToken),
                    FormView.input(name: "name", label: "Name der Welle", value: forms.wave["name"] ?? "",
                                   hint: "Zum Beispiel „Frühjahr 2027“.", maxLength: 100, errors: errors),
                    FormView.input(name: "beginn", label: "Erster Tag (TT.MM.JJJJ)", value: forms.wave["beginn"] ?? "",
                                   autocomplete: "off", maxLength: 10, errors: errors),
                    FormView.input(name: "ende", label: "Letzter Tag (TT.MM.JJJJ)", value: forms.wave["ende"] ?? "",
                                   autocomplete: "off", maxLength: 10, errors: errors),
                    FormView.select(name: "fragebogen", label: "Fragebogen", groups: questionnaireOptions,
                                    selected: forms.wave["fragebogen"] ?? questionnaires.first?.id.uuidString,
                                    placeholder: "Bitte wählen", errors: errors),
                    FormView.select(name: "gewichtung", label: "Gewichtung nach", groups: marginOptions,
                                    selected: forms.wave["gewichtung"], placeholder: German.Monitor.builtinMargins,
                                    errors: errors, required: false),
                    .div(.class("field"), SurveyPages.choice(type: "checkbox", id: "codes", name: "codes", value: "ja",
                                                             label: "Online nur mit Einmal-Code teilnehmen",
                                                             checked: !(forms.wave["codes"] ?? "").isEmpty)),
                    FormView.submit("Welle anlegen")
                )
            ),

            .section(
                .attribute(named: "aria-labelledby", value: "gewichtung-aendern"),
                .h2(.id("gewichtung-aendern"), .text("Gewichtung einer Welle ändern")),
                .form(
                    .method(.post), .action(SiteURL.monitorWaveWeighting.path), .attribute(named: "novalidate", value: "novalidate"),
                    FormView.csrfField(context.csrfToken),
                    FormView.select(name: "welle", label: "Befragungswelle", groups: waveOptions, selected: forms.weighting["welle"],
                                    placeholder: "Bitte wählen", errors: errors),
                    FormView.select(name: "gewichtung-welle", label: "Gewichtung nach", groups: marginOptions,
                                    selected: forms.weighting["gewichtung"], placeholder: German.Monitor.builtinMargins,
                                    errors: errors, required: false),
                    FormView.submit("Gewichtung speichern")
                )
            ),

            .section(
                .attribute(named: "aria-labelledby", value: "codes-erstellen"),
                .h2(.id("codes-erstellen"), .text(German.Monitor.codesHeading)),
                .p(.text("Einmal-Codes begrenzen doppelte Antworten bei Papier- und Kioskverteilung. Wir speichern nur eine "
                    + "verschlüsselte Prüfsumme und ob der Code benutzt wurde – nie, welche Antwort ihn benutzt hat.")),
                .form(
                    .method(.post), .action(SiteURL.monitorCodes.path), .attribute(named: "novalidate", value: "novalidate"),
                    FormView.csrfField(context.csrfToken),
                    FormView.select(name: "code-welle", label: "Befragungswelle", groups: waveOptions,
                                    selected: forms.codes["code-welle"], placeholder: "Bitte wählen", errors: errors),
                    FormView.input(name: "anzahl", label: "Anzahl (1 bis 1.000)", value: forms.codes["anzahl"] ?? "",
                                   autocomplete: "off", maxLength: 4, errors: errors),
                    FormView.input(name: "stapel", label: "Bezeichnung des Stapels", value: forms.codes["stapel"] ?? "",
                                   hint: "Zum Beispiel der Ort, an dem die Bögen verteilt werden.", maxLength: 100, errors: errors),
                    FormView.submit("Codes erstellen")
                )
            ),

            .section(
                .attribute(named: "aria-labelledby", value: "randverteilungen"),
                .h2(.id("randverteilungen"), .text(German.Monitor.marginsHeading)),
                .p(.text(German.Monitor.marginsIntro)),
                .if(!marginSets.isEmpty, .div(.class("table-scroll"), MonitorPages.scrollRegion("Tabelle der Bevölkerungszahlen"), .table(
                    .class("data"),
                    .caption(.text("Hochgeladene Bevölkerungszahlen")),
                    .thead(.tr(th("Name", false), th("Quelle", false), th("Stand", false))),
                    .tbody(.forEach(marginSets) { set in
                        .tr(.th(.attribute(named: "scope", value: "row"), .safeText(set.name),
                                .if(set.isSample, .span(.class("badge"), .text(German.sampleBadge)))),
                            .td(.safeText(set.source)), .td(.text(GermanFormat.isoDate(set.asOf))))
                    })
                ))),
                .form(
                    .method(.post), .action(SiteURL.monitorMargins.path), .attribute(named: "enctype", value: "multipart/form-data"),
                    .attribute(named: "novalidate", value: "novalidate"),
                    FormView.csrfField(context.csrfToken),
                    FormView.input(name: "rv-name", label: "Name der Tabelle", value: forms.margins["rv-name"] ?? "",
                                   hint: "Zum Beispiel „Bevölkerung nach Alter und Geschlecht 2024“.", maxLength: 100, errors: errors),
                    FormView.input(name: "rv-quelle", label: "Quelle", value: forms.margins["rv-quelle"] ?? "",
                                   hint: "Zum Beispiel „Stadt Dortmund, Dortmunder Statistik, Tabelle 3.2“.", maxLength: 300,
                                   errors: errors),
                    FormView.input(name: "rv-stand", label: "Stand der Zahlen (TT.MM.JJJJ)", value: forms.margins["rv-stand"] ?? "",
                                   autocomplete: "off", maxLength: 10, errors: errors),
                    .div(.class(errors["rv-datei"] == nil ? "field" : "field field-invalid"),
                         .label(.for("rv-datei"), .text("CSV-Datei"), .span(.class("optional"), .text(" (oder unten einfügen)"))),
                         .unwrap(errors["rv-datei"]) { .p(.class("field-error"), .id("rv-datei-error"), .safeText($0)) },
                         FormView.inputElement([("type", "file"), ("id", "rv-datei"), ("name", "rv-datei"), ("accept", ".csv,text/csv")])),
                    textarea(name: "rv-inhalt", label: "oder CSV-Inhalt einfügen", value: forms.margins["rv-inhalt"] ?? "",
                             hint: "Erste Zeile: variable,category,population", rows: 8, errors: errors),
                    .div(.class("field"), SurveyPages.choice(
                        type: "checkbox", id: "rv-bezirke", name: "rv-bezirke", value: "ja",
                        label: "Einwohnerzahlen der Stadtbezirke aus der Geografie ergänzen (auf die Gesamtzahl der Datei umgerechnet)",
                        checked: !(forms.margins["rv-bezirke"] ?? "").isEmpty)),
                    FormView.submit("Hochladen und prüfen")
                )
            ),

            .section(
                .attribute(named: "aria-labelledby", value: "frageboegen"),
                .h2(.id("frageboegen"), .text(German.Monitor.questionnairesHeading)),
                .ul(.forEach(questionnaires) { q in
                    .li(.safeText("\(q.title) – Version \(q.version) "),
                        .if(q.isSample, .span(.class("badge"), .text(German.sampleBadge))),
                        .text(" "),
                        .a(.attr("href", SiteURL.monitorQuestionnaireJSON(q.id.uuidString).path),
                           .text("als JSON herunterladen"), .span(.class("visually-hidden"), .text(" (Version \(q.version))"))))
                }),
                .h3(.text(German.Monitor.newVersionHeading)),
                .p(.text(German.Monitor.newVersionIntro)),
                .form(
                    .method(.post), .action(SiteURL.monitorQuestionnaireVersion.path),
                    .attribute(named: "novalidate", value: "novalidate"),
                    FormView.csrfField(context.csrfToken),
                    textarea(name: "definition", label: "Fragebogen (JSON)", value: forms.version["definition"] ?? "",
                             hint: nil, rows: 12, errors: errors),
                    FormView.submit("Als neue Version speichern")
                )
            )
        ))
    }

    static func textarea(name: String, label: String, value: String, hint: String?, rows: Int,
                         errors: FormErrors) -> Node<HTML.FormContext> {
        let error = errors[name]
        let describedBy = [hint != nil ? "\(name)-hint" : nil, error != nil ? "\(name)-error" : nil].compactMap { $0 }.joined(separator: " ")
        return .div(
            .class(error == nil ? "field field-wide" : "field field-wide field-invalid"),
            .label(.for(name), .safeText(label)),
            .unwrap(hint) { .p(.class("hint"), .id("\(name)-hint"), .safeText($0)) },
            .unwrap(error) { .p(.class("field-error"), .id("\(name)-error"), .safeText($0)) },
            .textarea(.attr("id", name), .attr("name", name), .attribute(named: "rows", value: String(rows)),
                      .if(error != nil, .attribute(named: "aria-invalid", value: "true")),
                      .if(!describedBy.isEmpty, .attribute(named: "aria-describedby", value: describedBy)),
                      .safeText(value))
        )
    }

    static func codes(_ codes: [String], wave: WaveRecord, batch: String, context: PageContext) -> HTML {
        Layout.page(title: "Einmal-Codes", context: context, main: .group(
            .h1(.text("Einmal-Codes")),
            .p(.safeText("\(codes.count) Codes für „\(wave.name)“, Stapel „\(batch)“.")),
            .p(.class("notice"), .text("Wir zeigen die Codes nur dieses eine Mal. Bitte drucken Sie die Seite jetzt aus "
                + "(Strg + P) und schneiden Sie die Codes aus. Jeder Code gilt für genau eine Antwort.")),
            .ol(.class("code-list"), .forEach(codes) { .li(.text($0)) }),
            .p(.a(.href(SiteURL.monitorManage.path), .text("Zurück zu Fragebogen und Befragungswellen")))
        ))
    }
}

