import Foundation
import GemeinsamCore
import Plot

/// The directory, the actor page, "Meine Akteure", the actor form and the coordinators' review.
enum ActorPages {
    private typealias T = German.Actors

    // MARK: directory

    static func directory(actors: [ActorQueries.Actor], query: ActorController.DirectoryQuery, map: String,
                          geography: GeographySnapshot, context: PageContext) -> HTML {
        let f = query.filter
        return Layout.page(title: T.directoryTitle, context: context, description: T.directoryIntro, main: .group(
            .h1(.text(T.directoryTitle)),
            .p(.text(T.directoryIntro)),
            .if(!query.problems.isEmpty, .div(.class("error-summary"), .attribute(named: "role", value: "alert"),
                                              .ul(.forEach(query.problems) { .li(.safeText($0)) }))),
            .form(
                .class("filter-form"), .method(.get), .action(SiteURL.actors.path),
                .element(named: "fieldset", nodes: [
                .element(named: "legend", nodes: [.text(T.filterLegend)]),
                .div(.class("filter-grid"),
                     .div(.class("field"),
                          .label(.attr("for", "q"), .text(T.searchLabel)),
                          .raw("<input type=\"search\" id=\"q\" name=\"q\" maxlength=\"100\" value=\"\(HTMLEscape.text(f.text))\">")),
                     FilterForm.select("thema", T.topic, [("", T.anyTopic)] + ActorTopic.allCases.map { ($0.rawValue, $0.label) },
                                                f.topic?.rawValue ?? ""),
                     FilterForm.select("gebiet", T.area, [("", T.anyArea)] + areaOptions(geography), query.areaSlug),
                     FilterForm.select("rechtsform", T.legalForm, [("", T.anyLegalForm)] + LegalForm.allCases.map {
                         ($0.rawValue, $0.label) }, f.legalForm?.rawValue ?? ""),
                     FilterForm.select("zielgruppe", T.audience, [("", T.anyAudience)] + Audience.allCases.map {
                         ($0.rawValue, $0.label) }, f.audience?.rawValue ?? "")),
                .div(.class("button-row"),
                     .button(.type(.submit), .class("button"), .text(T.filterButton)),
                     .a(.class("button-link"), .href(SiteURL.actors.path), .text(T.resetFilters))),
                ])
            ),
            .p(.class("result-count"), .attribute(named: "role", value: "status"),
               .text(actors.isEmpty ? T.noResults : T.resultCount(actors.count))),
            .div(
                .class("area-grid"),
                .if(!actors.isEmpty, .ol(.class("offer-list"), .forEach(actors.enumerated()) { index, actor in
                    .li(.class("offer-item"),
                        .h2(.class("offer-title"),
                            .span(.class("marker-number"), .attribute(named: "aria-hidden", value: "true"), .text("\(index + 1)")),
                            .a(.attr("href", SiteURL.actor(actor.id.uuidString.lowercased()).path), .safeText(actor.name))),
                        .p(.class("offer-meta"), .safeText(([actor.input.legalForm.label] + whereText(actor, geography)).joined(separator: " · "))),
                        .p(.safeText(actor.input.topics.map(\.label).joined(separator: ", "))),
                        .if(actor.isSample, .p(.sampleBadge(true))))
                })),
                .element(named: "figure", nodes: [
                    .class("map-figure"), .raw(map),
                    .element(named: "figcaption", nodes: [
                        .strong(.text(German.schematicMap)), .text(" – "), .text(T.mapCaption + " " + German.schematicMapNote),
                    ]),
                ])
            ),
            .h2(.text(T.moreHeading)),
            .ul(.class("actions"),
                .li(.a(.href(SiteURL.actorNew.path), .text(T.registerLink))),
                .if(context.user != nil, .li(.a(.href(SiteURL.actorsMine.path), .text(T.mineTitle)))),
                .if(context.user?.has(.coordinator) == true, .li(.a(.href(SiteURL.actorsReview.path), .text(T.reviewTitle)))),
                .if(context.user?.has(.coordinator) == true, .li(.a(.href(SiteURL.network.path), .text(German.Network.title)))),
                .li(.a(.href(SiteURL.actorsCSV.path), .text(T.csvLink))),
                .li(.a(.href(SiteURL.actorsGeoJSON.path), .text(T.geoJSONLink))),
                .li(.a(.href(APIURL.actors.path), .text(T.apiLink))))
        ))
    }

