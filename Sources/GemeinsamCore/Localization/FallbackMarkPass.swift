import Foundation

/// The single pass of `FallbackMarks.apply(toHTML:)`, a small subset of the HTML tokenizer: text, start and end
/// tags (with quoted attribute values that may contain `>`), comments, doctype / bogus comments, and the raw-text
/// and RCDATA elements whose content is not markup. Every byte is looked at a bounded number of times.
struct FallbackMarkPass {
    private enum ElementKind {
        /// Content runs to the end tag without markup.
        case rawText
        /// A `<span>` inside is invalid or would be misplaced.
        case noSpan
        case other
    }

    /// The names (all at most 8 letters) packed into integers, so that a tag name is neither copied nor hashed.
    private static let specialElements: [(name: UInt64, kind: ElementKind)] =
        ["script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title"].map { (packed($0), .rawText) }
        + ["select", "datalist", "svg", "math"].map { (packed($0), .noSpan) }

    private static func packed(_ name: String) -> UInt64 {
        name.utf8.reduce(0) { $0 << 8 | UInt64($1) }
    }
    private static let spanClosing = "</span>"

    /// The page, for copying: slices of a valid string are appended without checking their UTF-8 again, and
    /// copying happens only where something is inserted or left out …
    private let source: String
    /// … and its bytes, for reading (every read below is at an offset checked against `count`).
    private let bytes: UnsafePointer<UInt8>
    private let count: Int
    /// By the start marker's last byte minus `FallbackMarks.contentStartLastByte`.
    private let spanOpenings: [String]
    /// The openings of the runs open at this point, innermost last: a run in another language inside a run
    /// (a Turkish offer title inside a German fallback sentence) gets its own span.
    private var openRuns: [String] = []
    private var markDepth: Int { openRuns.count }
    private var out = ""
    private var index = 0
    /// Start of the bytes not yet copied to `out`.
    private var pending = 0
    /// Offsets of all markers (found once with memchr), and the first one not yet passed.
    private let markers: [Int]
    private var nextMarker = 0
    private var spanOpen = false
    private var noSpanDepth = 0

    init(source: String, input: UnsafeBufferPointer<UInt8>, spanOpenings: [String]) {
        self.source = source
        self.bytes = input.baseAddress!
        self.count = input.count
        self.spanOpenings = spanOpenings
        var markers: [Int] = []
        var from = 0
        while let marker = FallbackMarks.markerOffset(in: input, from: from) {
            markers.append(marker)
            from = marker + 4
        }
        self.markers = markers
        out.reserveCapacity(count + 32 * markers.count)
    }

    /// Text runs are skipped with memchr up to the next `<` or marker; only a marked run that still waits for its
    /// span is looked at byte by byte (for its first non-space character).
    mutating func run() -> String {
        // after the last marker (and with every run closed) the rest is copied as it is
        while index < count && (nextMarker < markers.count || markDepth > 0) {
            let markerOffset = nextMarker < markers.count ? markers[nextMarker] : count
            let stop = find(UInt8(ascii: "<"), from: index, to: markerOffset)
            if markDepth > 0 && !spanOpen && noSpanDepth == 0 { openSpanAtFirstNonSpace(upTo: stop) }
            index = stop
            if index == count { break }
            if index == markerOffset {
                marker()
            } else if startsMarkup(at: index) {
                closeSpan()
                markup()
            } else {
                if markDepth > 0 && !spanOpen && noSpanDepth == 0 { openSpanAtFirstNonSpace(upTo: index + 1) }
                index += 1  // a '<' that is text
            }
        }
        closeSpan()
        flush(upTo: count)
        return out
    }

    private mutating func marker() {
        let last = bytes[index + 3]
        if FallbackMarks.isStart(lastByte: last) {
            let opening = spanOpenings[Int(last - FallbackMarks.contentStartLastByte)]
            if opening != openRuns.last { closeSpan() }
            openRuns.append(opening)
        } else if let closed = openRuns.popLast(), closed != openRuns.last {
            closeSpan()
        }
        flush(upTo: index)
        index += 4
        pending = index
        nextMarker += 1
    }

    private mutating func openSpanAtFirstNonSpace(upTo end: Int) {
        var position = index
        while position < end && Self.isSpace(bytes[position]) { position += 1 }
        guard position < end else { return }
        flush(upTo: position)
        out += openRuns.last ?? ""
        spanOpen = true
    }

