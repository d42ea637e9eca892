/// `Accept-Language` negotiation (RFC 9110 § 12.5.4 with RFC 4647 language ranges).
///
/// One pass over the header, linear in its length: malformed elements are skipped, never fatal. A range matches a
/// language when it equals the language's code or starts with it followed by "-" ("de-AT" → German, "ar-EG" →
/// Arabic); the longest code wins ("de-x-ls" → Leichte Sprache). `*` stands for any language not named elsewhere
/// in the header; `q=0` means "not acceptable".
public enum AcceptLanguage {
    /// One valid element of the header: the range (lower-cased) and its weight in thousandths (0…1000).
    public struct Range: Sendable, Hashable {
        public let tag: String
        public let quality: Int
    }

    /// The valid elements in header order.
    public static func ranges(_ header: String) -> [Range] {
        var result: [Range] = []
        forEachRange(in: header) { tag, quality in
            result.append(Range(tag: String(decoding: tag, as: UTF8.self), quality: quality))
        }
        return result
    }

    /// The supported language the reader prefers most, or nil when the header names none of `languages` (and has
    /// no `*`). Equal weights are decided by the order in the header; a `*` only wins with a higher weight than
    /// every named language and then gives the first of `languages` not named in the header (never a private-use
    /// variant such as Leichte Sprache, which a reader has to ask for).
    public static func preferredLanguage(_ header: String, among languages: [Language] = Language.all) -> Language? {
        let codes = languages.map { Array($0.code.utf8.map(String.asciiLower)) }
        var quality = [Int](repeating: -1, count: languages.count)
        var firstPosition = [Int](repeating: .max, count: languages.count)
        var excluded = [Bool](repeating: false, count: languages.count)
        var wildcard = -1
        var position = 0
        forEachRange(in: header) { tag, weight in
            position += 1
            if tag.count == 1 && tag[tag.startIndex] == UInt8(ascii: "*") {
                wildcard = max(wildcard, weight)
                return
            }
            guard let match = bestMatch(tag, codes) else { return }
            if weight == 0 { excluded[match] = true }
            if weight > quality[match] { quality[match] = weight }
            firstPosition[match] = min(firstPosition[match], position)
        }
        var best: Int?
        for index in languages.indices where !excluded[index] && quality[index] > 0 {
            if let current = best, quality[current] > quality[index]
                || (quality[current] == quality[index] && firstPosition[current] <= firstPosition[index]) { continue }
            best = index
        }
        if wildcard > 0, wildcard > (best.map { quality[$0] } ?? 0),
           let other = languages.indices.first(where: {
               quality[$0] < 0 && !excluded[$0] && !languages[$0].code.contains("-x-")
           }) {
            return languages[other]
        }
        return best.map { languages[$0] }
    }

    /// Index of the longest code that `tag` equals or extends with "-".
    private static func bestMatch(_ tag: ArraySlice<UInt8>, _ codes: [[UInt8]]) -> Int? {
        var best: Int?
        for (index, code) in codes.enumerated() where tag.starts(with: code) {
            guard tag.count == code.count || tag[tag.startIndex + code.count] == UInt8(ascii: "-") else { continue }
            if best.map({ codes[$0].count < code.count }) ?? true { best = index }
        }
        return best
    }

    /// Calls `body` with each valid element's lower-cased range and weight.
    private static func forEachRange(in header: String, _ body: (ArraySlice<UInt8>, Int) -> Void) {
        let bytes = Array(header.utf8)
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != UInt8(ascii: ",") { end += 1 }
            if let (tag, quality) = element(bytes[start..<end]) { body(tag, quality) }
            start = end + 1
        }
    }

    /// `OWS range OWS *( ";" OWS parameter )`, where a `q` parameter must be a valid qvalue.
    private static func element(_ bytes: ArraySlice<UInt8>) -> (ArraySlice<UInt8>, Int)? {
        var parts = bytes.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false).map(trimmed)
        guard !parts.isEmpty else { return nil }
        let range = parts.removeFirst().map(String.asciiLower)
        guard isLanguageRange(range[...]) else { return nil }
        var quality = 1000
        for parameter in parts {
            guard parameter.count >= 2, String.asciiLower(parameter[parameter.startIndex]) == UInt8(ascii: "q"),
                  parameter[parameter.startIndex + 1] == UInt8(ascii: "=") else { continue }
            guard let value = qvalue(parameter.dropFirst(2)) else { return nil }
            quality = value
        }
        return (range[...], quality)
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }) else { return bytes[bytes.endIndex...] }
        let last = bytes.lastIndex(where: { !isSpace($0) })!
        return bytes[first...last]
    }

    /// `*` or `1*8ALPHA *("-" 1*8alphanum)`.
    private static func isLanguageRange(_ range: ArraySlice<UInt8>) -> Bool {
        if range.count == 1 && range.first == UInt8(ascii: "*") { return true }
        let subtags = range.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard let first = subtags.first else { return false }
        let isLetter = { (byte: UInt8) in (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) }
        let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        guard (1...8).contains(first.count), first.allSatisfy(isLetter) else { return false }
        return subtags.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { isLetter($0) || isDigit($0) } }
    }

    /// `0[.ddd]` or `1[.000]` as thousandths.
    private static func qvalue(_ text: ArraySlice<UInt8>) -> Int? {
        guard let first = text.first, first == UInt8(ascii: "0") || first == UInt8(ascii: "1") else { return nil }
        var value = Int(first - UInt8(ascii: "0")) * 1000
        let rest = text.dropFirst()
        guard !rest.isEmpty else { return value }
        guard rest.first == UInt8(ascii: "."), rest.count <= 4 else { return nil }
        var scale = 100
        for byte in rest.dropFirst() {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value += Int(byte - UInt8(ascii: "0")) * scale
            scale /= 10
        }
        return value <= 1000 ? value : nil
    }
}