    static func areaOptions(_ geography: GeographySnapshot) -> [(String, String)] {
        geography.all(.district).flatMap { district in
            [(district.slug, T.districtOption(district.name))]
                + geography.children(of: district).map { ($0.slug, T.quartierOption($0.name)) }
        }
    }

    static func whereText(_ actor: ActorQueries.Actor, _ geography: GeographySnapshot) -> [String] {
        if let area = actor.input.areaID.flatMap({ geography.areas[$0] }) { return [area.name] }
        let names = actor.input.workAreaIDs.compactMap { geography.areas[$0]?.name }
        return [T.withoutFixedPlace + (names.isEmpty ? "" : ": " + names.prefix(3).joined(separator: ", ") + (names.count > 3 ? " …" : ""))]
    }

    // MARK: actor page

    static func actor(_ actor: ActorQueries.Actor, places: [ActorQueries.Item], offers: [ActorQueries.Item],
                      rooms: [ActorQueries.Item], ties: [TieQueries.Tie], map: String?, mayEdit: Bool,
                      geography: GeographySnapshot, notice: String?, context: PageContext) -> HTML {
        let a = actor.input
        let idText = actor.id.uuidString.lowercased()
        let area = a.areaID.flatMap { geography.areas[$0] }
        let workAreas = a.workAreaIDs.compactMap { geography.areas[$0] }
        return Layout.page(title: actor.name, context: context, description: String(a.description.prefix(160)), main: .group(
            .p(.class("eyebrow"), .a(.href(SiteURL.actors.path), .text(T.directoryTitle))),
            .h1(.safeText(actor.name)),
            .statusNotice(notice),
            .if(actor.isSample, .p(.class("notice"), .text(T.sampleNote))),
            .if(actor.status == .submitted, .p(.class("notice"), .text(T.submittedNote))),
            .if(actor.status == .rejected, .div(.class("notice notice-warning"),
                                                .p(.text(T.rejectedNote)), .p(.safeText(actor.rejectionReason)))),
            .div(
                .class("area-grid"),
                .div(
                    .p(.safeText(a.description)),
                    .dl(.class("facts"),
                        .dt(.text(T.legalForm)), .dd(.text(a.legalForm.label)),
                        .dt(.text(T.topicsLabel)), .dd(.text(a.topics.map(\.label).joined(separator: ", "))),
                        .dt(.text(T.audiencesLabel)), .dd(.text(a.audiences.map(\.label).joined(separator: ", "))),
                        .dt(.text(T.addressLabel)),
                        .dd(a.hasFixedPlace
                            ? .group(.safeText([a.street, a.postalCode.isEmpty ? nil : a.postalCode + " Dortmund"].compactMap { $0 }
                                                .joined(separator: ", ")),
                                     .unwrap(area) { .group(.text(" ("), .a(.attr("href", SiteURL.quartier($0.slug).path), .safeText($0.name)), .text(")")) })
                            : .text(T.withoutFixedPlace)),
                        .if(!workAreas.isEmpty, .group(
                            .dt(.text(T.workAreasLabel)),
                            .dd(.group(workAreas.enumerated().map { i, q in
                                .group(.if(i > 0, .text(", ")), .a(.attr("href", SiteURL.quartier(q.slug).path), .safeText(q.name)))
                            })))),
                        .unwrap(a.foundedYear) { .group(.dt(.text(T.foundedLabel)), .dd(.text(String($0)))) },
                        .dt(.text(T.sizeLabel)), .dd(.text(a.size.label)),
                        .if(!a.contactEmail.isEmpty, .group(.dt("E-Mail"), .dd(.a(.attr("href", "mailto:" + a.contactEmail), .safeText(a.contactEmail))))),
                        .if(!a.contactPhone.isEmpty, .group(.dt("Telefon"), .dd(.safeText(a.contactPhone)))),
                        .if(!a.website.isEmpty, .group(.dt("Internet"), .dd(.a(.attr("href", a.website), .safeText(a.website))))))
                ),
                .unwrap(map) { svg in
                    .element(named: "figure", nodes: [
                        .class("map-figure"), .raw(svg),
                        .element(named: "figcaption", nodes: [
                            .strong(.text(German.schematicMap)), .text(" – "),
                            .text((a.hasFixedPlace && a.lat != nil ? T.mapCaptionOne : T.mapCaptionArea) + " " + German.schematicMapNote),
                        ]),
                    ])
                }
            ),
            itemSection(T.placesHeading, T.noPlaces, places) { SiteURL.place($0.uuidString.lowercased()).path },
            itemSection(T.offersHeading, T.noOffers, offers) { SiteURL.offer($0.uuidString.lowercased()).path },
            itemSection(T.roomsHeading, T.noRooms, rooms) { SiteURL.room($0.uuidString.lowercased()).path },
            .h2(.text(T.cooperationsHeading)),
            .if(ties.isEmpty, .p(.text(T.noCooperations))),
            .if(!ties.isEmpty, .div(.class("table-scroll"), MonitorPages.scrollRegion(T.cooperationsCaption(actor.name)), .table(
                .class("data-table"),
                .caption(.text(T.cooperationsCaption(actor.name))),
                .thead(.tr(.th(.attr("scope", "col"), .text(T.partner)), .th(.attr("scope", "col"), .text(T.kind)),
                           .th(.attr("scope", "col"), .text(T.basis)))),
                .tbody(.forEach(ties) { tie in
                    let other = tie.other(than: actor.id)
                    return .tr(.td(.a(.attr("href", SiteURL.actor(other.id.uuidString.lowercased()).path), .safeText(other.name))),
                               .td(.text(tie.kind.label)),
                               .td(.safeText(tie.isDerived ? T.derivedBasis(tie.kind, tie.note) : T.confirmedBasis)))
                })
            ))),
            .if(mayEdit, .group(
                .h2(.text(T.manageHeading)),
                .ul(.class("actions"),
                    .li(.a(.attr("href", SiteURL.actorEdit(idText).path), .text(T.editLink))),
                    .li(.a(.attr("href", SiteURL.actorEditors(idText).path), .text(T.editorsLink))),
                    .if(actor.isPublic, .li(.a(.attr("href", SiteURL.actorTies(idText).path), .text(T.tiesLink)))))
            ))
        ))
    }

