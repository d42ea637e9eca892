import Vapor

/// People's texts in several languages: which language an offer, place, listing or actor profile was written in,
/// and translations its editors add. Each pillar registers the translation page of its kinds
/// (`ContentTranslationController`) and shows its items through `ContentLanguage`.
enum TranslationsFeature: Feature {
    static var migrations: [NumberedMigration] { [.init(15, CreateContentLanguages())] }
}
