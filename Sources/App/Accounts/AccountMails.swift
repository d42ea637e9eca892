import Foundation
import Vapor

/// The mails of the account flows. They go to the address only (no `user_id`: they are not notifications to list
/// on the account page), carry a single-use link, and are delivered like every other mail.
enum AccountMails {
    static func verification(to user: UserRow, req: Request) async throws {
        let token = try await AccountTokens.issue(.emailVerification, userID: user.id, now: req.now, on: req.sql)
        try await send(to: user.email, subject: Texts.AccountMail.verifySubject,
                       text: Texts.AccountMail.verifyText(user.firstName), link: .accounts(.verify(token: token)),
                       kind: .accountVerification, req: req)
    }

    static func existingAccount(to email: String, req: Request) async throws {
        try await send(to: email, subject: Texts.AccountMail.existingSubject, text: Texts.AccountMail.existingText,
                       link: .accounts(.forgotPassword), kind: .accountExisting, req: req)
    }

    static func passwordReset(to user: UserRow, req: Request) async throws {
        let token = try await AccountTokens.issue(.passwordReset, userID: user.id, now: req.now, on: req.sql)
        try await send(to: user.email, subject: Texts.AccountMail.resetSubject, text: Texts.AccountMail.resetText,
                       link: .accounts(.resetPassword(token: token)), kind: .passwordReset, req: req)
    }

    static func unlock(to user: UserRow, req: Request) async throws {
        let token = try await AccountTokens.issue(.unlock, userID: user.id, now: req.now, on: req.sql)
        try await send(to: user.email, subject: Texts.AccountMail.unlockSubject, text: Texts.AccountMail.unlockText,
                       link: .accounts(.unlock(token: token)), kind: .accountUnlock, req: req)
    }

    static func kioskReset(to user: UserRow, req: Request) async throws {
        try await send(to: user.email, subject: Texts.AccountMail.kioskSubject, text: Texts.AccountMail.kioskText,
                       link: nil, kind: .kioskReset, req: req)
    }

    static func passwordChanged(to user: UserRow, req: Request) async throws {
        try await send(to: user.email, subject: Texts.AccountMail.passwordChangedSubject,
                       text: Texts.AccountMail.passwordChangedText, link: .accounts(.forgotPassword),
                       kind: .passwordChanged, req: req)
    }

    private static func send(to address: String, subject: String, text: String, link: SiteURL?, kind: NotificationKind,
                             req: Request) async throws {
        try await Outbox.enqueue(userID: nil, to: address, subject: subject, text: text, link: link, kind: kind,
                                 now: req.now, publicURL: req.application.appConfig.publicURL, on: req.sql)
    }
}