    private static func itemSection(_ heading: String, _ empty: String, _ items: [ActorQueries.Item],
                                     link: (UUID) -> String) -> Node<HTML.BodyContext> {
        .group(
            .h2(.text(heading)),
            .if(items.isEmpty, .p(.text(empty))),
            .if(!items.isEmpty, .ul(.forEach(items) { item in
                .li(.a(.attr("href", link(item.id)), .safeText(item.name)),
                    .if(!item.detail.isEmpty, .safeText(" – " + item.detail)))
            }))
        )
    }

    // MARK: my actors

    static func mine(actors: [ActorQueries.Actor], openProposals: [UUID: Int], notice: String?, context: PageContext) -> HTML {
        Layout.page(title: T.mineTitle, context: context, main: .group(
            .h1(.text(T.mineTitle)),
            .statusNotice(notice),
            .if(actors.isEmpty, .p(.text(T.mineEmpty))),
            .if(!actors.isEmpty, .div(.class("table-scroll"), MonitorPages.scrollRegion(T.mineCaption), .table(
                .class("data-table"),
                .caption(.text(T.mineCaption)),
                .thead(.tr(.th(.attr("scope", "col"), .text(T.nameLabel)), .th(.attr("scope", "col"), .text(T.statusLabel)),
                           .th(.attr("scope", "col"), .text(T.openProposals)))),
                .tbody(.forEach(actors) { actor in
                    .tr(.td(.a(.attr("href", SiteURL.actor(actor.id.uuidString.lowercased()).path), .safeText(actor.name))),
                        .td(.text(actor.status.label)),
                        .td(actor.isPublic
                            ? .a(.attr("href", SiteURL.actorTies(actor.id.uuidString.lowercased()).path),
                                 .text(T.openProposalsCount(openProposals[actor.id] ?? 0)),
                                 .span(.class("visually-hidden"), .safeText(" – " + actor.name)))
                            : .text("–")))
                })
            ))),
            .p(.a(.class("button"), .href(SiteURL.actorNew.path), .text(T.registerLink))),
            .if(context.user?.has(.coordinator) == true, .p(.a(.href(SiteURL.actorsReview.path), .text(T.reviewTitle))))
        ))
    }

    // MARK: form

