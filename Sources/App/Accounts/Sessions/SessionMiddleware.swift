import Foundation
import Vapor

/// Reads the session cookie, loads the session and the person (ending the session when it has expired or the account
/// is gone), and writes the cookie when a session started or ended during the request. Replaces Vapor's sessions:
/// a session here is only ever "this person is logged in", with server-side timeouts.
struct SessionMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let name = SessionCookie.name(secure: request.application.appConfig.secureCookies)
        var hadCookie = false
        if let token = request.cookies[name]?.string {
            hadCookie = true
            try await load(token: token, request: request)
        }
        let response = try await next.respond(to: request)
        let change = request.storage[SessionChangeKey.self]
        if case let .started(token) = change {
            response.cookies[name] = SessionCookie.value(token, request: request)
        } else if hadCookie, request.storage[SessionIDKey.self] == nil {
            response.cookies[name] = .expired
        }
        return response
    }

    private func load(token: String, request: Request) async throws {
        let sql = request.sql
        guard let session = try await AuthSessions.find(token: token, on: sql), let userID = session.userID,
              let user = try await AccountQueries.currentUser(id: userID, on: sql)
        else { return }
        let now = request.now
        if session.hasExpired(at: now, limits: request.application.appConfig.sessionLimits, staff: user.isStaff) {
            try await AuthSessions.delete(id: session.id, on: sql)
            return
        }
        try await AuthSessions.touch(session, now: now, on: sql)
        request.currentUser = user
        request.storage[SessionIDKey.self] = session.id
    }
}

enum SessionCookie {
    /// `__Host-` when cookies are secure: then no subdomain or plain-HTTP page can set or overwrite it.
    static func name(secure: Bool) -> String { secure ? "__Host-gemeinsam_session" : "gemeinsam_session" }

    static func value(_ token: String, request: Request) -> HTTPCookies.Value {
        let config = request.application.appConfig
        return HTTPCookies.Value(string: token, maxAge: Int(config.sessionLimits.residentMaximum), path: "/",
                                 isSecure: config.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }
}

private struct SessionIDKey: StorageKey { typealias Value = String }
private struct SessionChangeKey: StorageKey { typealias Value = SessionChange }
private enum SessionChange { case started(String), ended }

extension Request {
    /// The stored id of this request's session, if someone is logged in.
    var sessionID: String? { storage[SessionIDKey.self] }

    /// Logs `user` in: a fresh session (a session id planted before cannot be taken over) and a new form token.
    func startSession(for userID: UUID) async throws {
        if let old = sessionID { try await AuthSessions.delete(id: old, on: sql) }
        let grants = try await AccountQueries.grants(of: userID, on: sql)
        let token = try await AuthSessions.create(userID: userID, staff: grants.contains { $0.role.isStaff },
                                                  limits: application.appConfig.sessionLimits, now: now, on: sql)
        storage[SessionIDKey.self] = AuthSessions.id(of: token)
        storage[SessionChangeKey.self] = .started(token)
        rotateCSRFToken()
    }

    /// Logs out of this session.
    func endSession() async throws {
        if let id = sessionID { try await AuthSessions.delete(id: id, on: sql) }
        storage[SessionIDKey.self] = nil
        storage[SessionChangeKey.self] = .ended
        currentUser = nil
        rotateCSRFToken()
    }
}
