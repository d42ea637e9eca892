import Foundation
import NIOConcurrencyHelpers
import Vapor

/// "Now" for the whole app. Everything that compares times asks this clock, never `Date()`, so a test can set
/// the time (`app.clock.set(...)`) and see what a resident would see on that day.
final class AppClock: Sendable {
    private let fixed = NIOLockedValueBox<Date?>(nil)

    init(fixed date: Date? = nil) { fixed.withLockedValue { $0 = date } }

    var now: Date { fixed.withLockedValue { $0 } ?? Date() }

    /// Sets the time (tests); nil returns to the system clock.
    func set(_ date: Date?) { fixed.withLockedValue { $0 = date } }
}

extension Request {
    /// The app clock's time for this request.
    var now: Date { application.clock.now }
}
