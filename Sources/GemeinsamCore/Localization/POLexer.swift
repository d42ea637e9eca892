/// Splits PO bytes into keywords, strings (escapes decoded) and comments, counting lines.
struct POLexer {
    private let bytes: [UInt8]
    private var index = 0
    private(set) var line = 1

    init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    mutating func next() throws(POParseError) -> POToken? {
        skipWhitespace()
        guard index < bytes.count else { return nil }
        let start = line
        switch bytes[index] {
        case UInt8(ascii: "#"): return POToken(kind: try comment(), line: start)
        case UInt8(ascii: "\""): return POToken(kind: .string(try string()), line: start)
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return POToken(kind: .keyword(try keyword()), line: start)
        default: throw POParseError(line: line, kind: .unexpectedText)
        }
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\n"): line += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), 0x0B, 0x0C: break
            default: return
            }
            index += 1
        }
    }

    private mutating func comment() throws(POParseError) -> POToken.Kind {
        var end = index + 1
        while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
        var textStart = index + 1
        var marker: UInt8?
        if textStart < end, [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "|"),
                             UInt8(ascii: "~")].contains(bytes[textStart]) {
            marker = bytes[textStart]
            textStart += 1
        }
        if textStart < end && bytes[textStart] == UInt8(ascii: " ") { textStart += 1 }
        var textEnd = end
        if textEnd > textStart && bytes[textEnd - 1] == UInt8(ascii: "\r") { textEnd -= 1 }
        index = end
        guard let text = String(validating: bytes[textStart..<textEnd], as: UTF8.self) else {
            throw POParseError(line: line, kind: .invalidUTF8)
        }
        return .comment(marker: marker, text: text)
    }

    private mutating func keyword() throws(POParseError) -> POKeyword {
        let start = index
        while index < bytes.count, bytes[index] == UInt8(ascii: "_")
                || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[index]) {
            index += 1
        }
        let word = String(decoding: bytes[start..<index], as: UTF8.self)
        var keyword: POKeyword
        switch word {
        case "msgctxt": keyword = .msgctxt
        case "msgid": keyword = .msgid
        case "msgid_plural": keyword = .msgidPlural
        case "msgstr": keyword = .msgstr
        default: throw POParseError(line: line, kind: .unexpectedText)
        }
        if keyword == .msgstr, index < bytes.count, bytes[index] == UInt8(ascii: "[") {
            keyword = .msgstrIndex(try pluralIndex())
        }
        guard index == bytes.count || [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"),
                                        UInt8(ascii: "\""), UInt8(ascii: "#")].contains(bytes[index]) else {
            throw POParseError(line: line, kind: .unexpectedText)
        }
        return keyword
    }

    /// `[n]` after `msgstr`, with at most 4 digits.
    private mutating func pluralIndex() throws(POParseError) -> Int {
        index += 1
        var value = 0
        var digits = 0
        while index < bytes.count, let digit = Self.digit(bytes[index], radix: 10), digits < 4 {
            value = value * 10 + digit
            digits += 1
            index += 1
        }
        guard digits > 0, index < bytes.count, bytes[index] == UInt8(ascii: "]") else {
            throw POParseError(line: line, kind: .unexpectedText)
        }
        index += 1
        return value
    }

    /// A quoted string on one line, with C escapes decoded.
    private mutating func string() throws(POParseError) -> String {
        index += 1
        var buffer: [UInt8] = []
        while true {
            guard index < bytes.count, bytes[index] != UInt8(ascii: "\n") else {
                throw POParseError(line: line, kind: .unterminatedString)
            }
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") { buffer.append(try escape()) } else { buffer.append(byte) }
        }
        guard let text = String(validating: buffer, as: UTF8.self) else {
            throw POParseError(line: line, kind: .invalidUTF8)
        }
        return text
    }

    /// The byte a backslash sequence stands for; `index` is just after the backslash.
    private mutating func escape() throws(POParseError) -> UInt8 {
        guard index < bytes.count else { throw POParseError(line: line, kind: .unterminatedString) }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "n"): return 0x0A
        case UInt8(ascii: "t"): return 0x09
        case UInt8(ascii: "r"): return 0x0D
        case UInt8(ascii: "a"): return 0x07
        case UInt8(ascii: "b"): return 0x08
        case UInt8(ascii: "f"): return 0x0C
        case UInt8(ascii: "v"): return 0x0B
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "?"): return byte
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            var value = Int(byte - UInt8(ascii: "0"))
            var count = 1
            while count < 3, index < bytes.count, let digit = Self.digit(bytes[index], radix: 8) {
                value = value * 8 + digit
                count += 1
                index += 1
            }
            guard value <= 0xFF else { throw POParseError(line: line, kind: .invalidEscape) }
            return UInt8(value)
        case UInt8(ascii: "x"):
            var value = 0
            var count = 0
            while count < 2, index < bytes.count, let digit = Self.digit(bytes[index], radix: 16) {
                value = value * 16 + digit
                count += 1
                index += 1
            }
            guard count > 0 else { throw POParseError(line: line, kind: .invalidEscape) }
            return UInt8(value)
        default: throw POParseError(line: line, kind: .invalidEscape)
        }
    }

    private static func digit(_ byte: UInt8, radix: Int) -> Int? {
        let value: Int
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): value = Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): value = Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): value = Int(byte - UInt8(ascii: "A")) + 10
        default: return nil
        }
        return value < radix ? value : nil
    }
}