    static func form(actor: ActorQueries.Actor?, form: ActorForm, errors: FormErrors, areaChoices: [AreaRecord],
                     geography: GeographySnapshot, context: PageContext) -> HTML {
        let t = German.ActorForm.self
        let title = actor.map { t.editTitle($0.name) } ?? t.newTitle
        let action = actor.map { SiteURL.actorEdit($0.id.uuidString.lowercased()).path } ?? SiteURL.actorNew.path
        let selectedAreas = Set(form.workAreas ?? [])
        return Layout.page(title: title, context: context, main: .group(
            .p(.a(.href(SiteURL.actorsMine.path), .text(T.mineTitle))),
            .h1(.safeText(title)),
            .if(actor == nil, .p(.text(t.newIntro))),
            FormView.errorSummary(errors),
            .form(
                .method(.post), .action(action), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                .fieldset(
                    .element(named: "legend", nodes: [.text(t.aboutLegend)]),
                    FormView.input(name: "name", label: t.name, value: form.name ?? "", autocomplete: "organization",
                                   maxLength: 150, errors: errors),
                    FormView.select(name: "legalForm", label: t.legalForm,
                                          options: LegalForm.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                                          selected: form.legalForm, placeholder: German.Editing.pleaseChoose, errors: errors),
                    FormView.textarea(name: "description", label: t.description, value: form.description ?? "",
                                      hint: t.descriptionHint, maxLength: 5_000, errors: errors),
                    FormView.input(name: "foundedYear", label: t.foundedYear, value: form.foundedYear ?? "", hint: t.foundedYearHint,
                                   required: false, maxLength: 4, errors: errors),
                    FormView.select(name: "size", label: t.size,
                                          options: ActorSize.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                                          selected: form.size, placeholder: German.Editing.pleaseChoose, errors: errors)
                ),
                FormView.choices(name: "topics", legend: t.topics, kind: .checkbox,
                                 options: ActorTopic.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                                 selected: Set(form.topics ?? []), hint: t.topicsHint, errors: errors, columns: true),
                FormView.choices(name: "audiences", legend: t.audiences, kind: .checkbox,
                                 options: Audience.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                                 selected: Set(form.audiences ?? []), errors: errors, columns: true),
                .fieldset(
                    .element(named: "legend", nodes: [.text(t.placeLegend)]),
                    FormView.choices(name: "place", legend: t.placeQuestion, kind: .radio,
                                     options: [.init(value: "fest", label: t.placeFixed), .init(value: "ohne", label: t.placeNone)],
                                     selected: [form.place ?? ""], errors: errors),
                    .p(.class("hint"), .text(t.addressHint)),
                    FormView.input(name: "street", label: t.street, value: form.street ?? "", hint: t.streetHint,
                                   autocomplete: "off", maxLength: 150, errors: errors),
                    FormView.input(name: "postalCode", label: t.postalCode, value: form.postalCode ?? "", required: false,
                                   maxLength: 10, errors: errors),
                    FormView.input(name: "lat", label: German.PlaceForm.lat, value: form.lat ?? "", hint: t.coordinatesHint,
                                   required: false, maxLength: 20, errors: errors),
                    FormView.input(name: "lon", label: German.PlaceForm.lon, value: form.lon ?? "", required: false,
                                   maxLength: 20, errors: errors),
                    .if(!areaChoices.isEmpty, FormView.select(
                        name: "area", label: German.PlaceForm.quartier,
                        options: areaChoices.map { FormView.Option(value: $0.slug, label: $0.name) },
                        selected: form.area, placeholder: German.Editing.pleaseChoose, hint: t.quartierHint,
                        errors: errors))
                ),
                .fieldset(
                    .class(errors["workAreas"] == nil ? "field-group" : "field-group field-invalid"),
                    .element(named: "legend", nodes: [.text(t.workAreas)]),
                    .p(.class("hint"), .id("workAreas-hint"), .text(t.workAreasHint)),
                    .unwrap(errors["workAreas"]) { .p(.class("field-error"), .id("workAreas-error"), .safeText($0)) },
                    .group(geography.all(.district).enumerated().map { index, district in
                        .element(named: "details", nodes: [
                            .if(geography.children(of: district).contains { selectedAreas.contains($0.slug) } || errors["workAreas"] != nil,
                                .attribute(named: "open", value: "open")),
                            .element(named: "summary", nodes: [.text(T.districtOption(district.name))]),
                            .div(.class("choices choices-columns"), .group(geography.children(of: district).enumerated().map { i, q in
                                let id = index == 0 && i == 0 ? "workAreas" : "workAreas-\(q.slug)"
                                return .div(.class("choice"),
                                            FormView.inputElement([("type", "checkbox"), ("id", id), ("name", "workAreas"),
                                                                   ("value", q.slug),
                                                                   ("checked", selectedAreas.contains(q.slug) ? "checked" : nil)]),
                                            .label(.for(id), .safeText(q.name)))
                            })),
                        ])
                    })
                ),
                .fieldset(
                    .element(named: "legend", nodes: [.text(t.contactLegend)]),
                    .p(.class("hint"), .text(t.contactHint)),
                    FormView.input(name: "contactEmail", label: t.email, kind: .email, value: form.contactEmail ?? "",
                                   autocomplete: "off", required: false, maxLength: 254, errors: errors),
                    FormView.input(name: "contactPhone", label: t.phone, value: form.contactPhone ?? "", autocomplete: "off",
                                   required: false, maxLength: 40, errors: errors),
                    FormView.input(name: "website", label: t.website, value: form.website ?? "", hint: German.PlaceForm.websiteHint,
                                   autocomplete: "off", required: false, maxLength: 300, errors: errors)
                ),
                FormView.submit(actor == nil ? t.submit : German.Editing.save)
            )
        ))
    }

