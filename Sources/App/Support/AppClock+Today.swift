import Foundation
import GemeinsamCore
import Vapor

extension AppClock {
    /// Today in Europe/Berlin, by this clock.
    var today: CalendarDate { Self.today(at: now) }

    static func today(at now: Date) -> CalendarDate {
        EuropeBerlinTime.localDateTime(at: now)?.date ?? CalendarDate(dayNumber: Int(now.timeIntervalSince1970 / 86_400))!
    }
}

extension Request {
    /// Today in Europe/Berlin for this request.
    var today: CalendarDate { application.clock.today }
}
