import GemeinsamCore

/// German text of the place, offer and room forms.
extension Texts {
    enum PlaceForm {
        static var newTitle: String { UIText.text("placeForm.newTitle") }
        static func editTitle(_ name: String) -> String { UIText.text("placeForm.editTitle", ["name": "\(name)"]) }
        static var create: String { UIText.text("placeForm.create") }
        static var isPublished: String { UIText.text("placeForm.isPublished") }
        static var sampleNote: String { UIText.text("placeForm.sampleNote") }
        static var aboutLegend: String { UIText.text("placeForm.aboutLegend") }
        static var name: String { UIText.text("placeForm.name") }
        static var nameWhat: String { UIText.text("placeForm.nameWhat") }
        static var type: String { UIText.text("placeForm.type") }
        static var typeMissing: String { UIText.text("placeForm.typeMissing") }
        static var description: String { UIText.text("placeForm.description") }
        static var descriptionHint: String { UIText.text("placeForm.descriptionHint") }
        static var addressLegend: String { UIText.text("placeForm.addressLegend") }
        static var addressHint: String { UIText.text("placeForm.addressHint") }
        static var address: String { UIText.text("placeForm.address") }
        static var street: String { UIText.text("placeForm.street") }
        static var streetWhat: String { UIText.text("placeForm.streetWhat") }
        static var postalCode: String { UIText.text("placeForm.postalCode") }
        static var postalCodeWhat: String { UIText.text("placeForm.postalCodeWhat") }
        static var postalCodeInvalid: String { UIText.text("placeForm.postalCodeInvalid") }
        static var city: String { UIText.text("placeForm.city") }
        static var cityWhat: String { UIText.text("placeForm.cityWhat") }
        static var coordinates: String { UIText.text("placeForm.coordinates") }
        static var lat: String { UIText.text("placeForm.lat") }
        static var latHint: String { UIText.text("placeForm.latHint") }
        static var lon: String { UIText.text("placeForm.lon") }
        static var lonHint: String { UIText.text("placeForm.lonHint") }
        static var latMissing: String { UIText.text("placeForm.latMissing") }
        static var lonMissing: String { UIText.text("placeForm.lonMissing") }
        static var latInvalid: String { UIText.text("placeForm.latInvalid") }
        static var lonInvalid: String { UIText.text("placeForm.lonInvalid") }
        static var outsideCity: String { UIText.text("placeForm.outsideCity") }
        static var noQuartier: String { UIText.text("placeForm.noQuartier") }
        static var quartier: String { UIText.text("placeForm.quartier") }
        static var quartierHint: String { UIText.text("placeForm.quartierHint") }
        static var chooseQuartier: String { UIText.text("placeForm.chooseQuartier") }
        static var chooseQuartierFromList: String { UIText.text("placeForm.chooseQuartierFromList") }
        static func notYourQuartier(_ name: String) -> String {
            UIText.text("placeForm.notYourQuartier", ["name": "\(name)"])
        }
        static var accessibility: String { UIText.text("placeForm.accessibility") }
        static var accessibilityHint: String { UIText.text("placeForm.accessibilityHint") }
        static var stepFree: String { UIText.text("placeForm.stepFree") }
        static var accessibleWC: String { UIText.text("placeForm.accessibleWC") }
        static var elevator: String { UIText.text("placeForm.elevator") }
        static var hearingLoop: String { UIText.text("placeForm.hearingLoop") }
        static var disabledParking: String { UIText.text("placeForm.disabledParking") }
        static var contactLegend: String { UIText.text("placeForm.contactLegend") }
        static var contact: String { UIText.text("placeForm.contact") }
        static var openingHours: String { UIText.text("placeForm.openingHours") }
        static var openingHoursHint: String { UIText.text("placeForm.openingHoursHint") }
        static var phone: String { UIText.text("placeForm.phone") }
        static var phoneInvalid: String { UIText.text("placeForm.phoneInvalid") }
        static var email: String { UIText.text("placeForm.email") }
        static var emailHint: String { UIText.text("placeForm.emailHint") }
        static var website: String { UIText.text("placeForm.website") }
        static var websiteHint: String { UIText.text("placeForm.websiteHint") }
        static var websiteInvalid: String { UIText.text("placeForm.websiteInvalid") }
        static var roomsHeading: String { UIText.text("placeForm.roomsHeading") }
        static var noRooms: String { UIText.text("placeForm.noRooms") }
        static var publicPage: String { UIText.text("placeForm.publicPage") }
    }

