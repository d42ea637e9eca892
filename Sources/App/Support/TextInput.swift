import Foundation

/// Cleaning and checking of free text from forms and query strings.
enum TextInput {
    enum Problem: Error, Equatable {
        case empty
        case tooLong(max: Int)
        case controlCharacters
    }

    /// Trims, normalises to NFC and rejects control characters (line breaks only where `multiline`).
    static func clean(_ raw: String?, maxLength: Int, multiline: Bool = false) -> Result<String, Problem> {
        let trimmed = (raw ?? "").trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
        if trimmed.isEmpty { return .failure(.empty) }
        if trimmed.count > maxLength { return .failure(.tooLong(max: maxLength)) }
        let allowed: Set<Unicode.Scalar> = multiline ? ["\n", "\r", "\t"] : []
        if trimmed.unicodeScalars.contains(where: { isControl($0) && !allowed.contains($0) }) {
            return .failure(.controlCharacters)
        }
        return .success(trimmed)
    }

    private static func isControl(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned: return s != "\u{200D}"  // keep emoji joiners
        // U+FFFD stands in for bytes that were not valid UTF-8
        default: return s == "\u{FFFD}"
        }
    }

    static func message(_ problem: Problem, field: String) -> String {
        switch problem {
        case .empty: UIText.text("textInput.empty", ["field": field])
        case let .tooLong(max): UIText.text("textInput.tooLong", ["max": "\(max)"])
        case .controlCharacters: UIText.text("textInput.controlCharacters")
        }
    }
}
