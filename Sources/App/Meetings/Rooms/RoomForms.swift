import Foundation
import GemeinsamCore
import Vapor

/// The room form (name, capacity, equipment, accessibility, bookable, rules).
struct RoomForm: Content, Sendable {
    var name: String?
    var capacity: String?
    var equipment: String?
    var accessible: String?
    var bookable: String?
    var bookingRules: String?

    init() { bookable = "ja" }

    init(_ r: RoomRow) {
        name = r.name; capacity = String(r.capacity); equipment = r.equipment
        accessible = r.accessible ? "ja" : nil; bookable = r.bookable ? "ja" : nil; bookingRules = r.bookingRules
    }

    func validate(placeID: UUID) -> (RoomRow?, FormErrors) {
        var errors = FormErrors()
        let t = Texts.RoomForm.self
        let name = FormInput.text(self.name, field: "name", what: t.nameWhat, max: 100, errors: &errors)
        let raw = (capacity ?? "").trimmingCharacters(in: .whitespaces)
        let seats = raw.count <= 6 && raw.allSatisfy({ $0.isASCII && $0.isNumber }) ? Int(raw) : nil
        if raw.isEmpty { errors.add("capacity", t.capacityMissing) }
        else if seats == nil || !(1...10_000).contains(seats!) { errors.add("capacity", t.capacityInvalid) }
        let equipment = FormInput.optionalText(self.equipment, field: "equipment", max: 500, multiline: true, errors: &errors)
        let rules = FormInput.optionalText(bookingRules, field: "bookingRules", max: 2_000, multiline: true, errors: &errors)
        guard errors.isEmpty, let seats else { return (nil, errors) }
        return (RoomRow(placeID: placeID, name: name, capacity: seats, equipment: equipment,
                                         accessible: accessible != nil, bookable: bookable != nil, bookingRules: rules),
                errors)
    }

    static func changes(from old: RoomRow, to new: RoomRow) -> [String] {
        let t = Texts.RoomForm.self
        var fields: [String] = []
        if old.name != new.name { fields.append(t.name) }
        if old.capacity != new.capacity { fields.append(t.capacity) }
        if old.equipment != new.equipment { fields.append(t.equipment) }
        if old.accessible != new.accessible { fields.append(t.accessible) }
        if old.bookable != new.bookable { fields.append(t.bookable) }
        if old.bookingRules != new.bookingRules { fields.append(t.bookingRules) }
        return fields
    }
}

/// A request for a room: date, start, end, purpose.
struct BookingRequestForm: Content, Sendable {
    var date: String?
    var startTime: String?
    var endTime: String?
    var purpose: String?
    /// the actor of the Akteursnetz the request is for (id), optional
    var actor: String?

    static let earliestHour = 6
    static let latestHour = 23
    static let maxHours = 12
    static let maxDaysAhead = 366
    static let maxOpenRequests = 20

    struct Valid: Sendable {
        var date: CalendarDate
        var start: CalendarTime
        var end: CalendarTime
        var purpose: String
        var startsAt: Double
        var endsAt: Double
    }

    func validate(now: Date) -> (Valid?, FormErrors) {
        var errors = FormErrors()
        let t = Texts.Bookings.self
        let date = FormInput.date(self.date, field: "date", errors: &errors)
        let start = FormInput.time(startTime, field: "startTime", errors: &errors)
        let end = FormInput.time(endTime, field: "endTime", errors: &errors)
        if let start, start.minute % 15 != 0 { errors.add("startTime", t.quarterHours) }
        if let end, end.minute % 15 != 0 { errors.add("endTime", t.quarterHours) }
        if let start, let end, errors["startTime"] == nil, errors["endTime"] == nil {
            if end < start { errors.add("endTime", ScheduleError.endBeforeStart.description) }
            else if end == start { errors.add("endTime", ScheduleError.endEqualsStart.description) }
            else if start.hour < Self.earliestHour || end.minutesSinceMidnight > Self.latestHour * 60 {
                errors.add(start.hour < Self.earliestHour ? "startTime" : "endTime", t.outsideHours)
            } else if end.minutesSinceMidnight - start.minutesSinceMidnight > Self.maxHours * 60 {
                errors.add("endTime", t.tooLong)
            }
        }
        var startsAt = 0.0, endsAt = 0.0
        if let date, let start, let end {
            startsAt = EuropeBerlinTime.instant(for: date, start).timeIntervalSince1970
            endsAt = EuropeBerlinTime.instant(for: date, end).timeIntervalSince1970
            if errors["date"] == nil, errors["startTime"] == nil, startsAt <= now.timeIntervalSince1970 {
                errors.add("date", t.inThePast)
            } else if startsAt > now.timeIntervalSince1970 + Double(Self.maxDaysAhead) * 86_400 {
                errors.add("date", t.tooFarAhead)
            }
        }
        let purpose = FormInput.optionalText(self.purpose, field: "purpose", max: 300, errors: &errors)
        if purpose.isEmpty { errors.add("purpose", t.purposeMissing) }
        guard errors.isEmpty, let date, let start, let end else { return (nil, errors) }
        return (Valid(date: date, start: start, end: end, purpose: purpose, startsAt: startsAt, endsAt: endsAt), errors)
    }
}