    enum OfferForm {
        static var ordinalFirst: String { UIText.text("offerForm.ordinal.first") }
        static var ordinalSecond: String { UIText.text("offerForm.ordinal.second") }
        static var ordinalThird: String { UIText.text("offerForm.ordinal.third") }
        static var ordinalFourth: String { UIText.text("offerForm.ordinal.fourth") }
        static var ordinalFifth: String { UIText.text("offerForm.ordinal.fifth") }
        static var ordinalLast: String { UIText.text("offerForm.ordinal.last") }
        static var newTitle: String { UIText.text("offerForm.newTitle") }
        static func editTitle(_ title: String) -> String { UIText.text("offerForm.editTitle", ["title": "\(title)"]) }
        static var create: String { UIText.text("offerForm.create") }
        static var aboutLegend: String { UIText.text("offerForm.aboutLegend") }
        static var title: String { UIText.text("offerForm.title") }
        static var titleWhat: String { UIText.text("offerForm.titleWhat") }
        static var description: String { UIText.text("offerForm.description") }
        static var descriptionWhat: String { UIText.text("offerForm.descriptionWhat") }
        static var descriptionHint: String { UIText.text("offerForm.descriptionHint") }
        static var category: String { UIText.text("offerForm.category") }
        static var categoryMissing: String { UIText.text("offerForm.categoryMissing") }
        static var audiences: String { UIText.text("offerForm.audiences") }
        static var audiencesHint: String { UIText.text("offerForm.audiencesHint") }
        static var audiencesMissing: String { UIText.text("offerForm.audiencesMissing") }
        static var audiencesUnknown: String { UIText.text("offerForm.audiencesUnknown") }
        static var languages: String { UIText.text("offerForm.languages") }
        static var languagesMissing: String { UIText.text("offerForm.languagesMissing") }
        static var languagesUnknown: String { UIText.text("offerForm.languagesUnknown") }
        static var costLegend: String { UIText.text("offerForm.costLegend") }
        static var cost: String { UIText.text("offerForm.cost") }
        static var costFree: String { UIText.text("offerForm.costFree") }
        static var costAmountOption: String { UIText.text("offerForm.costAmountOption") }
        static var costDonation: String { UIText.text("offerForm.costDonation") }
        static var costMissing: String { UIText.text("offerForm.costMissing") }
        static var costAmount: String { UIText.text("offerForm.costAmount") }
        static var costAmountHint: String { UIText.text("offerForm.costAmountHint") }
        static var amountMissing: String { UIText.text("offerForm.amountMissing") }
        static var amountUnreadable: String { UIText.text("offerForm.amountUnreadable") }
        static var amountZero: String { UIText.text("offerForm.amountZero") }
        static var amountTooHigh: String { UIText.text("offerForm.amountTooHigh") }
        static var registration: String { UIText.text("offerForm.registration") }
        static var registrationNo: String { UIText.text("offerForm.registrationNo") }
        static var registrationYes: String { UIText.text("offerForm.registrationYes") }
        static var registrationMissing: String { UIText.text("offerForm.registrationMissing") }
        static var registrationHow: String { UIText.text("offerForm.registrationHow") }
        static var registrationHowHint: String { UIText.text("offerForm.registrationHowHint") }
        static var registrationHowMissing: String { UIText.text("offerForm.registrationHowMissing") }
        static var locationLegend: String { UIText.text("offerForm.locationLegend") }
        static var locationHint: String { UIText.text("offerForm.locationHint") }
        static var place: String { UIText.text("offerForm.place") }
        static var noPlace: String { UIText.text("offerForm.noPlace") }
        static var noPlacesYet: String { UIText.text("offerForm.noPlacesYet") }
        static var placeNotPublished: String { UIText.text("offerForm.placeNotPublished") }
        static var placeUnknown: String { UIText.text("offerForm.placeUnknown") }
        static var placeOrMeetingPoint: String { UIText.text("offerForm.placeOrMeetingPoint") }
        static var meetingPoint: String { UIText.text("offerForm.meetingPoint") }
        static var meetingPointHint: String { UIText.text("offerForm.meetingPointHint") }
        static var meetingArea: String { UIText.text("offerForm.meetingArea") }
        static var meetingAreaHint: String { UIText.text("offerForm.meetingAreaHint") }
        static var meetingAreaMissing: String { UIText.text("offerForm.meetingAreaMissing") }
        static func notYourQuartier(_ name: String) -> String {
            UIText.text("offerForm.notYourQuartier", ["name": "\(name)"])
        }
        static var organiserLegend: String { UIText.text("offerForm.organiserLegend") }
        static var organiser: String { UIText.text("offerForm.organiser") }
        static var organiserHint: String { UIText.text("offerForm.organiserHint") }
        static var organiserWhat: String { UIText.text("offerForm.organiserWhat") }
        static var contact: String { UIText.text("offerForm.contact") }
        static var contactHint: String { UIText.text("offerForm.contactHint") }
        static var contactWhat: String { UIText.text("offerForm.contactWhat") }
        static var organiserAndContact: String { UIText.text("offerForm.organiserAndContact") }
        static var location: String { UIText.text("offerForm.location") }
        static var scheduleLegend: String { UIText.text("offerForm.scheduleLegend") }
        static var scheduleKind: String { UIText.text("offerForm.scheduleKind") }
        static var scheduleKindMissing: String { UIText.text("offerForm.scheduleKindMissing") }
        static var kindOnce: String { UIText.text("offerForm.kindOnce") }
        static var kindWeekly: String { UIText.text("offerForm.kindWeekly") }
        static var kindMonthly: String { UIText.text("offerForm.kindMonthly") }
        static var schedule: String { UIText.text("offerForm.schedule") }
        static var firstDate: String { UIText.text("offerForm.firstDate") }
        static var firstDateHint: String { UIText.text("offerForm.firstDateHint") }
        static var startTime: String { UIText.text("offerForm.startTime") }
        static var endTime: String { UIText.text("offerForm.endTime") }
        static var timeHint: String { UIText.text("offerForm.timeHint") }
        static var weekdays: String { UIText.text("offerForm.weekdays") }
        static var weekdaysHint: String { UIText.text("offerForm.weekdaysHint") }
        static var weekdayUnknown: String { UIText.text("offerForm.weekdayUnknown") }
        static var interval: String { UIText.text("offerForm.interval") }
        static var intervalHint: String { UIText.text("offerForm.intervalHint") }
        static var intervalUnreadable: String { UIText.text("offerForm.intervalUnreadable") }
        static var ordinal: String { UIText.text("offerForm.ordinal") }
        static var monthWeekday: String { UIText.text("offerForm.monthWeekday") }
        static var monthlyHint: String { UIText.text("offerForm.monthlyHint") }
        static var ordinalMissing: String { UIText.text("offerForm.ordinalMissing") }
        static var monthWeekdayMissing: String { UIText.text("offerForm.monthWeekdayMissing") }
        static var lastDate: String { UIText.text("offerForm.lastDate") }
        static var lastDateHint: String { UIText.text("offerForm.lastDateHint") }
        static var cancelledDates: String { UIText.text("offerForm.cancelledDates") }
        static var cancelledDatesHint: String { UIText.text("offerForm.cancelledDatesHint") }
        static func tooManyCancelledDates(_ n: Int) -> String { UIText.text("offerForm.tooManyCancelledDates", ["n": "\(n)"]) }
        static var statusExplained: String { UIText.text("offerForm.statusExplained") }
        static var publicPage: String { UIText.text("offerForm.publicPage") }
    }

