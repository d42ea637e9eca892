/// The addresses of the account flows beyond log-in: confirmation, password reset, unlock, logging out everywhere,
/// and the kiosk's reset for a visitor at the counter. Reached through `SiteURL.accounts(_:)`.
enum AccountPath: Equatable {
    /// "Check your mail" after registering (the same page whether or not the address already had an account).
    case registered
    case verify(token: String)
    case resendVerification
    case forgotPassword
    case resetPassword(token: String)
    case unlock(token: String)
    case logoutEverywhere
    case kioskAccess

    var path: String {
        switch self {
        case .registered: "/konto/registriert"
        case let .verify(token): "/konto/bestaetigen/\(token)"
        case .resendVerification: "/konto/bestaetigen"
        case .forgotPassword: "/konto/passwort-vergessen"
        case let .resetPassword(token): "/konto/passwort-neu/\(token)"
        case let .unlock(token): "/konto/entsperren/\(token)"
        case .logoutEverywhere: "/konto/ueberall-abmelden"
        case .kioskAccess: "/kiosk/zugang"
        }
    }
}
