/// What a notification is about, stored in `outbox.kind` (for statistics and tests; the text is in the mail).
enum NotificationKind: String, CaseIterable, Sendable {
    // Nachbarschaftsbörse
    case contactRequest = "request"
    case kioskCallback = "kiosk"
    case requestAccepted = "accepted"
    case requestDeclined = "declined"
    case message
    case hoursToConfirm = "hours"
    case digest
    // Akteursnetz
    case tieProposal = "tie-proposal"
    case actorInvitation = "actor-invitation"
    case actorReview = "actor-review"
    case actorDecision = "actor-decision"
    // accounts (sent to the address only, never listed on the account page)
    case accountVerification = "account.verify"
    case accountExisting = "account.existing"
    case passwordReset = "account.reset"
    case accountUnlock = "account.unlock"
    case kioskReset = "account.kiosk-reset"
    case passwordChanged = "account.password-changed"

    /// Mails with a single-use link or about the account itself: kept only briefly (`Outbox.deleteOld`).
    var isAccountMail: Bool { rawValue.hasPrefix("account.") || self == .actorInvitation }
}
