import Foundation

/// Rules for new passwords (NIST SP 800-63B style): long enough, not a commonly used password, not the person's
/// own e-mail or name. No composition rules.
enum PasswordPolicy {
    static let minimumLength = 10
    static let maximumLength = 200

    static func problem(with password: String, email: String, firstName: String) -> String? {
        if password.count < minimumLength {
            return "Das Passwort muss mindestens \(minimumLength) Zeichen lang sein."
        }
        if password.count > maximumLength {
            return UIText.text("passwordPolicy.problem.1", ["maximumLength": "\(maximumLength)"])
        }
        let lowered = password.lowercased()
        if CommonPasswords.set.contains(lowered) || Set(lowered).count <= 2 || isSequence(lowered) {
            return UIText.text("passwordPolicy.problem.2")
        }
        let local = email.lowercased().split(separator: "@").first.map(String.init) ?? ""
        let name = firstName.lowercased()
        if (local.count >= 4 && lowered.contains(local)) || (name.count >= 4 && lowered.hasPrefix(name) && lowered.count < name.count + 6) {
            return UIText.text("passwordPolicy.problem.3")
        }
        return nil
    }

    /// "1234567890", "abcdefghij", "0987654321" and the like.
    private static func isSequence(_ s: String) -> Bool {
        let scalars = s.unicodeScalars.map { Int($0.value) }
        guard scalars.count >= 2 else { return false }
        let step = scalars[1] - scalars[0]
        guard abs(step) == 1 else { return false }
        return zip(scalars, scalars.dropFirst()).allSatisfy { $1 - $0 == step }
    }
}
