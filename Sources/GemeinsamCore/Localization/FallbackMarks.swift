import Foundation

/// Marks German fallback texts so that the finished HTML page can say `lang="de"` around them.
///
/// Views take plain strings, so `LocalizedText.marked` wraps a fallback in two private-use characters
/// (U+10FFFC … U+10FFFD, from Supplementary Private Use Area-B, which fonts and keyboards practically never use). After the
/// page is rendered, `apply(toHTML:)` makes one linear pass: marked runs in text content become
/// `<span lang="de">…</span>`, and every marker is removed (inside tags, attribute values, comments, `<script>`,
/// `<style>`, `<title>`, `<textarea>` and inside `<select>`, `<datalist>`, `<svg>`, `<math>`, where a span is
/// impossible or would be shown as text). A span never crosses a tag: it is closed before each tag and reopened
/// after it when the run continues, so the result stays well-formed even for unbalanced markers (e.g. in user
/// text); a span starts at the run's first non-space character, so no empty spans appear between elements.
///
/// Cost: nothing for a page without markers; otherwise about 17 CPU instructions per byte up to the last marker
/// (a 50 KB page: under 1 M, against about 58 M for rendering it with Plot). A fragment of complete elements is
/// processed like a page, so a cached fragment can be passed once before it is cached instead of on every request.
///
/// User content in a language other than the page's (an offer written in Turkish on a German page) is marked the
/// same way with a start marker per language, U+10FFF0 + the language's index in `Language.all`, and becomes
/// `<span lang="tr" dir="ltr">…</span>`; it ends with the same end marker.
public enum FallbackMarks {
    public static let start: Unicode.Scalar = "\u{10FFFC}"
    public static let end: Unicode.Scalar = "\u{10FFFD}"
    /// The start marker of content in the language with index 0; index n is this + n.
    static let contentStartValue: UInt32 = 0x10FFF0

    /// `text` marked as written in `language`.
    public static func wrap(_ text: String, language: Language) -> String {
        var out = String(Unicode.Scalar(contentStartValue + UInt32(language.index))!)
        out.reserveCapacity(text.utf8.count + 8)
        out += text
        out.unicodeScalars.append(end)
        return out
    }

    static func isMarker(_ scalar: Unicode.Scalar) -> Bool {
        scalar == start || scalar == end
            || (scalar.value >= contentStartValue && scalar.value < contentStartValue + UInt32(Language.all.count))
    }

    /// `text` between the two markers.
    public static func wrap(_ text: String) -> String {
        var out = String(start)
        out.reserveCapacity(text.utf8.count + 8)
        out += text
        out.unicodeScalars.append(end)
        return out
    }

    /// Whether `text` contains a marker.
    public static func contains(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { markerOffset(in: $0, from: 0) != nil }
    }

    /// `text` without markers: for plain text (mail subjects and bodies, JSON, HTTP headers), and for user input
    /// before it is stored.
    public static func strip(_ text: String) -> String {
        guard contains(text) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter { !isMarker($0) })
        return String(scalars)
    }

    /// The page with marked runs as `<span lang="…">` and no markers left; the input unchanged (not copied) when
    /// it has no marker. `lang` is the language of the fallback texts.
    public static func apply(toHTML html: String, lang: String = Language.german.htmlLang) -> String {
        var contiguous = html
        contiguous.makeContiguousUTF8()
        let source = contiguous
        let result = source.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard markerOffset(in: bytes, from: 0) != nil else { return nil }
            var openings = contentSpanOpenings
            openings[Int(startLastByte - contentStartLastByte)] = "<span lang=\"\(lang)\">"
            var pass = FallbackMarkPass(source: source, input: bytes, spanOpenings: openings)
            return pass.run()
        }
        return (result ?? nil) ?? html
    }

    /// Span openings by the start marker's last byte minus `contentStartLastByte`: one per language, with its
    /// direction so that Arabic content reads right to left on a German page and the other way round.
    static let contentSpanOpenings: [String] = (0..<16).map { n in
        guard n < Language.all.count else { return "<span>" }
        let language = Language.all[n]
        return "<span lang=\"\(language.htmlLang)\" dir=\"\(language.direction.rawValue)\">"
    }

    // MARK: Bytes

    /// UTF-8 of U+10FFFC is F4 8F BF BC, of U+10FFFD F4 8F BF BD; content starts U+10FFF0 … are F4 8F BF B0 ….
    static let leadByte: UInt8 = 0xF4
    static let startLastByte: UInt8 = 0xBC
    static let endLastByte: UInt8 = 0xBD
    static let contentStartLastByte: UInt8 = 0xB0

    /// Whether the last byte of a marker starts a run (a fallback or content in some language).
    @inline(__always)
    static func isStart(lastByte: UInt8) -> Bool {
        lastByte == startLastByte || (lastByte >= contentStartLastByte && lastByte < contentStartLastByte + UInt8(Language.all.count))
    }

    /// The last byte of a marker at `offset`, or nil.
    @inline(__always)
    static func marker(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt8? {
        guard offset + 3 < bytes.count, bytes[offset] == leadByte, bytes[offset + 1] == 0x8F,
              bytes[offset + 2] == 0xBF else { return nil }
        let last = bytes[offset + 3]
        return last == endLastByte || isStart(lastByte: last) ? last : nil
    }

    /// Offset of the first marker that starts in `from..<to` (default: the end), found with memchr.
    static func markerOffset(in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int? = nil) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let limit = min(to ?? bytes.count, bytes.count)
        var offset = from
        while offset < limit {
            guard let found = memchr(base + offset, Int32(leadByte), limit - offset) else { return nil }
            let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if marker(in: bytes, at: position) != nil { return position }
            offset = position + 1
        }
        return nil
    }
}
