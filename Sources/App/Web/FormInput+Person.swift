import Foundation
import GemeinsamCore

/// Reading what people say about themselves or a visitor: phone number, first name, initial. Same style as
/// `FormInput`: a German message under the field's name, and a usable value or nil.
extension FormInput {
    /// A phone number as people write it: digits, spaces, + / - ( ); 6 to 20 digits. Returns the trimmed text.
    static func phone(_ raw: String?, field: String, message: String, errors: inout FormErrors) -> String? {
        guard case let .success(text) = TextInput.clean(raw, maxLength: 30),
              text.allSatisfy({ ($0.isASCII && $0.isNumber) || " +/-()".contains($0) }),
              (6...20).contains(text.filter({ $0.isASCII && $0.isNumber }).count), !text.dropFirst().contains("+")
        else {
            errors.add(field, message)
            return nil
        }
        return text
    }

    /// A first name for public display: no digits, no markup, no addresses. `what` completes the message for an
    /// empty or unusable text ("den Vornamen"); `onlyName` is the message for anything but a name.
    static func firstName(_ raw: String?, field: String, what: String, onlyName: String,
                          errors: inout FormErrors) -> String? {
        switch TextInput.clean(raw, maxLength: 50) {
        case let .success(name):
            guard !name.contains(where: { "<>\"@/\\{}0123456789".contains($0) }) else {
                errors.add(field, onlyName)
                return nil
            }
            return name
        case let .failure(problem):
            errors.add(field, TextInput.message(problem, field: what))
            return nil
        }
    }

    /// The initial of a last name ("b." → "B"); nil when empty, or with `message` when it is not one letter.
    static func initial(_ raw: String?, field: String, message: String, errors: inout FormErrors) -> String? {
        guard let text = raw?.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ".", with: ""), !text.isEmpty
        else { return nil }
        guard text.count == 1, let letter = text.first, letter.isLetter else {
            errors.add(field, message)
            return nil
        }
        return text.uppercased()
    }
}
