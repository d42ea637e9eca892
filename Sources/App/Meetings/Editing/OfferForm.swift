import Foundation
import GemeinsamCore
import Vapor

/// The offer form as sent, and its validation into an `Offer` (schedule included).
struct OfferForm: Content, Sendable {
    var title: String?
    var description: String?
    var category: String?
    var audiences: [String]?
    var languages: [String]?
    var costKind: String?
    var costAmount: String?
    var registration: String?
    var registrationHow: String?
    var place: String?
    var meetingPoint: String?
    var meetingArea: String?
    var organiser: String?
    /// an actor of the Akteursnetz (id), optional
    var organiserActor: String?
    var contact: String?
    var scheduleKind: String?
    var weekdays: [String]?
    var interval: String?
    var ordinal: String?
    var monthWeekday: String?
    var firstDate: String?
    var lastDate: String?
    var startTime: String?
    var endTime: String?
    var cancelledDates: String?
    var status: String?

    static let maxDescription = 5_000
    static let maxCancelledDates = 100

    init() {
        languages = ["de"]
        costKind = CostKind.free.rawValue
        registration = "nein"
        scheduleKind = "weekly"
        interval = "1"
        ordinal = "1"
        status = PublicationStatus.draft.rawValue
    }

    init(_ o: Offer, geography: GeographySnapshot) {
        organiserActor = o.organiserActorID?.uuidString.lowercased()
        title = o.title; description = o.description; category = o.category.rawValue
        audiences = o.audienceList.map(\.rawValue); languages = o.languageList
        costKind = o.costKind.rawValue; costAmount = o.costCents.map(FormInput.euroText)
        registration = o.registrationRequired ? "ja" : "nein"; registrationHow = o.registrationHow
        place = o.placeID?.uuidString ?? ""
        meetingPoint = o.meetingPoint
        meetingArea = o.placeID == nil ? geography.areas[o.areaID]?.slug : nil
        organiser = o.organiser; contact = o.contact
        let s = o.schedule
        interval = "1"; ordinal = "1"
        switch s.kind {
        case .once: scheduleKind = "once"
        case let .weekly(days, weeks):
            scheduleKind = "weekly"; weekdays = days.sorted().map(\.icsCode); interval = String(weeks)
        case let .monthly(n, day):
            scheduleKind = "monthly"; ordinal = String(n); monthWeekday = day.icsCode
        }
        firstDate = FormInput.dateText(s.firstDate)
        lastDate = s.kind.isOnceKind ? "" : s.lastDate.map(FormInput.dateText) ?? ""
        startTime = s.startTime.text; endTime = s.endTime.text
        cancelledDates = s.cancelledDates.sorted().map(FormInput.dateText).joined(separator: "\n")
        status = o.status.rawValue
    }

