extension Texts {
    /// The translation page of offers, places, listings and actors.
    enum ContentTranslations {
        static func title(_ item: String) -> String { UIText.text("contentTranslations.title", ["item": item]) }
        static var intro: String { UIText.text("contentTranslations.intro") }
        static var backToItem: String { UIText.text("contentTranslations.backToItem") }
        static var link: String { UIText.text("contentTranslations.link") }
        static var originalHeading: String { UIText.text("contentTranslations.originalHeading") }
        static var originalLabel: String { UIText.text("contentTranslations.originalLabel") }
        static var originalHint: String { UIText.text("contentTranslations.originalHint") }
        static var originalSubmit: String { UIText.text("contentTranslations.originalSubmit") }
        static var existingHeading: String { UIText.text("contentTranslations.existingHeading") }
        static var none: String { UIText.text("contentTranslations.none") }
        static var formHeading: String { UIText.text("contentTranslations.formHeading") }
        static var languageLabel: String { UIText.text("contentTranslations.languageLabel") }
        static var languageHint: String { UIText.text("contentTranslations.languageHint") }
        static var choose: String { UIText.text("contentTranslations.choose") }
        static var titleLabel: String { UIText.text("contentTranslations.titleLabel") }
        static func originalText(_ title: String) -> String { UIText.text("contentTranslations.originalText", ["title": title]) }
        static var descriptionLabel: String { UIText.text("contentTranslations.descriptionLabel") }
        static var descriptionHint: String { UIText.text("contentTranslations.descriptionHint") }
        static var submit: String { UIText.text("contentTranslations.submit") }
        static var edit: String { UIText.text("contentTranslations.edit") }
        static var delete: String { UIText.text("contentTranslations.delete") }
        static var saved: String { UIText.text("contentTranslations.saved") }
        static var deleted: String { UIText.text("contentTranslations.deleted") }
        static var originalSaved: String { UIText.text("contentTranslations.originalSaved") }
        static var languageMissing: String { UIText.text("contentTranslations.languageMissing") }
        static var sameAsOriginal: String { UIText.text("contentTranslations.sameAsOriginal") }
        static var originalHasTranslation: String { UIText.text("contentTranslations.originalHasTranslation") }
        static var unknownAction: String { UIText.text("contentTranslations.unknownAction") }

        static func problem(_ problem: TextInput.Problem, field: String) -> String {
            switch problem {
            case .empty: UIText.text("contentTranslations.empty")
            case let .tooLong(max): UIText.text("contentTranslations.tooLong", ["field": field, "max": "\(max)"])
            case .controlCharacters: UIText.text("contentTranslations.controlCharacters", ["field": field])
            }
        }
    }
}
