import Crypto
import Foundation

/// The codes people type: one-time codes for paper and kiosk answers, and personal panel codes. 8 or 12
/// characters from an alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B), in groups of four.
enum SurveyCode {
    static let alphabet = Array("ACDEFGHJKMNPQRTUVWXY34679")
    static let oneTimeLength = 8
    static let panelLength = 12

    /// What a hash is for: the same code hashes differently as a one-time and as a panel code.
    enum Purpose: String { case oneTime = "code", panel }

    static func make(length: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        let chars = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        return stride(from: 0, to: length, by: 4).map { String(chars[$0..<min($0 + 4, length)]) }.joined(separator: "-")
    }

    /// Upper case, without spaces and hyphens; nil when it cannot be a code.
    static func normalize(_ raw: String?, length: Int) -> String? {
        guard let raw else { return nil }
        let cleaned = raw.uppercased().filter { $0 != " " && $0 != "-" }
        guard cleaned.count == length, cleaned.allSatisfy({ alphabet.contains($0) }) else { return nil }
        return cleaned
    }

    /// HMAC-SHA256 of the normalized code with the installation's salt, hex.
    static func hash(_ code: String, purpose: Purpose, salt: String) -> String {
        let key = SymmetricKey(data: Data((salt + "|" + purpose.rawValue).utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: Data(code.utf8), using: key)
        return mac.map { String(format: "%02x", $0) }.joined()
    }
}
