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

    init(_ a: ActorWriter.ActorInput, geography: GeographySnapshot) {
        name = a.name; legalForm = a.legalForm.rawValue; topics = a.topics.map(\.rawValue); audiences = a.audiences.map(\.rawValue)
        place = a.hasFixedPlace ? "fest" : "ohne"; street = a.street; postalCode = a.postalCode
        lat = a.lat.map { FormInput.decimalText($0) }; lon = a.lon.map { FormInput.decimalText($0) }
        area = a.areaID.flatMap { geography.areas[$0]?.slug }
        workAreas = a.workAreaIDs.compactMap { geography.areas[$0]?.slug }
        contactEmail = a.contactEmail; contactPhone = a.contactPhone; website = a.website; description = a.description
        foundedYear = a.foundedYear.map(String.init); size = a.size.rawValue
    }

    struct Checked: Sendable {
        var input: ActorWriter.ActorInput?
        var errors: FormErrors
        var areaChoices: [AreaRecord]
    }

    func validate(geography: GeographySnapshot, currentYear: Int) -> Checked {
        var errors = FormErrors()
        let t = German.ActorForm.self
        let name = FormInput.text(self.name, field: "name", what: t.nameWhat, max: 150, errors: &errors)
        let legalForm = self.legalForm.flatMap(LegalForm.init(rawValue:))
        if legalForm == nil { errors.add("legalForm", t.legalFormMissing) }
        let description = FormInput.text(self.description, field: "description", what: t.descriptionWhat, max: 5_000,
                                         multiline: true, errors: &errors)
        var founded: Int?
        let yearText = (foundedYear ?? "").trimmingCharacters(in: .whitespaces)
        if !yearText.isEmpty {
            if let year = Int(yearText), (1800...currentYear).contains(year) { founded = year }
            else { errors.add("foundedYear", t.foundedYearInvalid(currentYear)) }
        }
        let size = self.size.flatMap(ActorSize.init(rawValue:))
        if size == nil { errors.add("size", t.sizeMissing) }


        let topicKeys = Array(Set(topics ?? [])).sorted()
        let topicList = ActorTopic.allCases.filter { topicKeys.contains($0.rawValue) }
        if topicKeys.isEmpty { errors.add("topics", t.topicsMissing) }
        else if topicList.count != topicKeys.count { errors.add("topics", t.unknownChoice) }
        let audienceKeys = Array(Set(audiences ?? [])).sorted()
        let audienceList = Audience.allCases.filter { audienceKeys.contains($0.rawValue) }
        if audienceKeys.isEmpty { errors.add("audiences", t.audiencesMissing) }
        else if audienceList.count != audienceKeys.count { errors.add("audiences", t.unknownChoice) }

        let hasFixedPlace: Bool
        switch place {
        case "fest": hasFixedPlace = true
        case "ohne": hasFixedPlace = false
        default: hasFixedPlace = true; errors.add("place", t.placeMissing)
        }

        var street = "", postal = ""
        var latitude: Double?, longitude: Double?
        var area: AreaRecord?
        var choices: [AreaRecord] = []
        if hasFixedPlace {
            street = FormInput.text(self.street, field: "street", what: t.streetWhat, max: 150, errors: &errors)
            postal = FormInput.optionalText(postalCode, field: "postalCode", max: 10, errors: &errors)
            if !postal.isEmpty, !(postal.count == 5 && postal.allSatisfy({ $0.isASCII && $0.isNumber })) {
                errors.add("postalCode", German.PlaceForm.postalCodeInvalid)
            }
            let latText = (lat ?? "").trimmingCharacters(in: .whitespaces)
            let lonText = (lon ?? "").trimmingCharacters(in: .whitespaces)
            if !latText.isEmpty || !lonText.isEmpty {
                latitude = FormInput.decimal(lat)
                longitude = FormInput.decimal(lon)
                if latitude == nil || !(-90...90).contains(latitude!) { errors.add("lat", German.PlaceForm.latInvalid) }
                if longitude == nil || !(-180...180).contains(longitude!) { errors.add("lon", German.PlaceForm.lonInvalid) }
            }
            if errors["street"] == nil, errors["lat"] == nil, errors["lon"] == nil {
                let outcome: PlaceLocator.Outcome
                if let latitude, let longitude {
                    outcome = PlaceLocator.quartier(at: GeoPoint(lat: latitude, lon: longitude), street: street,
                                                    chosenSlug: self.area, geography: geography)
                } else {
                    let candidates = PlaceLocator.streetQuartiere(street, geography: geography)
                    if candidates.count == 1 { outcome = .found(candidates[0]) }
                    else if candidates.isEmpty { outcome = .notFound }
                    else if let chosen = candidates.first(where: { $0.slug == self.area }) { outcome = .found(chosen) }
                    else { outcome = .choose(candidates) }
                }
                switch outcome {
                case let .found(quartier): area = quartier
                case let .choose(candidates):
                    choices = candidates
                    errors.add("area", (self.area ?? "").isEmpty ? German.PlaceForm.chooseQuartier : German.PlaceForm.chooseQuartierFromList)
                case .outsideCity: errors.add("lat", German.PlaceForm.outsideCity)
                case .notFound: errors.add("street", t.streetNotFound)
                }
            }
        }

        var workAreaIDs: [Int] = []
        for slug in Set(workAreas ?? []) {
            if let quartier = geography.area(kind: .statisticalDistrict, slug: slug) { workAreaIDs.append(quartier.id) }
            else { errors.add("workAreas", t.unknownChoice) }
        }
        if let area, !workAreaIDs.contains(area.id) { workAreaIDs.append(area.id) }
        if !hasFixedPlace, workAreaIDs.isEmpty, errors["workAreas"] == nil { errors.add("workAreas", t.workAreasMissing) }

        var email = FormInput.optionalText(contactEmail, field: "contactEmail", max: 254, errors: &errors)
        if !email.isEmpty { email = EmailAddress.validate(email, field: "contactEmail", errors: &errors) ?? "" }
        let phone = FormInput.optionalText(contactPhone, field: "contactPhone", max: 40, errors: &errors)
        if !phone.isEmpty, !phone.allSatisfy({ $0.isASCII && ($0.isNumber || " +-/()".contains($0)) }) || phone.filter(\.isNumber).count < 3 {
            errors.add("contactPhone", German.PlaceForm.phoneInvalid)
        }
        var website = FormInput.optionalText(self.website, field: "website", max: 300, errors: &errors)
        if website.lowercased().hasPrefix("www.") { website = "https://" + website }
        if !website.isEmpty, !PlaceForm.isWebAddress(website) { errors.add("website", German.PlaceForm.websiteInvalid) }
        if email.isEmpty, phone.isEmpty, website.isEmpty, errors["contactEmail"] == nil, errors["contactPhone"] == nil,
           errors["website"] == nil {
            errors.add("contactEmail", t.contactMissing)
        }
        guard errors.isEmpty, let legalForm, let size else { return Checked(input: nil, errors: errors, areaChoices: choices) }
        let input = ActorWriter.ActorInput(
            name: name, legalForm: legalForm, topics: topicList, audiences: audienceList, hasFixedPlace: hasFixedPlace,
            street: street, postalCode: postal, lat: latitude, lon: longitude, areaID: area?.id,
            workAreaIDs: workAreaIDs.sorted(), contactEmail: email, contactPhone: phone, website: website,
            description: description, foundedYear: founded, size: size)
        return Checked(input: input, errors: errors, areaChoices: [])
    }
}
