import Foundation

/// Lower case with German transliteration (ß → ss, ä → ae, ö → oe, ü → ue) and other diacritics removed
/// (é → e, á → a). Shared by street matching and slugs.
enum GermanFolding {
    static func fold(_ text: String) -> String {
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
}
