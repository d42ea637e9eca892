/// Why a date, time or schedule was rejected. `description` is a German sentence for the user.
public enum ScheduleError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidDate(year: Int, month: Int, day: Int)
    case unreadableDate(String)
    case invalidTime(hour: Int, minute: Int)
    case unreadableTime(String)
    case unreadableWeekday(String)
    case unknownKind(String)
    case endBeforeStart
    case endEqualsStart
    case intervalOutOfRange(Int)
    case noWeekdays
    case ordinalOutOfRange(Int)
    case lastDateBeforeFirstDate
    case onceDateMismatch
    case yearOutOfRange(Int)
    case noOccurrence

    public var description: String {
        switch self {
        case let .invalidDate(year, month, day):
            if (1...12).contains(month), (1...31).contains(day), (1...9999).contains(year) {
                return "Den \(day). \(GermanCalendarText.monthNames[month - 1]) \(year) gibt es nicht."
            }
            return "Das Datum \(CalendarDate.pad(day, 2)).\(CalendarDate.pad(month, 2)).\(year) gibt es nicht."
        case let .unreadableDate(text):
            return "„\(text)“ ist kein Datum im Format JJJJ-MM-TT."
        case let .invalidTime(hour, minute):
            return "Die Uhrzeit \(CalendarDate.pad(hour, 2)):\(CalendarDate.pad(minute, 2)) gibt es nicht."
        case let .unreadableTime(text):
            return "„\(text)“ ist keine Uhrzeit im Format HH:MM."
        case let .unreadableWeekday(text):
            return "„\(text)“ ist kein Wochentag."
        case let .unknownKind(text):
            return "„\(text)“ ist keine bekannte Art von Termin."
        case .endBeforeStart:
            return "Das Ende liegt vor dem Beginn."
        case .endEqualsStart:
            return "Beginn und Ende sind gleich."
        case let .intervalOutOfRange(weeks):
            return "Der Abstand muss zwischen 1 und 52 Wochen liegen, nicht \(weeks)."
        case .noWeekdays:
            return "Bitte mindestens einen Wochentag wählen."
        case let .ordinalOutOfRange(ordinal):
            return "Im Monat gibt es nur den 1. bis 5. oder den letzten Wochentag, nicht „\(ordinal)“."
        case .lastDateBeforeFirstDate:
            return "Das letzte Datum liegt vor dem ersten."
        case .onceDateMismatch:
            return "Bei einem einmaligen Termin müssen erstes und letztes Datum der Tag des Termins sein."
        case let .yearOutOfRange(year):
            return "Termine im Jahr \(year) werden nicht unterstützt, nur von \(Schedule.supportedYears.lowerBound) bis \(Schedule.supportedYears.upperBound)."
        case .noOccurrence:
            return "Zwischen dem ersten und dem letzten Datum liegt kein Termin."
        }
    }
}
