import GemeinsamCore

/// German text of the room page and of /buchungen.
extension Texts {
    enum Rooms {
        static func title(_ room: String, _ place: String) -> String { "\(room) – \(place)" }
        static func description(_ place: String) -> String { UIText.text("rooms.description", ["place": "\(place)"]) }
        static var inPlace: String { UIText.text("rooms.inPlace") }
        static var quartier: String { UIText.text("rooms.quartier") }
        static var placeNotPublished: String { UIText.text("rooms.placeNotPublished") }
        static var edit: String { UIText.text("rooms.edit") }
        static var requests: String { UIText.text("rooms.requests") }
        static var address: String { UIText.text("rooms.address") }
        static var unknown: String { UIText.text("rooms.unknown") }
        static var capacity: String { UIText.text("rooms.capacity") }
        static func people(_ n: Int) -> String { UIText.plural("rooms.people", count: n) }
        static var equipment: String { UIText.text("rooms.equipment") }
        static var accessible: String { UIText.text("rooms.accessible") }
        static var bookable: String { UIText.text("rooms.bookable") }
        static var yes: String { UIText.text("rooms.yes") }
        static var no: String { UIText.text("rooms.no") }
        static var notBookable: String { UIText.text("rooms.notBookable") }
        static var openingHours: String { UIText.text("rooms.openingHours") }
        static var contact: String { UIText.text("rooms.contact") }
        static func phone(_ number: String) -> String { UIText.text("rooms.phone", ["number": "\(number)"]) }
        static var website: String { UIText.text("rooms.website") }
        static var contactOnSite: String { UIText.text("rooms.contactOnSite") }
        static var rulesHeading: String { UIText.text("rooms.rulesHeading") }
        static var occupancyHeading: String { UIText.text("rooms.occupancyHeading") }
        static func weekTitle(_ week: BookingWeek) -> String {
            UIText.text("rooms.weekTitle", ["week": "\(week.week)", "week2": "\(CalendarText.dayAndMonth(week.monday, includeYear: week.monday.year != week.sunday.year))", "week3": "\(CalendarText.dayAndMonth(week.sunday))"])
        }
        static func gridCaption(_ week: BookingWeek) -> String {
            UIText.text("rooms.gridCaption", ["rangeStart": "\(rangeStart)", "rangeEnd": "\(rangeEnd)", "week": "\(weekTitle(week))"])
        }
        static let rangeStart = BookingRequestForm.earliestHour
        static let rangeEnd = BookingRequestForm.latestHour
        static var previousWeek: String { UIText.text("rooms.previousWeek") }
        static var nextWeek: String { UIText.text("rooms.nextWeek") }
        static var weekInput: String { UIText.text("rooms.weekInput") }
        static var weekInputHint: String { UIText.text("rooms.weekInputHint") }
        static var show: String { UIText.text("rooms.show") }
        static var weekUnreadable: String { UIText.text("rooms.weekUnreadable") }
        static var time: String { UIText.text("rooms.time") }
        static var today: String { UIText.text("rooms.today") }
        static func hourRange(_ hour: Int) -> String { UIText.text("rooms.hourRange", ["hour": "\(hour)", "hour2": "\(hour + 1)"]) }
        static var free: String { UIText.text("rooms.free") }
        static var busy: String { UIText.text("rooms.busy") }
        static var busyListHeading: String { UIText.text("rooms.busyListHeading") }
        static var noBookingsThisWeek: String { UIText.text("rooms.noBookingsThisWeek") }
        static var requestHeading: String { UIText.text("rooms.requestHeading") }
        static var notBookableText: String { UIText.text("rooms.notBookableText") }
        static var loginFirst: String { UIText.text("rooms.loginFirst") }
        static var or: String { UIText.text("rooms.or") }
        static var requestIntro: String { UIText.text("rooms.requestIntro") }
        static var privacyNote: String { UIText.text("rooms.privacyNote") }
        static var date: String { UIText.text("rooms.date") }
        static var dateHint: String { UIText.text("rooms.dateHint") }
        static var from: String { UIText.text("rooms.from") }
        static var to: String { UIText.text("rooms.to") }
        static var timeHint: String { UIText.text("rooms.timeHint") }
        static var purpose: String { UIText.text("rooms.purpose") }
        static var purposeHint: String { UIText.text("rooms.purposeHint") }
        static var send: String { UIText.text("rooms.send") }
    }

    enum Bookings {
        static var title: String { UIText.text("bookings.title") }
        static var statusRequested: String { UIText.text("bookings.statusRequested") }
        static var statusConfirmed: String { UIText.text("bookings.statusConfirmed") }
        static var statusDeclined: String { UIText.text("bookings.statusDeclined") }
        static var statusWithdrawn: String { UIText.text("bookings.statusWithdrawn") }
        static var expired: String { UIText.text("bookings.expired") }
        static var takenReason: String { UIText.text("bookings.takenReason") }
        static var taken: String { UIText.text("bookings.taken") }
        static var notBookable: String { UIText.text("bookings.notBookable") }
        static func tooManyOpen(_ n: Int) -> String {
            UIText.text("bookings.tooManyOpen", ["n": "\(n)"])
        }
        static var quarterHours: String { UIText.text("bookings.quarterHours") }
        static var outsideHours: String { UIText.text("bookings.outsideHours") }
        static var tooLong: String { UIText.text("bookings.tooLong") }
        static var inThePast: String { UIText.text("bookings.inThePast") }
        static var tooFarAhead: String { UIText.text("bookings.tooFarAhead") }
        static var purposeMissing: String { UIText.text("bookings.purposeMissing") }
        static var confirmPast: String { UIText.text("bookings.confirmPast") }
        static var actionUnknown: String { UIText.text("bookings.actionUnknown") }
        static var toDecideHeading: String { UIText.text("bookings.toDecideHeading") }
        static var toDecideIntro: String { UIText.text("bookings.toDecideIntro") }
        static var nothingToDecide: String { UIText.text("bookings.nothingToDecide") }
        static var mineHeading: String { UIText.text("bookings.mineHeading") }
        static var mineIntro: String { UIText.text("bookings.mineIntro") }
        static var noneOfMine: String { UIText.text("bookings.noneOfMine") }
        static var when: String { UIText.text("bookings.when") }
        static var requester: String { UIText.text("bookings.requester") }
        static var purpose: String { UIText.text("bookings.purpose") }
        static var status: String { UIText.text("bookings.status") }
        static var reason: String { UIText.text("bookings.reason") }
        static var declineNote: String { UIText.text("bookings.declineNote") }
        static var cancelNote: String { UIText.text("bookings.cancelNote") }
        static var noteHint: String { UIText.text("bookings.noteHint") }
        static var confirm: String { UIText.text("bookings.confirm") }
        static var decline: String { UIText.text("bookings.decline") }
        static var cancelBooking: String { UIText.text("bookings.cancelBooking") }
        static var withdraw: String { UIText.text("bookings.withdraw") }
        static var confirmedHint: String { UIText.text("bookings.confirmedHint") }
    }
}
