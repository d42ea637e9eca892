import GemeinsamCore

extension Texts {
    static var footerAbout: String { UIText.text("footerAbout") }
    static var optionalMark: String { UIText.text("optionalMark") }

    /// The language switch, the draft note and the page `/sprachen`.
    enum Languages {
        static var switchLabel: String { UIText.text("languages.switchLabel") }
        static var draftNotice: String { UIText.text("languages.draftNotice") }
        static var reportLink: String { UIText.text("languages.reportLink") }
        static var offer: String { UIText.text("languages.offer") }
        static var footerLink: String { UIText.text("languages.footerLink") }
        static var title: String { UIText.text("languages.title") }
        static var intro: String { UIText.text("languages.intro") }
        static var tableCaption: String { UIText.text("languages.tableCaption") }
        static var columnLanguage: String { UIText.text("languages.columnLanguage") }
        static var columnTranslated: String { UIText.text("languages.columnTranslated") }
        static var columnReviewed: String { UIText.text("languages.columnReviewed") }
        static var source: String { UIText.text("languages.source") }
        static var reportHeading: String { UIText.text("languages.reportHeading") }
        static var reportText: String { UIText.text("languages.reportText") }
        static func reportMail(_ address: String) -> String { UIText.text("languages.reportMail", ["address": address]) }
        static var reviewHeading: String { UIText.text("languages.reviewHeading") }
        static var reviewText: String { UIText.text("languages.reviewText") }
        /// The language's name in the reader's language ("Türkisch"), for staff pages and tables.
        static func name(_ language: GemeinsamCore.Language) -> String { UIText.text("languages.name." + language.code) }
        /// "Türkçe (Türkisch)": the name in the language itself, then in the reader's language when it differs.
        static func choiceLabel(_ language: GemeinsamCore.Language) -> String {
            let local = name(language)
            return local == language.nativeName ? local : language.nativeName + " (" + local + ")"
        }
    }
}
