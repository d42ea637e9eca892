import Foundation
import Vapor

/// The registration form as sent, and its validation.
struct RegistrationForm: Content {
    var email: String?
    var password: String?
    var firstName: String?
    var initial: String?
    var homeArea: String?

    struct Valid { var email: String; var password: String; var firstName: String; var initial: String?; var homeAreaID: Int }

    func validate(geography: GeographySnapshot) -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let email = EmailAddress.validate(self.email, errors: &errors)
        var firstName = ""
        switch TextInput.clean(self.firstName, maxLength: 50) {
        case let .success(name):
            if name.contains(where: { "<>\"@/\\{}".contains($0) }) || name.allSatisfy({ $0.isNumber }) {
                errors.add("firstName", UIText.text("accountForms.validate.1"))
            } else { firstName = name }
        case let .failure(problem): errors.add("firstName", TextInput.message(problem, field: "Ihren Vornamen"))
        }
        var initial: String?
        if let raw = self.initial?.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ".", with: ""), !raw.isEmpty {
            if raw.count == 1, raw.first!.isLetter { initial = raw.uppercased() } else {
                errors.add("initial", UIText.text("accountForms.validate.2"))
            }
        }
        let password = self.password ?? ""
        if let problem = PasswordPolicy.problem(with: password, email: email ?? "", firstName: firstName) {
            errors.add("password", password.isEmpty ? UIText.text("accountForms.validate.3") : problem)
        }
        let area = homeArea.flatMap { geography.area(kind: .statisticalDistrict, slug: $0) }
        if area == nil { errors.add("homeArea", UIText.text("accountForms.validate.4")) }
        guard errors.isEmpty, let email, let area else { return .failure(errors) }
        return .success(Valid(email: email, password: password, firstName: firstName, initial: initial, homeAreaID: area.id))
    }
}

struct LoginForm: Content {
    var email: String?
    var password: String?
}

struct PasswordChangeForm: Content {
    var currentPassword: String?
    var newPassword: String?
}

struct DeleteAccountForm: Content {
    var password: String?
}

enum EmailAddress {
    /// A plausible address (one @, a dot in the domain, no spaces), lowercased; adds a German error otherwise.
    static func validate(_ raw: String?, field: String = "email", errors: inout FormErrors) -> String? {
        switch TextInput.clean(raw, maxLength: 254) {
        case let .failure(problem):
            errors.add(field, TextInput.message(problem, field: UIText.text("accountForms.validate.1-2")))
            return nil
        case let .success(value):
            let parts = value.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
                  !parts[1].hasSuffix("."), !value.contains(where: { $0.isWhitespace || "<>()[]\\,;:\"".contains($0) })
            else {
                errors.add(field, UIText.text("accountForms.validate.2-2"))
                return nil
            }
            return value.lowercased()
        }
    }
}