    // MARK: review

    static func review(submitted: [ActorQueries.Actor], rejected: [ActorQueries.Actor], errors: [UUID: String],
                       reasons: [UUID: String], geography: GeographySnapshot, notice: String?, context: PageContext) -> HTML {
        Layout.page(title: T.reviewTitle, context: context, main: .group(
            .h1(.text(T.reviewTitle)),
            .statusNotice(notice),
            .p(.text(T.reviewIntro)),
            .if(!errors.isEmpty, .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .attribute(named: "tabindex", value: "-1"),
                                      .h2(.text(German.Errors.summaryHeading)),
                                      .ul(.forEach(errors.keys.sorted { $0.uuidString < $1.uuidString }) { id in
                                          .li(.a(.attr("href", "#grund-" + id.uuidString.lowercased()), .safeText(errors[id] ?? "")))
                                      }))),
            .h2(.text(T.reviewSubmitted(submitted.count))),
            .if(submitted.isEmpty, .p(.text(T.reviewNothing))),
            .forEach(submitted) { actor in reviewItem(actor, error: errors[actor.id], reason: reasons[actor.id] ?? "",
                                                      geography: geography, context: context) },
            .if(!rejected.isEmpty, .group(
                .h2(.text(T.reviewRejected)),
                .ul(.forEach(rejected) { actor in
                    .li(.a(.attr("href", SiteURL.actor(actor.id.uuidString.lowercased()).path), .safeText(actor.name)),
                        .safeText(" – " + actor.rejectionReason))
                })
            ))
        ))
    }

    private static func reviewItem(_ actor: ActorQueries.Actor, error: String?, reason: String, geography: GeographySnapshot,
                                   context: PageContext) -> Node<HTML.BodyContext> {
        let idText = actor.id.uuidString.lowercased()
        let field = "grund-" + idText
        let action = SiteURL.actorDecision(idText).path
        return .element(named: "section", nodes: [
            .class("review-item"), .attr("aria-labelledby", "titel-" + idText),
            .h3(.id("titel-" + idText), .a(.attr("href", SiteURL.actor(idText).path), .safeText(actor.name))),
            .p(.safeText(([actor.input.legalForm.label] + whereText(actor, geography)).joined(separator: " · "))),
            .p(.safeText(String(actor.input.description.prefix(400)))),
            .p(.safeText(T.topicsLabel + ": " + actor.input.topics.map(\.label).joined(separator: ", "))),
            FormView.buttonForm(action: action, csrfToken: context.csrfToken, fields: [("decision", "freigeben")],
                                label: T.approve + ": " + actor.name),
            .form(
                .method(.post), .action(action), .class("reject-form"),
                FormView.csrfField(context.csrfToken),
                FormView.inputElement([("type", "hidden"), ("name", "decision"), ("value", "ablehnen")]),
                .div(.class(error == nil ? "field field-wide" : "field field-wide field-invalid"),
                     .label(.attr("for", field), .text(T.reasonLabel)),
                     .p(.class("hint"), .id(field + "-hint"), .text(T.reasonHint)),
                     .unwrap(error) { .p(.class("field-error"), .id(field + "-error"), .safeText($0)) },
                     .element(named: "textarea", nodes: [
                        .attr("id", field), .attr("name", "reason"), .attr("rows", "3"), .attr("maxlength", "1000"),
                        .attr("aria-describedby", field + "-hint" + (error == nil ? "" : " " + field + "-error")),
                        .if(error != nil, .attribute(named: "aria-invalid", value: "true")),
                        .safeText(reason),
                     ])),
                .button(.type(.submit), .class("button button-secondary"), .safeText(T.reject + ": " + actor.name))
            ),
        ])
    }
}