    /// Checks every field, the schedule included; `choices` are the places the offer can take place at.
    func validate(choices placeChoices: [PlaceRow], scope: EditScope, statuses: [PublicationStatus],
                  geography: GeographySnapshot) -> EditCheck<Offer> {
        var errors = FormErrors()
        let t = Texts.OfferForm.self
        let title = FormInput.text(self.title, field: "title", what: t.titleWhat, max: 150, errors: &errors)
        let description = FormInput.text(self.description, field: "description", what: t.descriptionWhat,
                                         max: Self.maxDescription, multiline: true, errors: &errors)
        let category = self.category.flatMap(OfferCategory.init(rawValue:))
        if category == nil { errors.add("category", t.categoryMissing) }

        let audienceKeys = self.audiences ?? []
        let audienceList = audienceKeys.compactMap(Audience.init(rawValue:))
        if audienceKeys.isEmpty { errors.add("audiences", t.audiencesMissing) }
        else if audienceList.count != audienceKeys.count { errors.add("audiences", t.audiencesUnknown) }
        let languageList = self.languages ?? []
        if languageList.isEmpty { errors.add("languages", t.languagesMissing) }
        else if !languageList.allSatisfy(OfferLanguage.isKnown) { errors.add("languages", t.languagesUnknown) }

        let cost = self.costKind.flatMap(CostKind.init(rawValue:))
        var cents: Int?
        switch cost {
        case nil: errors.add("costKind", t.costMissing)
        case .amount?:
            let raw = (costAmount ?? "").trimmingCharacters(in: .whitespaces)
            if raw.isEmpty { errors.add("costAmount", t.amountMissing) }
            else if let value = FormInput.euroCents(raw) {
                if value <= 0 { errors.add("costAmount", t.amountZero) }
                else if value > 100_000 { errors.add("costAmount", t.amountTooHigh) }
                else { cents = value }
            } else { errors.add("costAmount", t.amountUnreadable) }
        default: break
        }

        var registrationRequired = false
        var registrationHow = ""
        switch registration {
        case "ja":
            registrationRequired = true
            registrationHow = FormInput.optionalText(self.registrationHow, field: "registrationHow", max: 500,
                                                     multiline: true, errors: &errors)
            if registrationHow.isEmpty { errors.add("registrationHow", t.registrationHowMissing) }
        case "nein": break
        default: errors.add("registration", t.registrationMissing)
        }

        // where: a place from the list, or a meeting point outdoors in a Quartier
        var placeID: UUID?
        var meetingPoint = ""
        var areaID: Int?
        let placeText = (place ?? "").trimmingCharacters(in: .whitespaces)
        if !placeText.isEmpty {
            if let choice = UUID(uuidString: placeText).flatMap({ id in placeChoices.first { $0.id == id } }) {
                placeID = choice.id
                areaID = choice.areaID
            } else {
                errors.add("place", t.placeUnknown)
            }
        } else {
            meetingPoint = FormInput.optionalText(self.meetingPoint, field: "meetingPoint", max: 200, errors: &errors)
            if meetingPoint.isEmpty, errors["meetingPoint"] == nil { errors.add("place", t.placeOrMeetingPoint) }
            let area = meetingArea.flatMap { geography.area(kind: .statisticalDistrict, slug: $0) }
            if area == nil { errors.add("meetingArea", t.meetingAreaMissing) }
            areaID = area?.id
        }
        if let areaID, !scope.mayPlace(in: areaID) {
            errors.add(placeID != nil ? "place" : "meetingArea",
                       t.notYourQuartier(geography.areas[areaID]?.name ?? ""))
        }

        let organiser = FormInput.text(self.organiser, field: "organiser", what: t.organiserWhat, max: 150, errors: &errors)
        let contact = FormInput.text(self.contact, field: "contact", what: t.contactWhat, max: 300, errors: &errors)
        let schedule = buildSchedule(errors: &errors)
        let status = checkedStatus(statuses, errors: &errors)

        guard errors.isEmpty, let category, let cost, let areaID, let schedule, let status else {
            return EditCheck(item: nil, errors: errors)
        }
        let row = OfferRow(
            title: title, description: description, category: category,
            audiences: KeyList.encode(audienceList), languages: KeyList.encode(languageList),
            costKind: cost, costCents: cents, registrationRequired: registrationRequired,
            registrationHow: registrationHow, placeID: placeID, meetingPoint: meetingPoint, areaID: areaID,
            organiser: organiser, contact: contact, status: status)
        return EditCheck(item: try? Offer(row, schedule: schedule), errors: errors)
    }

    /// German summary of what changed, for the history.
    static func changes(from old: Offer, to new: Offer) -> [String] {
        let t = Texts.OfferForm.self
        var fields: [String] = []
        if old.title != new.title { fields.append(t.title) }
        if old.organiserActorID != new.organiserActorID { fields.append(Texts.Actors.actorChange) }
        if old.description != new.description { fields.append(t.description) }
        if old.category != new.category { fields.append(t.category) }
        if Set(old.audienceList) != Set(new.audienceList) { fields.append(t.audiences) }
        if Set(old.languageList) != Set(new.languageList) { fields.append(t.languages) }
        if old.costKind != new.costKind || old.costCents != new.costCents { fields.append(t.cost) }
        if old.registrationRequired != new.registrationRequired || old.registrationHow != new.registrationHow {
            fields.append(t.registration)
        }
        if old.placeID != new.placeID || old.meetingPoint != new.meetingPoint || old.areaID != new.areaID {
            fields.append(t.location)
        }
        if old.organiser != new.organiser || old.contact != new.contact { fields.append(t.organiserAndContact) }
        if old.schedule != new.schedule { fields.append(t.schedule) }
        return fields
    }
}
