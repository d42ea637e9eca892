import Foundation

/// The one way text is folded for comparing: lower case with German transliteration (ß → ss, ä → ae, ö → oe,
/// ü → ue) and other diacritics removed (é → e, á → a). Shared by street matching, slugs and search.
public enum GermanFolding {
    public static func fold(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 4)
        for scalar in text.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            switch scalar {
            case "ß": out += "ss"
            case "ä": out += "ae"
            case "ö": out += "oe"
            case "ü": out += "ue"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out.folding(options: [.diacriticInsensitive], locale: nil)
    }

    /// A looser key for free-text search, so that "Muller", "Müller" and "Mueller" all find each other: the fold
    /// above with the transliterations "ae", "oe", "ue" reduced to "a", "o", "u", trimmed.
    public static func searchKey(_ text: String) -> String {
        fold(text.trimmingCharacters(in: .whitespacesAndNewlines))
            .replacingOccurrences(of: "ae", with: "a").replacingOccurrences(of: "oe", with: "o")
            .replacingOccurrences(of: "ue", with: "u")
    }
}
