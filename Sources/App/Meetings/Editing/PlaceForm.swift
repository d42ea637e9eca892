import Foundation
import GemeinsamCore
import Vapor

/// The place form as sent (every field a string, so that any input can be shown again), and its validation.
struct PlaceForm: Content, Sendable {
    var name: String?
    var type: String?
    var street: String?
    var postalCode: String?
    var city: String?
    var lat: String?
    var lon: String?
    /// Only asked for when the street lies in several Quartiere and the point in none.
    var area: String?
    var stepFree: String?
    var accessibleWC: String?
    var elevator: String?
    var hearingLoop: String?
    var disabledParking: String?
    var openingHours: String?
    var phone: String?
    var email: String?
    var website: String?
    var description: String?
    var status: String?
    /// an actor of the Akteursnetz (id) that runs the place, optional
    var ownerActor: String?

    static let facts: [(field: String, label: String)] = [
        ("stepFree", Texts.PlaceForm.stepFree), ("accessibleWC", Texts.PlaceForm.accessibleWC),
        ("elevator", Texts.PlaceForm.elevator), ("hearingLoop", Texts.PlaceForm.hearingLoop),
        ("disabledParking", Texts.PlaceForm.disabledParking),
    ]

    init() { city = "Dortmund"; status = PublicationStatus.draft.rawValue }

    init(_ p: PlaceRow, typeKey: String?) {
        name = p.name; type = typeKey; street = p.street; postalCode = p.postalCode; city = p.city
        lat = FormInput.decimalText(p.lat); lon = FormInput.decimalText(p.lon)
        stepFree = p.stepFree ? "ja" : nil; accessibleWC = p.accessibleWC ? "ja" : nil; elevator = p.elevator ? "ja" : nil
        hearingLoop = p.hearingLoop ? "ja" : nil; disabledParking = p.disabledParking ? "ja" : nil
        openingHours = p.openingHours; phone = p.phone; email = p.email; website = p.website
        description = p.description; status = p.status.rawValue
        ownerActor = p.ownerActorID?.uuidString.lowercased()
    }

    func isChecked(_ field: String) -> Bool {
        switch field {
        case "stepFree": stepFree != nil
        case "accessibleWC": accessibleWC != nil
        case "elevator": elevator != nil
        case "hearingLoop": hearingLoop != nil
        case "disabledParking": disabledParking != nil
        default: false
        }
    }

