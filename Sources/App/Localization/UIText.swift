import Foundation
import GemeinsamCore

/// Looks up UI text in the reader's language. The texts live in gettext catalogs (`Resources/Locales/*.po`,
/// German is the source); `Texts` names them for the code.
///
/// The reader's language is request context, like the clock: `LanguageMiddleware` binds it for the whole request
/// as a task-local value, background jobs bind the recipient's language, and everything else (commands, tests)
/// reads German. The catalog itself is read-only data shipped with the binary, loaded once.
enum UIText {
    @TaskLocal static var language: Language = .german

    static let catalog: MessageCatalog = {
        guard let directory = Bundle.module.url(forResource: "Locales", withExtension: nil, subdirectory: "Resources") else {
            fatalError("Resources/Locales is missing from the app bundle")
        }
        do {
            return try MessageCatalog.load(directory: directory)
        } catch {
            fatalError("The text catalog cannot be loaded: \(error)")
        }
    }()

    /// The text for `key`, placeholders filled; a German fallback carries the marks that become `lang="de"`.
    static func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
        catalog.text(key, in: language, arguments).marked
    }

    /// The plural form of `key` for `count`.
    static func plural(_ key: String, count: Int, _ arguments: [String: String] = [:]) -> String {
        catalog.plural(key, count: count, in: language, arguments).marked
    }

    /// Whether some of `language`'s texts are drafts no native speaker has checked yet.
    static func hasDrafts(_ language: Language) -> Bool { draftLanguages.contains(language) }

    private static let draftLanguages: Set<Language> = Set(
        catalog.statistics().filter { $0.reviewed < $0.translated }.map(\.language))

    /// Runs `body` with `language` as the reader's language (mails to a recipient, printed material).
    static func with<T>(_ language: Language, _ body: () throws -> T) rethrows -> T {
        try $language.withValue(language, operation: body)
    }
}
