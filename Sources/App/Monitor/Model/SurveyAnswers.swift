/// Answers of one response: question key → option keys (one for single choice and scale, several for multiple
/// choice). Free texts and the Quartier are not part of it (they are stored apart).
///
/// Stored as `key=value;key=value1,value2` with keys and values limited to a–z, 0–9, `_`, `-` and `+`, which
/// makes the stored text unambiguous without escaping and fast to read for 50,000 answers.
struct SurveyAnswers: Sendable, Equatable {
    var values: [String: [String]] = [:]

    subscript(key: String) -> String? { values[key]?.first }
    func all(_ key: String) -> [String] { values[key] ?? [] }
}

enum AnswerCodec {
    static func isValidToken(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy { b in
            (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x2D || b == 0x2B
        }
    }

    static func encode(_ answers: SurveyAnswers) -> String {
        answers.values.keys.sorted().compactMap { key in
            let values = answers.values[key]!.filter(isValidToken)
            guard isValidToken(key), !values.isEmpty else { return nil }
            return key + "=" + values.joined(separator: ",")
        }.joined(separator: ";")
    }

    static func decode(_ text: String) -> SurveyAnswers {
        var answers = SurveyAnswers()
        for pair in text.split(separator: ";") {
            guard let eq = pair.firstIndex(of: "=") else { continue }
            let key = String(pair[..<eq])
            let values = pair[pair.index(after: eq)...].split(separator: ",").map(String.init)
            if !values.isEmpty { answers.values[key] = values }
        }
        return answers
    }
}
