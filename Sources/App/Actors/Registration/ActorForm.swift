import Foundation
import GemeinsamCore
import Vapor

/// The actor form as sent (every field a string, so that any input can be shown again), and its validation.
struct ActorForm: Content, Sendable {
    var name: String?
    var legalForm: String?
    var topics: [String]?
    var audiences: [String]?
    /// "fest" (an address) or "ohne" (no fixed place)
    var place: String?
    var street: String?
    var postalCode: String?
    var lat: String?
    var lon: String?
    /// Only asked for when the street lies in several Quartiere.
    var area: String?
    /// Quartier slugs
    var workAreas: [String]?
    var contactEmail: String?
    var contactPhone: String?
    var website: String?
    var description: String?
    var foundedYear: String?
    var size: String?

    init() { place = "fest" }

    init(_ actor: ActorQueries.Actor, geography: GeographySnapshot) {
        let p = actor.profile
        name = p.name; legalForm = p.legalForm.rawValue; topics = p.topicList.map(\.rawValue); audiences = p.audienceList.map(\.rawValue)
        place = p.hasFixedPlace ? "fest" : "ohne"; street = p.street; postalCode = p.postalCode
        lat = p.lat.map { FormInput.decimalText($0) }; lon = p.lon.map { FormInput.decimalText($0) }
        area = p.areaID.flatMap { geography.areas[$0]?.slug }
        workAreas = actor.workAreaIDs.compactMap { geography.areas[$0]?.slug }
        contactEmail = p.contactEmail; contactPhone = p.contactPhone; website = p.website; description = p.description
        foundedYear = p.foundedYear.map(String.init); size = p.sizeRange.rawValue
    }

    struct Checked: Sendable {
        var profile: ActorProfile?
        var workAreaIDs: [Int]
        var errors: FormErrors
        /// Quartiere to choose from when the street lies in several.
        var areaChoices: [AreaRecord]
    }

    func validate(geography: GeographySnapshot, currentYear: Int) -> Checked {
        var errors = FormErrors()
        let t = Texts.ActorForm.self
        let name = FormInput.text(self.name, field: "name", what: t.nameWhat, max: 150, errors: &errors)
        let legalForm = self.legalForm.flatMap(LegalForm.init(rawValue:))
        if legalForm == nil { errors.add("legalForm", t.legalFormMissing) }
        let description = FormInput.text(self.description, field: "description", what: t.descriptionWhat, max: 5_000,
                                         multiline: true, errors: &errors)
        let founded = foundedYear(currentYear: currentYear, errors: &errors)
        let size = self.size.flatMap(ActorSize.init(rawValue:))
        if size == nil { errors.add("size", t.sizeMissing) }
        let topicList = Self.keys(topics, ActorTopic.self, field: "topics", missing: t.topicsMissing, errors: &errors)
        let audienceList = Self.keys(audiences, Audience.self, field: "audiences", missing: t.audiencesMissing, errors: &errors)
        let location = location(geography: geography, errors: &errors)
        let workAreaIDs = workAreaIDs(location, geography: geography, errors: &errors)
        let contact = contact(errors: &errors)

        guard errors.isEmpty, let legalForm, let size else {
            return Checked(profile: nil, workAreaIDs: [], errors: errors, areaChoices: location.choices)
        }
        let profile = ActorProfile(
            name: name, legalForm: legalForm, topics: ActorProfile.keys(topicList), audiences: ActorProfile.keys(audienceList),
            hasFixedPlace: location.hasFixedPlace, street: location.street, postalCode: location.postalCode,
            lat: location.point?.lat, lon: location.point?.lon, areaID: location.area?.id,
            contactEmail: contact.email, contactPhone: contact.phone, website: contact.website,
            description: description, foundedYear: founded, sizeRange: size)
        return Checked(profile: profile, workAreaIDs: workAreaIDs.sorted(), errors: errors, areaChoices: [])
    }

    private func foundedYear(currentYear: Int, errors: inout FormErrors) -> Int? {
        let text = (foundedYear ?? "").trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        if let year = Int(text), (1800...currentYear).contains(year) { return year }
        errors.add("foundedYear", Texts.ActorForm.foundedYearInvalid(currentYear))
        return nil
    }

    /// The chosen keys of a vocabulary in its order; at least one, and only known ones.
    private static func keys<Key: RawRepresentable<String> & CaseIterable>(
        _ raw: [String]?, _: Key.Type, field: String, missing: String, errors: inout FormErrors
    ) -> [Key] {
        let chosen = Set(raw ?? [])
        let known = Key.allCases.filter { chosen.contains($0.rawValue) }
        if chosen.isEmpty { errors.add(field, missing) }
        else if known.count != chosen.count { errors.add(field, Texts.ActorForm.unknownChoice) }
        return known
    }

    private struct Location {
        var hasFixedPlace = true
        var street = ""
        var postalCode = ""
        var point: GeoPoint?
        /// The Quartier of the address.
        var area: AreaRecord?
        var choices: [AreaRecord] = []
    }

