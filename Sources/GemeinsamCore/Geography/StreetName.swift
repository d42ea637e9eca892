import Foundation

/// Street names: a matching key and a readable form.
public enum StreetName {
    /// Normalise for matching: lower case, ß → ss, ä → ae, ö → oe, ü → ue, other diacritics folded;
    /// a word ending in "straße"/"strasse"/"str."/"str" ends in "str" (also the typos "strase", "strsse");
    /// "pl." → "platz"; a leading
    /// "St." → "sankt"; then everything but letters and digits (spaces, hyphens, dots, apostrophes) removed.
    /// "Oesterholzstraße" == "OESTERHOLZSTR." == "oesterholz str" → "oesterholzstr".
    public static func normalize(_ s: String) -> String {
        var words: [(text: String, dotted: Bool)] = []
        var current = ""
        func finish(dotted: Bool) {
            if !current.isEmpty { words.append((current, dotted)) }
            current = ""
        }
        for character in GermanFolding.fold(s) {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else {
                finish(dotted: character == ".")
            }
        }
        finish(dotted: false)

        var out = ""
        for (index, word) in words.enumerated() {
            var text = word.text
            if let stem = streetSuffixStem(text) {
                text = stem + "str"
            } else if text == "pl" || (word.dotted && text.hasSuffix("pl")) {
                text += "atz"
            } else if index == 0 && text == "st" && word.dotted && words.count > 1 {
                text = "sankt"
            }
            out += text
        }
        return out
    }

    /// The word without a final "strasse" (also mistyped as "strase", "strsse", "strassse"), or nil.
    private static func streetSuffixStem(_ word: String) -> Substring? {
        var rest = Substring(word)
        guard rest.hasSuffix("e") else { return nil }
        rest = rest.dropLast()
        var esses = 0
        while esses < 3, rest.hasSuffix("s") { rest = rest.dropLast(); esses += 1 }
        guard esses > 0 else { return nil }
        if rest.hasSuffix("a") { rest = rest.dropLast() } else if esses == 1 { return nil }   // "strse" is too far
        guard rest.hasSuffix("str") else { return nil }
        return rest.dropLast(3)
    }

    /// Display form from the register's upper case: "OESTERHOLZSTRASSE" → "Oesterholzstraße",
    /// "AN DER PAULUSKIRCHE" → "An der Pauluskirche", "WILHELM-SCHMIDT-STR." → "Wilhelm-Schmidt-Straße",
    /// "BERTHA-VON-SUTTNER-STRAßE" → "Bertha-von-Suttner-Straße", "IM II. WESTFELD" → "Im II. Westfeld".
    /// Articles and prepositions are lower case except at the very start; Roman numerals stay upper case.
    public static func displayName(_ registerName: String) -> String {
        let words = registerName.split(whereSeparator: \.isWhitespace)
        var outWords: [String] = []
        for (wordIndex, word) in words.enumerated() {
            let parts = word.split(separator: "-", omittingEmptySubsequences: false)
            var outParts: [String] = []
            for (partIndex, part) in parts.enumerated() {
                let isFirst = wordIndex == 0 && partIndex == 0
                let isLast = wordIndex == words.count - 1 && partIndex == parts.count - 1
                outParts.append(displayPart(String(part), isFirst: isFirst, isLast: isLast))
            }
            outWords.append(outParts.joined(separator: "-"))
        }
        return outWords.joined(separator: " ")
    }

    private static let lowerCaseWords: Set<String> = [
        "am", "an", "auf", "bei", "beim", "das", "de", "dem", "den", "der", "des", "die",
        "im", "in", "und", "van", "vom", "von", "zu", "zum", "zur",
    ]

    private static func displayPart(_ part: String, isFirst: Bool, isLast: Bool) -> String {
        if isRomanNumeral(part) { return part }
        var lower = part.lowercased()
        if lower.hasSuffix("strasse") {
            lower.removeLast(7)
            lower += "straße"
        } else if lower.hasSuffix("str.") || (isLast && lower.hasSuffix("str")) {
            lower.removeLast(lower.hasSuffix(".") ? 4 : 3)
            lower += "straße"
        } else if lower.hasSuffix("pl.") {
            lower.removeLast(3)
            lower += "platz"
        }
        if !isFirst && lowerCaseWords.contains(lower) { return lower }
        guard let letterIndex = lower.firstIndex(where: \.isLetter) else { return lower }
        return lower[..<letterIndex] + lower[letterIndex].uppercased() + lower[lower.index(after: letterIndex)...]
    }

    /// "I", "II.", "IV" — only upper-case input counts, so "Im" or "Ida" are not taken for numerals.
    private static func isRomanNumeral(_ part: String) -> Bool {
        var core = Substring(part)
        if core.hasSuffix(".") { core = core.dropLast() }
        guard !core.isEmpty, core.count <= 4 else { return false }
        return core.allSatisfy { "IVX".contains($0) }
    }
}
