/// Turns the parsed PO files into `MessageCatalog`'s tables and collects the problems on the way.
struct CatalogBuilder {
    private(set) var keyIndex: [String: Int] = [:]
    private(set) var keys: [String] = []
    private(set) var messages: [[MessageCatalog.Message?]]
    private(set) var problems: [CatalogProblem] = []
    /// The German entry of each row, and the placeholders of all its forms (sorted).
    private var sourceEntries: [POEntry] = []
    private var sourcePlaceholders: [[String]] = []

    init(source: POFile) {
        messages = Array(repeating: [], count: Language.all.count)
        checkHeader(source, .german)
        var row: [MessageCatalog.Message?] = []
        for entry in source.entries {
            guard let key = entry.context else {
                problems.append(.entryWithoutKey(id: entry.id, language: .german))
                continue
            }
            guard keyIndex[key] == nil else {
                problems.append(.duplicateKey(key: key, language: .german))
                continue
            }
            // de.po repeats the German text as msgstr; an empty msgstr means "same as msgid".
            func text(_ index: Int, _ fallback: String) -> String {
                index < entry.translations.count && !entry.translations[index].isEmpty ? entry.translations[index] : fallback
            }
            let forms = entry.idPlural.map { [text(0, entry.id), text(1, $0)] } ?? [text(0, entry.id)]
            let templates = forms.map(MessageTemplate.init)
            let names = Set(templates.flatMap(\.placeholders)).sorted()
            if !names.isEmpty && !entry.flags.contains("python-brace-format") {
                problems.append(.formatFlagMissing(key: key, language: .german))
            }
            keyIndex[key] = keys.count
            keys.append(key)
            sourceEntries.append(entry)
            sourcePlaceholders.append(names)
            row.append(MessageCatalog.Message(forms: templates, isDraft: false))
        }
        messages[0] = row
    }

    mutating func addTranslation(_ file: POFile?, for language: Language) {
        var row = [MessageCatalog.Message?](repeating: nil, count: keys.count)
        defer {
            messages[language.index] = row
            for (index, message) in row.enumerated() where message == nil {
                problems.append(.missingTranslation(key: keys[index], language: language))
            }
        }
        guard let file else { return }
        checkHeader(file, language)
        let severalNumbers = Self.formsCoveringSeveralNumbers(language.pluralForms)
        var seen = Set<String>()
        for entry in file.entries {
            guard let key = entry.context else {
                problems.append(.entryWithoutKey(id: entry.id, language: language))
                continue
            }
            guard let index = keyIndex[key] else {
                problems.append(.unknownKey(key: key, language: language))
                continue
            }
            guard seen.insert(key).inserted else {
                problems.append(.duplicateKey(key: key, language: language))
                continue
            }
            let source = sourceEntries[index]
            let expectedForms = source.isPlural ? language.pluralForms.count : 1
            let foundForms = entry.isPlural ? entry.translations.count : 1
            guard entry.isPlural == source.isPlural, foundForms == expectedForms else {
                problems.append(.pluralMismatch(key: key, language: language, expectedForms: expectedForms,
                                                foundForms: foundForms))
                continue
            }
            guard entry.translations.allSatisfy({ !$0.isEmpty }) else { continue }
            let outdated = entry.id != source.id || entry.idPlural != source.idPlural
            if outdated { problems.append(.outdatedTranslation(key: key, language: language)) }
            let templates = entry.translations.map(MessageTemplate.init)
            checkPlaceholders(templates, row: index, plural: source.isPlural, severalNumbers: severalNumbers,
                              language: language)
            if !sourcePlaceholders[index].isEmpty && !entry.flags.contains("python-brace-format") {
                problems.append(.formatFlagMissing(key: key, language: language))
            }
            row[index] = MessageCatalog.Message(forms: templates, isDraft: entry.isFuzzy || outdated)
        }
    }

    /// Each form must use the German placeholders and no others. In plural entries `{count}` may be left out of a
    /// form that stands for a single number (German or English "one", Arabic "zero", "one", "two"), but not of a
    /// form that covers several numbers (Russian "one" is also 21, 31, …).
    private mutating func checkPlaceholders(_ templates: [MessageTemplate], row: Int, plural: Bool,
                                            severalNumbers: Set<Int>, language: Language) {
        let expected = Set(sourcePlaceholders[row])
        for (form, template) in templates.enumerated() {
            let found = Set(template.placeholders)
            var required = expected
            if plural && !severalNumbers.contains(form) { required.remove("count") }
            let missing = required.subtracting(found).sorted()
            let unexpected = found.subtracting(expected).sorted()
            if !missing.isEmpty || !unexpected.isEmpty {
                problems.append(.placeholderMismatch(key: keys[row], language: language, form: form, missing: missing,
                                                     unexpected: unexpected))
            }
        }
    }

    private mutating func checkHeader(_ file: POFile, _ language: Language) {
        let found = file.headerValue("Plural-Forms")
        if let found, let rule = try? PluralForms(header: found), rule == language.pluralForms { return }
        problems.append(.pluralFormsHeader(language: language, found: found))
    }

    /// Form indices that more than one of the numbers 0…999 maps to (the rules repeat every 100 numbers).
    static func formsCoveringSeveralNumbers(_ rule: PluralForms) -> Set<Int> {
        var hits = [Int](repeating: 0, count: rule.count)
        for number in 0..<1000 { hits[rule.index(for: number)] += 1 }
        return Set(hits.indices.filter { hits[$0] > 1 })
    }
}
