/// The form fields of the translation page.
enum ContentTranslationFields {
    static let action = "aktion"
    static let original = "original"
    static let language = "sprache"
    static let title = "titel"
    static let description = "beschreibung"
}
