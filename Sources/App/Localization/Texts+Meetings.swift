extension Texts {
    enum Meetings {
        static func offersHeading(_ quartier: String) -> String { UIText.text("meetings.offersHeading", ["quartier": "\(quartier)"]) }
        static var filterHeading: String { UIText.text("meetings.filterHeading") }
        static var filterButton: String { UIText.text("meetings.filterButton") }
        static var resetFilters: String { UIText.text("meetings.resetFilters") }
        static var scopeLabel: String { UIText.text("meetings.scopeLabel") }
        static var scopeQuartier: String { UIText.text("meetings.scopeQuartier") }
        static var scopeNeighbours: String { UIText.text("meetings.scopeNeighbours") }
        static var scopeDistrict: String { UIText.text("meetings.scopeDistrict") }
        static var periodLabel: String { UIText.text("meetings.periodLabel") }
        static var periodToday: String { UIText.text("meetings.periodToday") }
        static var periodWeek: String { UIText.text("meetings.periodWeek") }
        static var periodMonth: String { UIText.text("meetings.periodMonth") }
        static var weekdayLabel: String { UIText.text("meetings.weekdayLabel") }
        static var anyWeekday: String { UIText.text("meetings.anyWeekday") }
        static var timeOfDayLabel: String { UIText.text("meetings.timeOfDayLabel") }
        static var anyTime: String { UIText.text("meetings.anyTime") }
        static var morning: String { UIText.text("meetings.morning") }
        static var afternoon: String { UIText.text("meetings.afternoon") }
        static var evening: String { UIText.text("meetings.evening") }
        static func filterValueUnknown(_ parameter: String) -> String { UIText.text("meetings.filterValueUnknown", ["parameter": "\(parameter)"]) }
        static var someFilterUnknown: String { UIText.text("meetings.someFilterUnknown") }
        static var categoryLabel: String { UIText.text("meetings.categoryLabel") }
        static var anyCategory: String { UIText.text("meetings.anyCategory") }
        static var audienceLabel: String { UIText.text("meetings.audienceLabel") }
        static var anyAudience: String { UIText.text("meetings.anyAudience") }
        static var languageLabel: String { UIText.text("meetings.languageLabel") }
        static var anyLanguage: String { UIText.text("meetings.anyLanguage") }
        static var freeLabel: String { UIText.text("meetings.freeLabel") }
        static var stepFreeLabel: String { UIText.text("meetings.stepFreeLabel") }
        static var noRegistrationLabel: String { UIText.text("meetings.noRegistrationLabel") }
        static var noResults: String { UIText.text("meetings.noResults") }
        static func resultCount(_ n: Int) -> String { UIText.plural("meetings.resultCount", count: n) }
        static func resultCountPaged(_ n: Int, from: Int, to: Int) -> String {
            UIText.text("meetings.resultCountPaged", ["n": "\(n >= OfferPaging.maximum ? "Mehr als \(OfferPaging.maximum - 1)" : String(n))", "from": "\(from)", "to": "\(to)"])
        }
        static var pagerLabel: String { UIText.text("meetings.pagerLabel") }
        static var previousPage: String { UIText.text("meetings.previousPage") }
        static var nextPage: String { UIText.text("meetings.nextPage") }
        static func pageOf(_ page: Int, _ count: Int) -> String { UIText.text("meetings.pageOf", ["page": "\(page)", "count": "\(count)"]) }
        static var pageInvalid: String { UIText.text("meetings.pageInvalid") }
        static var mapCaption: String { UIText.text("meetings.mapCaption") }
        static func preferredLanguageFirst(_ language: String) -> String {
            UIText.text("meetings.preferredLanguageFirst", ["language": language])
        }
        static func onlyPreferredLanguage(_ language: String) -> String {
            UIText.text("meetings.onlyPreferredLanguage", ["language": language])
        }
        static var calendarLink: String { UIText.text("meetings.calendarLink") }
        static var noticeLink: String { UIText.text("meetings.noticeLink") }
        static var allOffersLink: String { UIText.text("meetings.allOffersLink") }
        static var nextDates: String { UIText.text("meetings.nextDates") }
        static var when: String { UIText.text("meetings.when") }
        static var whereHeading: String { UIText.text("meetings.whereHeading") }
        static var howToGetThere: String { UIText.text("meetings.howToGetThere") }
        static var costs: String { UIText.text("meetings.costs") }
        static var free: String { UIText.text("meetings.free") }
        static var donation: String { UIText.text("meetings.donation") }
        static var registration: String { UIText.text("meetings.registration") }
        static var noRegistration: String { UIText.text("meetings.noRegistration") }
        static var audiences: String { UIText.text("meetings.audiences") }
        static var languages: String { UIText.text("meetings.languages") }
        static var organiser: String { UIText.text("meetings.organiser") }
        static var contact: String { UIText.text("meetings.contact") }
        static var addToCalendar: String { UIText.text("meetings.addToCalendar") }
        static var printHint: String { UIText.text("meetings.printHint") }
        static var accessibility: String { UIText.text("meetings.accessibility") }
        static var noAccessibilityInfo: String { UIText.text("meetings.noAccessibilityInfo") }
        static var stepFreeFact: String { UIText.text("meetings.stepFreeFact") }
        static var accessibleWCFact: String { UIText.text("meetings.accessibleWCFact") }
        static var elevatorFact: String { UIText.text("meetings.elevatorFact") }
        static var hearingLoopFact: String { UIText.text("meetings.hearingLoopFact") }
        static var disabledParkingFact: String { UIText.text("meetings.disabledParkingFact") }
        static var openingHours: String { UIText.text("meetings.openingHours") }
        static var rooms: String { UIText.text("meetings.rooms") }
        static var roomCapacity: String { UIText.text("meetings.roomCapacity") }
        static var roomBookable: String { UIText.text("meetings.roomBookable") }
        static var offersAtPlace: String { UIText.text("meetings.offersAtPlace") }
        static var noOffersAtPlace: String { UIText.text("meetings.noOffersAtPlace") }
        static var outdoor: String { UIText.text("meetings.outdoor") }
        static var cancelledOffer: String { UIText.text("meetings.cancelledOffer") }
        static var pausedOffer: String { UIText.text("meetings.pausedOffer") }
        static var draftOffer: String { UIText.text("meetings.draftOffer") }
        static var edit: String { UIText.text("meetings.edit") }
        static var history: String { UIText.text("meetings.history") }
        static func noticeHeading(_ name: String) -> String { UIText.text("meetings.noticeHeading", ["name": "\(name)"]) }
        static var noticeMore: String { UIText.text("meetings.noticeMore") }
        static var noticeAsk: String { UIText.text("meetings.noticeAsk") }
        static var noticeEmpty: String { UIText.text("meetings.noticeEmpty") }
        static var offerNotFound: String { UIText.text("meetings.offerNotFound") }
        static var stepFreeAccess: String { UIText.text("meetings.stepFreeAccess") }
        static var withRegistration: String { UIText.text("meetings.withRegistration") }
        static var cancelledDate: String { UIText.text("meetings.cancelledDate") }
        static var registrationNeeded: String { UIText.text("meetings.registrationNeeded") }
        static var inQuartier: String { UIText.text("meetings.inQuartier") }
        static var transitHint: String { UIText.text("meetings.transitHint") }
        static var address: String { UIText.text("meetings.address") }
        static var quartier: String { UIText.text("meetings.quartier") }
        static var phone: String { UIText.text("meetings.phone") }
        static var email: String { UIText.text("meetings.email") }
        static var website: String { UIText.text("meetings.website") }
        static var roomAccessible: String { UIText.text("meetings.roomAccessible") }
        static func noticeRange(_ from: String, _ to: String) -> String { UIText.text("meetings.noticeRange", ["from": "\(from)", "to": "\(to)"]) }
        static var sampleNote: String { UIText.text("meetings.sampleNote") }
    }

    /// Problems with the parameters of the Begegnung API.
    enum MeetingsAPI {
        static var toBeforeFrom: String { UIText.text("meetingsAPI.toBeforeFrom") }
        static var rangeTooLong: String { UIText.text("meetingsAPI.rangeTooLong") }
        static func unknownArea(_ raw: String) -> String {
            UIText.text("meetingsAPI.unknownArea", ["raw": "\(raw)"])
        }
        static func unknownValue(_ name: String, _ raw: String) -> String { UIText.text("meetingsAPI.unknownValue", ["name": "\(name)", "raw": "\(raw)"]) }
        static func dateUnreadable(_ name: String) -> String {
            UIText.text("meetingsAPI.dateUnreadable", ["name": "\(name)"])
        }
    }
}
