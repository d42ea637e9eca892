import Vapor

/// Writing to other people (Börse listings and messages, actor entries and invitations, room requests) needs a
/// confirmed e-mail address: an account registered with someone else's address cannot reach anyone. Anonymous
/// requests pass through, so the handlers can send them to the login page.
struct VerifiedAccountMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.method == .POST, let user = request.currentUser, !user.emailVerified {
            throw GermanError(status: .forbidden, reason: Texts.Account.verificationRequired)
        }
        return try await next.respond(to: request)
    }
}
