import Foundation

/// A row of `auth_sessions`. The id is the SHA-256 of the cookie value, so the table alone gives nobody a session.
struct AuthSessionRow: Decodable, Sendable {
    var id: String
    var userID: UUID?
    var data: String
    var createdAt: Double
    var lastSeenAt: Double
    var idleSeconds: Double
    var expiresAt: Double

    /// Whether the session has ended at `now`, with the limits of the person's current roles.
    func hasExpired(at now: Date, limits: SessionLimits, staff: Bool) -> Bool {
        let t = now.timeIntervalSince1970
        let idle = staff ? min(idleSeconds, limits.staffIdle) : idleSeconds
        let end = staff ? min(expiresAt, createdAt + limits.staffMaximum) : expiresAt
        return t >= end || t - lastSeenAt >= idle
    }
}
