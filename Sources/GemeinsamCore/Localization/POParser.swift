/// Reads PO text as gettext does: keywords and strings are tokens (line breaks between them do not matter),
/// `#` starts a comment that runs to the end of the line, adjacent strings are concatenated, and `#~` (obsolete)
/// entries are skipped together with the comments before them.
enum POParser {
    static func parse(_ bytes: [UInt8]) throws(POParseError) -> POFile {
        var lexer = POLexer(bytes: bytes)
        var builder = POFileBuilder()
        while let token = try lexer.next() {
            try builder.consume(token)
        }
        return try builder.finish(line: lexer.line)
    }
}

/// One token of a PO file with the line it starts on.
struct POToken {
    enum Kind {
        case keyword(POKeyword)
        case string(String)
        /// `#` comment: the byte after `#` (nil at the end of the line) and the text after it, one space trimmed.
        case comment(marker: UInt8?, text: String)
    }

    var kind: Kind
    var line: Int
}

enum POKeyword: Equatable {
    case msgctxt, msgid, msgidPlural, msgstr
    case msgstrIndex(Int)

    var name: String {
        switch self {
        case .msgctxt: "msgctxt"
        case .msgid: "msgid"
        case .msgidPlural: "msgid_plural"
        case .msgstr: "msgstr"
        case .msgstrIndex(let index): "msgstr[\(index)]"
        }
    }
}

/// Builds entries from tokens, in the order `msgctxt? msgid (msgstr | msgid_plural msgstr[0] msgstr[1] …)`.
struct POFileBuilder {
    private enum Stage: Equatable { case comments, context, id, idPlural, translation, pluralTranslation(Int) }
    private struct MessageKey: Hashable {
        var context: String?
        var id: String
    }

    private var file = POFile()
    private var entry = POEntry(id: "", translations: [])
    private var stage = Stage.comments
    /// Line of the current entry's `msgid`.
    private var entryLine = 0
    /// The keyword still waiting for its first string, with its line.
    private var awaitingString: (keyword: POKeyword, line: Int)?
    private var firstLines: [MessageKey: Int] = [:]

    private var entryIsComplete: Bool {
        switch stage {
        case .translation, .pluralTranslation: true
        default: false
        }
    }

    mutating func consume(_ token: POToken) throws(POParseError) {
        if let awaiting = awaitingString {
            guard case .string = token.kind else {
                throw POParseError(line: awaiting.line, kind: .missingString(awaiting.keyword.name))
            }
        }
        switch token.kind {
        case .comment(let marker, let text): try comment(marker: marker, text: text, line: token.line)
        case .keyword(let keyword): try self.keyword(keyword, line: token.line)
        case .string(let text): try string(text, line: token.line)
        }
    }

    mutating func finish(line: Int) throws(POParseError) -> POFile {
        if let awaiting = awaitingString {
            throw POParseError(line: awaiting.line, kind: .missingString(awaiting.keyword.name))
        }
        if entryIsComplete { try endEntry() } else if stage != .comments {
            throw POParseError(line: stage == .context ? line : entryLine, kind: .missingMsgstr)
        }
        return file
    }

    private mutating func comment(marker: UInt8?, text: String, line: Int) throws(POParseError) {
        if entryIsComplete { try endEntry() } else if stage == .id || stage == .idPlural {
            throw POParseError(line: entryLine, kind: .missingMsgstr)
        } else if stage == .context {
            throw POParseError(line: line, kind: .unexpectedText)
        }
        switch marker {
        case UInt8(ascii: "~"): entry = POEntry(id: "", translations: [])  // obsolete: drop it with its comments
        case UInt8(ascii: ","):
            entry.flags += text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
        case UInt8(ascii: ":"): entry.references += text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        case UInt8(ascii: "."): entry.extractedComments.append(text)
        case UInt8(ascii: "|"): entry.previous.append(text)
        default: entry.translatorComments.append(text)
        }
    }

    private mutating func keyword(_ keyword: POKeyword, line: Int) throws(POParseError) {
        if entryIsComplete, keyword == .msgctxt || keyword == .msgid { try endEntry() }
        switch (keyword, stage) {
        case (.msgctxt, .comments):
            stage = .context
        case (.msgid, .comments), (.msgid, .context):
            entryLine = line
            stage = .id
        case (.msgidPlural, .id): stage = .idPlural
        case (.msgstr, .id): stage = .translation
        case (.msgstr, .idPlural): throw POParseError(line: line, kind: .pluralIndex(expected: 0))
        case (.msgstrIndex(0), .idPlural): stage = .pluralTranslation(0)
        case (.msgstrIndex(let index), .pluralTranslation(let last)):
            guard index == last + 1 else { throw POParseError(line: line, kind: .pluralIndex(expected: last + 1)) }
            stage = .pluralTranslation(index)
        case (.msgstrIndex, .idPlural): throw POParseError(line: line, kind: .pluralIndex(expected: 0))
        default: throw POParseError(line: line, kind: .unexpectedKeyword(keyword.name))
        }
        awaitingString = (keyword, line)
    }

    private mutating func string(_ text: String, line: Int) throws(POParseError) {
        if let awaiting = awaitingString {
            awaitingString = nil
            switch awaiting.keyword {
            case .msgctxt: entry.context = text
            case .msgid: entry.id = text
            case .msgidPlural: entry.idPlural = text
            case .msgstr, .msgstrIndex: entry.translations.append(text)
            }
            return
        }
        switch stage {
        case .comments: throw POParseError(line: line, kind: .unexpectedString)
        case .context: entry.context! += text
        case .id: entry.id += text
        case .idPlural: entry.idPlural! += text
        case .translation, .pluralTranslation: entry.translations[entry.translations.count - 1] += text
        }
    }

    private mutating func endEntry() throws(POParseError) {
        let key = MessageKey(context: entry.context, id: entry.id)
        if let first = firstLines[key] { throw POParseError(line: entryLine, kind: .duplicate(firstLine: first)) }
        firstLines[key] = entryLine
        if entry.isHeader && file.header == nil {
            file.header = entry
        } else {
            file.entries.append(entry)
        }
        entry = POEntry(id: "", translations: [])
        stage = .comments
    }
}
