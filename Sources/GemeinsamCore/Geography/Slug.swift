import Foundation

/// URL path segments from names.
public enum Slug {
    /// "Dorstfelder Brücke" → "dorstfelder-bruecke", "Hörde" → "hoerde": lower case a–z and 0–9 with
    /// German transliteration; every other run of characters becomes one hyphen; no hyphen at either end.
    /// A name without any letter or digit gives "".
    public static func make(_ name: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in GermanFolding.fold(name).unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen && !out.isEmpty { out += "-" }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return out
    }
}
