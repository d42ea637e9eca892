import Fluent

/// Migration 003: the Nachbarschaftsbörse, its kiosk channel, mail outbox, moderation and volunteer hours.
enum ExchangeMigrations {
    static let all: [any Migration] = [
        CreateKioskSite(), CreateListing(), CreateContactRequest(), CreateExchangeModeration(), CreateOutbox(),
        CreateVolunteerHours(),
    ]
}