    /// Checks every field; `choices` are the place types.
    func validate(choices types: [PlaceTypeRow], scope: EditScope, statuses: [PublicationStatus],
                  geography: GeographySnapshot) -> EditCheck<PlaceRow> {
        var errors = FormErrors()
        let t = Texts.PlaceForm.self
        let name = FormInput.text(self.name, field: "name", what: t.nameWhat, max: 150, errors: &errors)
        let placeType = types.first { $0.key == self.type }
        if placeType == nil { errors.add("type", t.typeMissing) }
        let street = FormInput.text(self.street, field: "street", what: t.streetWhat, max: 150, errors: &errors)
        let postal = FormInput.text(postalCode, field: "postalCode", what: t.postalCodeWhat, max: 10, errors: &errors)
        if !postal.isEmpty, !(postal.count == 5 && postal.allSatisfy({ $0.isASCII && $0.isNumber })) {
            errors.add("postalCode", t.postalCodeInvalid)
        }
        let city = FormInput.text(self.city, field: "city", what: t.cityWhat, max: 80, errors: &errors)

        let latitude = FormInput.decimal(lat)
        let longitude = FormInput.decimal(lon)
        if (lat ?? "").trimmingCharacters(in: .whitespaces).isEmpty { errors.add("lat", t.latMissing) }
        else if latitude == nil || !(-90...90).contains(latitude!) { errors.add("lat", t.latInvalid) }
        if (lon ?? "").trimmingCharacters(in: .whitespaces).isEmpty { errors.add("lon", t.lonMissing) }
        else if longitude == nil || !(-180...180).contains(longitude!) { errors.add("lon", t.lonInvalid) }

        var area: AreaRecord?
        var choices: [AreaRecord] = []
        if let latitude, let longitude, errors["lat"] == nil, errors["lon"] == nil {
            switch PlaceLocator.quartier(at: GeoPoint(lat: latitude, lon: longitude), street: street,
                                         chosenSlug: self.area, geography: geography) {
            case let .found(quartier):
                area = quartier
                if !scope.mayPlace(in: quartier.id) { errors.add("lat", t.notYourQuartier(quartier.name)) }
            case let .choose(candidates):
                choices = candidates
                errors.add("area", (self.area ?? "").isEmpty ? t.chooseQuartier : t.chooseQuartierFromList)
            case .outsideCity:
                errors.add("lat", t.outsideCity)
            case .notFound:
                errors.add("lat", t.noQuartier)
            }
        }

        let openingHours = FormInput.optionalText(self.openingHours, field: "openingHours", max: 300, multiline: true, errors: &errors)
        let phone = FormInput.optionalText(self.phone, field: "phone", max: 40, errors: &errors)
        if !phone.isEmpty, !phone.allSatisfy({ $0.isASCII && ($0.isNumber || " +-/()".contains($0)) }) || phone.filter(\.isNumber).count < 3 {
            errors.add("phone", t.phoneInvalid)
        }
        var email = FormInput.optionalText(self.email, field: "email", max: 254, errors: &errors)
        if !email.isEmpty { email = EmailAddress.validate(email, errors: &errors) ?? "" }
        var website = FormInput.optionalText(self.website, field: "website", max: 300, errors: &errors)
        if website.lowercased().hasPrefix("www.") { website = "https://" + website }
        if !website.isEmpty, !Self.isWebAddress(website) { errors.add("website", t.websiteInvalid) }
        let description = FormInput.optionalText(self.description, field: "description", max: 5_000, multiline: true, errors: &errors)
        let status = checkedStatus(statuses, errors: &errors)

        guard errors.isEmpty, let placeType, let latitude, let longitude, let area, let status else {
            return EditCheck(item: nil, errors: errors, areaChoices: choices)
        }
        let input = PlaceRow(
            name: name, typeID: placeType.id, street: street, postalCode: postal, city: city, lat: latitude,
            lon: longitude, areaID: area.id, stepFree: isChecked("stepFree"), accessibleWC: isChecked("accessibleWC"),
            elevator: isChecked("elevator"), hearingLoop: isChecked("hearingLoop"),
            disabledParking: isChecked("disabledParking"), openingHours: openingHours, phone: phone, email: email,
            website: website, description: description, status: status)
        return EditCheck(item: input, errors: errors)
    }

    /// http(s), a host with a dot, no spaces or quotes: safe to put into an href.
    static func isWebAddress(_ s: String) -> Bool {
        guard let url = URL(string: s), let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http",
              let host = url.host, host.contains("."), !host.hasPrefix("."), !host.hasSuffix(".")
        else { return false }
        return !s.contains(where: { $0.isWhitespace || "\"'<>\\`".contains($0) })
    }

    /// German summary of what changed, for the history ("geändert: Name, Adresse").
    static func changes(from old: PlaceRow, to new: PlaceRow) -> [String] {
        let t = Texts.PlaceForm.self
        var fields: [String] = []
        if old.name != new.name { fields.append(t.name) }
        if old.ownerActorID != new.ownerActorID { fields.append(Texts.Actors.actorChange) }
        if old.typeID != new.typeID { fields.append(t.type) }
        if old.street != new.street || old.postalCode != new.postalCode || old.city != new.city { fields.append(t.address) }
        if old.lat != new.lat || old.lon != new.lon { fields.append(t.coordinates) }
        if old.areaID != new.areaID { fields.append(t.quartier) }
        if old.stepFree != new.stepFree || old.accessibleWC != new.accessibleWC || old.elevator != new.elevator
            || old.hearingLoop != new.hearingLoop || old.disabledParking != new.disabledParking { fields.append(t.accessibility) }
        if old.openingHours != new.openingHours { fields.append(t.openingHours) }
        if old.phone != new.phone || old.email != new.email || old.website != new.website { fields.append(t.contact) }
        if old.description != new.description { fields.append(t.description) }
        return fields
    }
}
