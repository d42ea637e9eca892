import Plot
import Vapor

/// Impressum, Datenschutz and the accessibility statement.
enum StaticPages {
    @Sendable static func imprint(req: Request) async throws -> Response {
        page(Texts.Legal.imprintTitle, Texts.Legal.imprint, req)
    }

    @Sendable static func privacy(req: Request) async throws -> Response {
        page(Texts.Legal.privacyTitle, Texts.Legal.privacy, req)
    }

    @Sendable static func accessibility(req: Request) async throws -> Response {
        page(Texts.Legal.accessibilityTitle, Texts.Legal.accessibility, req)
    }

    private static func page(_ title: String, _ sections: [Texts.Legal.Section], _ req: Request) -> Response {
        Layout.page(title: title, context: req.pageContext, main: .group(
            .h1(.text(title)),
            .forEach(sections) { section in
                .section(
                    .unwrap(section.heading) { .h2(.text($0)) },
                    .forEach(section.paragraphs) { .p(.text($0)) },
                    .if(!section.list.isEmpty, .ul(.forEach(section.list) { .li(.text($0)) }))
                )
            }
        )).response()
    }
}
