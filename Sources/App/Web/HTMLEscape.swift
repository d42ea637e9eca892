import Plot

/// Escaping for text we write ourselves (SVG, attribute values). Plot escapes element text but not attribute
/// values, so every dynamic attribute goes through `.attr(_:_:)`.
enum HTMLEscape {
    static func text(_ s: String) -> String {
        // most text has nothing to escape
        if !s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

extension Node {
    /// An attribute whose value is escaped; use for every value that is not a literal.
    static func attr(_ name: String, _ value: String) -> Node {
        .attribute(named: name, value: HTMLEscape.text(value))
    }

    /// Text that is escaped completely (Plot keeps `&amp;`-like sequences as entities; user text must not).
    static func safeText(_ s: String) -> Node { .raw(HTMLEscape.text(s)) }
}

extension Attribute {
    /// An attribute whose value is escaped, for elements that take attributes only (`<meta>`, `<link>`).
    static func attr(_ name: String, _ value: String) -> Attribute {
        Attribute(name: name, value: HTMLEscape.text(value))
    }
}