    /// Offset of the first `byte` in `from..<to`, or `to`.
    private func find(_ byte: UInt8, from: Int, to: Int) -> Int {
        guard from < to, let found = memchr(bytes + from, Int32(byte), to - from) else { return to }
        return bytes.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    // MARK: Copying

    /// Appends the input from `pending` to `end`. Only called where something is inserted or left out (a span tag,
    /// a marker), so a page is copied in a few large slices.
    private mutating func flush(upTo end: Int) {
        if pending < end {
            let utf8 = source.utf8
            out += source[utf8.index(utf8.startIndex, offsetBy: pending)..<utf8.index(utf8.startIndex, offsetBy: end)]
        }
        pending = end
    }

    /// Closes the open span at `index`.
    private mutating func closeSpan() {
        guard spanOpen else { return }
        flush(upTo: index)
        out += Self.spanClosing
        spanOpen = false
    }

    /// Copies `pending..<end` without markers and moves on to `end`.
    private mutating func copyStrippingMarkers(to end: Int) {
        while nextMarker < markers.count && markers[nextMarker] < end {
            flush(upTo: markers[nextMarker])
            pending = markers[nextMarker] + 4
            nextMarker += 1
        }
        index = end
    }

    // MARK: Markup

    /// `<` starts a tag (`<a`, `</a`), a comment or doctype (`<!`), a bogus comment (`<?`, `</` + non-letter
    /// other than `>`); otherwise it is text.
    private func startsMarkup(at offset: Int) -> Bool {
        guard offset + 1 < count else { return false }
        let next = bytes[offset + 1]
        return Self.isLetter(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?")
    }

    private mutating func markup() {
        let next = bytes[index + 1]
        if next == UInt8(ascii: "!") && matches("<!--", at: index) {
            copyStrippingMarkers(to: commentEnd(from: index + 4))
        } else if next == UInt8(ascii: "/") {
            guard index + 2 < count, Self.isLetter(bytes[index + 2]) else {
                copyStrippingMarkers(to: after(UInt8(ascii: ">"), from: index + 2))
                return
            }
            // only the end of a no-span element matters, and only inside one
            let closesNoSpan = noSpanDepth > 0 && element(at: index + 2).kind == .noSpan
            copyStrippingMarkers(to: tagEnd(from: index + 2))
            if closesNoSpan { noSpanDepth -= 1 }
        } else if Self.isLetter(next) {
            let name = index + 1
            let (kind, nameEnd) = element(at: name)
            let end = tagEnd(from: nameEnd)
            let selfClosing = end >= 2 && bytes[end - 1] == UInt8(ascii: ">") && bytes[end - 2] == UInt8(ascii: "/")
            copyStrippingMarkers(to: end)
            if kind == .rawText {
                copyStrippingMarkers(to: rawTextEnd(name: name..<nameEnd, from: end))
            } else if kind == .noSpan && !selfClosing {
                noSpanDepth += 1
            }
        } else {
            copyStrippingMarkers(to: after(UInt8(ascii: ">"), from: index + 2))  // <!DOCTYPE …>, <? … >
        }
    }

    /// The kind of the element whose name starts at `offset` and where its name ends (at whitespace, `/`, `>`).
    /// Names that cannot be special (by their first letter) are not read further: the tag end is found anyway.
    private func element(at offset: Int) -> (kind: ElementKind, nameEnd: Int) {
        let first = Self.lowercased(bytes[offset])
        guard first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z"),
              Self.specialFirstLetters & (1 << UInt32(first - UInt8(ascii: "a"))) != 0 else { return (.other, offset) }
        var end = offset
        var name: UInt64 = 0
        while end < count {
            let byte = bytes[end]
            if Self.isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") { break }
            if end - offset < 8 { name = name << 8 | UInt64(Self.lowercased(byte)) }
            end += 1
        }
        guard end - offset <= 8 else { return (.other, end) }
        for special in Self.specialElements where special.name == name { return (special.kind, end) }
        return (.other, end)
    }

    /// Just after the `>` that ends the tag; a quote right after `=` (spaces allowed) opens a value that ends at
    /// the same quote, so `>` inside it does not end the tag. A quote elsewhere is part of a name, as in HTML.
    private func tagEnd(from offset: Int) -> Int {
        var position = offset
        while position < count {
            let byte = bytes[position]
            if byte == UInt8(ascii: ">") { return position + 1 }
            if (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")) && followsEquals(position, after: offset) {
                position = find(byte, from: position + 1, to: count)
            }
            position += 1
        }
        return count
    }

    /// Whether the last non-space byte before `position` (and not before `start`) is `=`.
    private func followsEquals(_ position: Int, after start: Int) -> Bool {
        var before = position - 1
        while before >= start && Self.isSpace(bytes[before]) { before -= 1 }
        return before >= start && bytes[before] == UInt8(ascii: "=")
    }

    /// Just after `-->` (or the `<!-->` and `<!--->` forms); the end of input for an unclosed comment.
    private func commentEnd(from offset: Int) -> Int {
        if matches(">", at: offset) { return offset + 1 }
        if matches("->", at: offset) { return offset + 2 }
        var position = find(UInt8(ascii: ">"), from: offset + 2, to: count)
        while position < count && !matches("-->", at: position - 2) {
            position = find(UInt8(ascii: ">"), from: position + 1, to: count)
        }
        return min(position + 1, count)
    }

    /// Where `</name` followed by whitespace, `/` or `>` starts (ASCII case-insensitive), or the end of input;
    /// `name` is the range of the start tag's name in the input.
    private func rawTextEnd(name: Range<Int>, from offset: Int) -> Int {
        var position = find(UInt8(ascii: "<"), from: offset, to: count)
        while position + 1 + name.count < count {
            let after = position + 2 + name.count
            let sameName = (0..<name.count).allSatisfy {
                Self.lowercased(bytes[position + 2 + $0]) == Self.lowercased(bytes[name.lowerBound + $0])
            }
            if bytes[position + 1] == UInt8(ascii: "/") && sameName
                && (after == count || Self.isSpace(bytes[after]) || bytes[after] == UInt8(ascii: "/")
                    || bytes[after] == UInt8(ascii: ">")) {
                return position
            }
            position = find(UInt8(ascii: "<"), from: position + 1, to: count)
        }
        return count
    }

    /// Just after the next `byte` from `offset` on, or the end of input.
    private func after(_ byte: UInt8, from offset: Int) -> Int { min(find(byte, from: offset, to: count) + 1, count) }

    private func matches(_ text: StaticString, at offset: Int) -> Bool {
        let length = text.utf8CodeUnitCount
        guard offset >= 0 && offset + length <= count else { return false }
        return memcmp(bytes + offset, text.utf8Start, length) == 0
    }

    /// Bit n stands for the letter "a" + n: the first letters of the special elements.
    private static let specialFirstLetters: UInt32 = "sxintdm".utf8.reduce(0) { $0 | 1 << UInt32($1 - UInt8(ascii: "a")) }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}