    enum RoomForm {
        static func newTitle(_ place: String) -> String { UIText.text("roomForm.newTitle", ["place": "\(place)"]) }
        static func editTitle(_ name: String) -> String { UIText.text("roomForm.editTitle", ["name": "\(name)"]) }
        static func backToPlace(_ place: String) -> String { UIText.text("roomForm.backToPlace", ["place": "\(place)"]) }
        static var create: String { UIText.text("roomForm.create") }
        static var toRoomPage: String { UIText.text("roomForm.toRoomPage") }
        static var name: String { UIText.text("roomForm.name") }
        static var nameHint: String { UIText.text("roomForm.nameHint") }
        static var nameWhat: String { UIText.text("roomForm.nameWhat") }
        static var capacity: String { UIText.text("roomForm.capacity") }
        static var capacityHint: String { UIText.text("roomForm.capacityHint") }
        static var capacityMissing: String { UIText.text("roomForm.capacityMissing") }
        static var capacityInvalid: String { UIText.text("roomForm.capacityInvalid") }
        static var equipment: String { UIText.text("roomForm.equipment") }
        static var equipmentHint: String { UIText.text("roomForm.equipmentHint") }
        static var optionsLegend: String { UIText.text("roomForm.optionsLegend") }
        static var accessible: String { UIText.text("roomForm.accessible") }
        static var bookable: String { UIText.text("roomForm.bookable") }
        static var bookableHint: String { UIText.text("roomForm.bookableHint") }
        static var bookingRules: String { UIText.text("roomForm.bookingRules") }
        static var bookingRulesHint: String { UIText.text("roomForm.bookingRulesHint") }
    }
}
