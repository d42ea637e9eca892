// Columns of `users` that queries join to their rows (see `Joined`): Börse, kiosk, an actor's editors.

/// The public name of an account joined into a Börse query (`u.first_name, u.initial`): first name and initial.
/// `firstName` is nil only where the account may be gone (a left join).
struct PersonName: Decodable, Sendable {
    var firstName: String?
    var initial: String?

    var publicName: String? { firstName.map { PublicName.make(firstName: $0, initial: initial) } }
}

/// The address of an account (`u.email`).
struct AccountEmail: Decodable, Sendable {
    var email: String
}
