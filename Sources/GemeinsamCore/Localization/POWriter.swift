/// Writes PO text that msgfmt reads back unchanged: header first, then entries in the given order (the caller
/// decides the order, so a rewrite keeps diffs small), a blank line between entries, comments in msgcat's order
/// (`#`, `#.`, `#:`, `#,`, `#|`).
///
/// Strings are split after every embedded line break like msgcat does; with a `wrapWidth`, longer lines are also
/// broken after spaces so that no line exceeds the width where a space allows it. For ordinary text this is
/// msgcat's output (`msgcat` and `msgcat --no-wrap`; generate.py compares them); msgcat also breaks after
/// hyphens and other Unicode line-break opportunities, so such lines may break differently, with the same strings.
/// References are packed into lines of the width (79 without one), as `msgcat --no-wrap` does.
/// Comment texts, flags and references must not contain line breaks; flags must not contain commas and references
/// no spaces (the format has no way to write them).
public struct POWriter: Sendable {
    /// msgcat's default page width.
    public static let defaultWidth = 79

    public var wrapWidth: Int?

    public init(wrapWidth: Int? = POWriter.defaultWidth) {
        self.wrapWidth = wrapWidth.map { max($0, 20) }
    }

    public func write(_ file: POFile) -> String {
        var out = ""
        var first = true
        for entry in (file.header.map { [$0] } ?? []) + file.entries {
            if !first { out += "\n" }
            first = false
            write(entry, to: &out)
        }
        return out
    }

    func write(_ entry: POEntry, to out: inout String) {
        for comment in entry.translatorComments { out += comment.isEmpty ? "#\n" : "# \(comment)\n" }
        for comment in entry.extractedComments { out += comment.isEmpty ? "#.\n" : "#. \(comment)\n" }
        writeReferences(entry.references, to: &out)
        if !entry.flags.isEmpty { out += "#, " + entry.flags.joined(separator: ", ") + "\n" }
        for line in entry.previous { out += line.isEmpty ? "#|\n" : "#| \(line)\n" }
        if let context = entry.context { writeString("msgctxt", context, to: &out) }
        writeString("msgid", entry.id, to: &out)
        if let plural = entry.idPlural {
            writeString("msgid_plural", plural, to: &out)
            for (index, text) in entry.translations.enumerated() { writeString("msgstr[\(index)]", text, to: &out) }
        } else {
            writeString("msgstr", entry.translations.first ?? "", to: &out)
        }
    }

    private func writeReferences(_ references: [String], to out: inout String) {
        guard !references.isEmpty else { return }
        var line = "#:"
        for reference in references {
            if line != "#:", line.count + 1 + reference.count > (wrapWidth ?? Self.defaultWidth) {
                out += line + "\n"
                line = "#:"
            }
            line += " " + reference
        }
        out += line + "\n"
    }

    /// `keyword "text"` on one line when it fits and has no inner line break; otherwise `keyword ""` followed by
    /// one quoted line per segment.
    private func writeString(_ keyword: String, _ text: String, to out: inout String) {
        let segments = Self.segments(text)
        if segments.count <= 1 {
            let escaped = Self.escape(segments.first ?? "")
            if wrapWidth.map({ keyword.count + escaped.count + 3 <= $0 }) ?? true {
                out += "\(keyword) \"\(escaped)\"\n"
                return
            }
        }
        out += "\(keyword) \"\"\n"
        for segment in segments {
            let escaped = Self.escape(segment)
            let chunks = wrapWidth.map { Self.wrap(escaped, limit: $0 - 2) } ?? [Substring(escaped)]
            for chunk in chunks { out += "\"\(chunk)\"\n" }
        }
    }

    /// The text cut after each line break (a trailing empty piece is dropped).
    static func segments(_ text: String) -> [Substring] {
        var result: [Substring] = []
        var start = text.startIndex
        var index = text.utf8.startIndex
        while index < text.utf8.endIndex {
            let next = text.utf8.index(after: index)
            if text.utf8[index] == UInt8(ascii: "\n") {
                result.append(text[start..<next])
                start = next
            }
            index = next
        }
        if start < text.endIndex { result.append(text[start...]) }
        return result
    }

    /// Greedy breaks after spaces so that pieces have at most `limit` characters where possible.
    static func wrap(_ text: String, limit: Int) -> [Substring] {
        var pieces: [Substring] = []
        var start = text.startIndex
        var lastBreak: String.Index?
        var columns = 0
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            columns += 1
            if columns > limit, let cut = lastBreak, cut > start {
                pieces.append(text[start..<cut])
                start = cut
                columns = text.distance(from: cut, to: next)
                lastBreak = nil
            }
            if text[index] == " " { lastBreak = next }
            index = next
        }
        if start < text.endIndex || pieces.isEmpty { pieces.append(text[start...]) }
        return pieces
    }

    /// C escapes for the characters a PO string cannot hold literally; other control characters as 3-digit octal.
    static func escape<S: StringProtocol>(_ text: S) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            if byte < 0x80, let escaped = asciiEscapes[Int(byte)] {
                out.append(contentsOf: escaped)
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The escape for each ASCII byte that needs one (nil: written as it is).
    private static let asciiEscapes: [[UInt8]?] = (0..<128).map { (code: Int) -> [UInt8]? in
        let named: [Int: String] = [0x22: "\\\"", 0x5C: "\\\\", 0x0A: "\\n", 0x09: "\\t", 0x0D: "\\r",
                                    0x07: "\\a", 0x08: "\\b", 0x0B: "\\v", 0x0C: "\\f"]
        if let escape = named[code] { return Array(escape.utf8) }
        guard code < 0x20 || code == 0x7F else { return nil }
        let octal = String(code, radix: 8)
        return Array(("\\" + String(repeating: "0", count: 3 - octal.count) + octal).utf8)
    }
}
