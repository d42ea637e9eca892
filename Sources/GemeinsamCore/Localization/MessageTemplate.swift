/// A message text with named placeholders in Python brace style: `{name}` is replaced, `{{` and `}}` stand for
/// literal braces (as `python-brace-format` defines them); anything else in braces stays as it is.
///
/// The text is split once when the catalog is built, so rendering only concatenates; a text without placeholders
/// or brace escapes is returned as it is, without allocating.
struct MessageTemplate: Sendable {
    enum Part: Sendable {
        case literal(String)
        case placeholder(String)
    }

    let text: String
    /// nil when rendering gives `text` unchanged.
    private let parts: [Part]?
    /// Placeholder names, sorted, without duplicates.
    let placeholders: [String]

    init(_ text: String) {
        self.text = text
        var parts: [Part] = []
        var names = Set<String>()
        var needsParts = false
        var literal: [UInt8] = []
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
            if (byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")) && next == byte {
                literal.append(byte)
                needsParts = true
                index += 2
            } else if byte == UInt8(ascii: "{"), let end = Self.identifierEnd(bytes, from: index + 1),
                      end < bytes.count, bytes[end] == UInt8(ascii: "}") {
                if !literal.isEmpty { parts.append(.literal(String(decoding: literal, as: UTF8.self))) }
                literal = []
                let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                parts.append(.placeholder(name))
                names.insert(name)
                needsParts = true
                index = end + 1
            } else {
                literal.append(byte)
                index += 1
            }
        }
        if !literal.isEmpty { parts.append(.literal(String(decoding: literal, as: UTF8.self))) }
        self.parts = needsParts ? parts : nil
        self.placeholders = names.sorted()
    }

    /// End of `[A-Za-z_][A-Za-z0-9_]*` starting at `start`, or nil when no identifier starts there.
    private static func identifierEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        func isStart(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "_") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
        }
        guard start < bytes.count, isStart(bytes[start]) else { return nil }
        var end = start + 1
        while end < bytes.count, isStart(bytes[end]) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) {
            end += 1
        }
        return end
    }

    /// The text with placeholders replaced by `arguments`; `{count}` falls back to `count` in decimal digits.
    /// A placeholder without a value stays visible as `{name}` so that tests and readers notice it.
    func render(_ arguments: [String: String], count: Int? = nil) -> String {
        guard let parts else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for part in parts {
            switch part {
            case .literal(let literal): out += literal
            case .placeholder(let name):
                if let value = arguments[name] {
                    out += value
                } else if name == "count", let count {
                    out += String(count)
                } else {
                    out += "{\(name)}"
                }
            }
        }
        return out
    }
}
