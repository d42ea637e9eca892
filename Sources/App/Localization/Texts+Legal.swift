extension Texts {
    /// Text of the legal pages. The operating city replaces the placeholders in brackets before going live.
    enum Legal {
        struct Section {
            var heading: String?
            var paragraphs: [String]
            var list: [String] = []
        }

        static var imprintTitle: String { UIText.text("legal.imprintTitle") }
        static var imprint: [Section] { [
            Section(heading: nil, paragraphs: [
                UIText.text("legal.imprint.1"),
            ]),
            Section(heading: UIText.text("legal.imprint.2"), paragraphs: [
                UIText.text("legal.imprint.3"),
                UIText.text("legal.imprint.4"),
            ]),
            Section(heading: UIText.text("legal.imprint.5"), paragraphs: [
                UIText.text("legal.imprint.6"),
            ]),
            Section(heading: UIText.text("legal.imprint.7"), paragraphs: [
                UIText.text("legal.imprint.8"),
                UIText.text("legal.imprint.9"),
            ]),
        ] }

        static var privacyTitle: String { UIText.text("legal.privacyTitle") }
        static var privacy: [Section] { [
            Section(heading: UIText.text("legal.privacy.1"), paragraphs: [], list: [
                UIText.text("legal.privacy.2"),
                UIText.text("legal.privacy.3"),
                UIText.text("legal.privacy.4"),
                UIText.text("legal.privacy.5"),
            ]),
            Section(heading: UIText.text("legal.privacy.6"), paragraphs: [
                UIText.text("legal.privacy.7"),
                UIText.text("legal.privacy.8"),
                UIText.text("legal.privacy.9"),
                UIText.text("legal.privacy.10"),
            ]),
            Section(heading: UIText.text("legal.privacy.11"), paragraphs: [
                UIText.text("legal.privacy.12"),
            ]),
            Section(heading: UIText.text("legal.privacy.13"), paragraphs: [
                UIText.text("legal.privacy.14"),
                UIText.text("legal.privacy.15"),
            ]),
        ] }

        static var accessibilityTitle: String { UIText.text("legal.accessibilityTitle") }
        static var accessibility: [Section] { [
            Section(heading: nil, paragraphs: [
                UIText.text("legal.accessibility.1"),
            ]),
            Section(heading: UIText.text("legal.accessibility.2"), paragraphs: [
                UIText.text("legal.accessibility.3"),
                UIText.text("legal.accessibility.4"),
            ], list: [
                UIText.text("legal.accessibility.5"),
                UIText.text("legal.accessibility.6"),
                UIText.text("legal.accessibility.7"),
                UIText.text("legal.accessibility.8"),
            ]),
            Section(heading: UIText.text("legal.accessibility.9"), paragraphs: [
                UIText.text("legal.accessibility.10"),
            ]),
            Section(heading: UIText.text("legal.accessibility.11"), paragraphs: [
                UIText.text("legal.accessibility.12"),
            ]),
        ] }
    }
}