    /// The address, an optional exact point, and the Quartier they lie in.
    private func location(geography: GeographySnapshot, errors: inout FormErrors) -> Location {
        let t = Texts.ActorForm.self
        var location = Location()
        switch place {
        case "fest": location.hasFixedPlace = true
        case "ohne": location.hasFixedPlace = false
        default: errors.add("place", t.placeMissing)
        }
        guard location.hasFixedPlace else { return location }
        location.street = FormInput.text(street, field: "street", what: t.streetWhat, max: 150, errors: &errors)
        location.postalCode = FormInput.optionalText(postalCode, field: "postalCode", max: 10, errors: &errors)
        let postal = location.postalCode
        if !postal.isEmpty, !(postal.count == 5 && postal.allSatisfy({ $0.isASCII && $0.isNumber })) {
            errors.add("postalCode", Texts.PlaceForm.postalCodeInvalid)
        }
        if !(lat ?? "").trimmingCharacters(in: .whitespaces).isEmpty || !(lon ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            let latitude = FormInput.decimal(lat), longitude = FormInput.decimal(lon)
            if latitude == nil || !(-90...90).contains(latitude!) { errors.add("lat", Texts.PlaceForm.latInvalid) }
            if longitude == nil || !(-180...180).contains(longitude!) { errors.add("lon", Texts.PlaceForm.lonInvalid) }
            if let latitude, let longitude { location.point = GeoPoint(lat: latitude, lon: longitude) }
        }
        guard errors["street"] == nil, errors["lat"] == nil, errors["lon"] == nil else { return location }
        switch quartier(of: location, geography: geography) {
        case let .found(quartier): location.area = quartier
        case let .choose(candidates):
            location.choices = candidates
            errors.add("area", (area ?? "").isEmpty ? Texts.PlaceForm.chooseQuartier : Texts.PlaceForm.chooseQuartierFromList)
        case .outsideCity: errors.add("lat", Texts.PlaceForm.outsideCity)
        case .notFound: errors.add("street", t.streetNotFound)
        }
        return location
    }

    /// By the exact point if there is one, otherwise by the street (the person chooses when it has several).
    private func quartier(of location: Location, geography: GeographySnapshot) -> PlaceLocator.Outcome {
        if let point = location.point {
            return PlaceLocator.quartier(at: point, street: location.street, chosenSlug: area, geography: geography)
        }
        let candidates = PlaceLocator.streetQuartiere(location.street, geography: geography)
        if candidates.count == 1 { return .found(candidates[0]) }
        if candidates.isEmpty { return .notFound }
        if let chosen = candidates.first(where: { $0.slug == area }) { return .found(chosen) }
        return .choose(candidates)
    }

    /// The Quartiere chosen plus the one of the address; an actor without a fixed place names at least one.
    private func workAreaIDs(_ location: Location, geography: GeographySnapshot, errors: inout FormErrors) -> [Int] {
        var ids: [Int] = []
        for slug in Set(workAreas ?? []) {
            if let quartier = geography.area(kind: .statisticalDistrict, slug: slug) { ids.append(quartier.id) }
            else { errors.add("workAreas", Texts.ActorForm.unknownChoice) }
        }
        if let area = location.area, !ids.contains(area.id) { ids.append(area.id) }
        if !location.hasFixedPlace, ids.isEmpty, errors["workAreas"] == nil { errors.add("workAreas", Texts.ActorForm.workAreasMissing) }
        return ids
    }

    /// E-mail, phone and website; at least one of them.
    private func contact(errors: inout FormErrors) -> (email: String, phone: String, website: String) {
        var email = FormInput.optionalText(contactEmail, field: "contactEmail", max: 254, errors: &errors)
        if !email.isEmpty { email = EmailAddress.validate(email, field: "contactEmail", errors: &errors) ?? "" }
        let phone = FormInput.optionalText(contactPhone, field: "contactPhone", max: 40, errors: &errors)
        if !phone.isEmpty, !phone.allSatisfy({ $0.isASCII && ($0.isNumber || " +-/()".contains($0)) }) || phone.filter(\.isNumber).count < 3 {
            errors.add("contactPhone", Texts.PlaceForm.phoneInvalid)
        }
        var website = FormInput.optionalText(self.website, field: "website", max: 300, errors: &errors)
        if website.lowercased().hasPrefix("www.") { website = "https://" + website }
        if !website.isEmpty, !PlaceForm.isWebAddress(website) { errors.add("website", Texts.PlaceForm.websiteInvalid) }
        if email.isEmpty, phone.isEmpty, website.isEmpty, errors["contactEmail"] == nil, errors["contactPhone"] == nil,
           errors["website"] == nil {
            errors.add("contactEmail", Texts.ActorForm.contactMissing)
        }
        return (email, phone, website)
    }
}
