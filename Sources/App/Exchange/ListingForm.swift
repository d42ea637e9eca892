import Foundation
import GemeinsamCore
import Vapor

/// The fields of a new listing, as sent by the form (account) or the kiosk intake.
struct ListingForm: Content {
    var kind: String?
    var category: String?
    var title: String?
    var body: String?
    var quartier: String?
    var timing: String?
    var date: String?
    var timingNote: String?
    var validUntil: String?

    static let titleMax = 80
    static let bodyMax = 1000
    static let noteMax = 80

    struct Valid: Sendable {
        var kind: CoreExchange.Kind
        var category: CoreExchange.Category
        var title: String
        var body: String
        var area: AreaRecord?
        var timing: CoreExchange.Timing
        var timingNote: String?
        var validUntil: CalendarDate
    }

    /// Validates everything; `requireQuartier` is false for the kiosk, which finds the Quartier by street.
    func validate(geography: GeographySnapshot, today: CalendarDate, requireQuartier: Bool = true,
                  errors: inout FormErrors) -> Valid? {
        let kind = self.kind.flatMap(CoreExchange.Kind.init(rawValue:))
        if kind == nil { errors.add("kind", German.Exchange.errKind) }
        let category = self.category.flatMap(CoreExchange.Category.init(rawValue:))
        if category == nil { errors.add("category", German.Exchange.errCategory) }
        var title: String?
        switch TextInput.clean(self.title, maxLength: Self.titleMax) {
        case let .success(t): title = t
        case let .failure(p): errors.add("title", TextInput.message(p, field: "eine Überschrift"))
        }
        var body: String?
        switch TextInput.clean(self.body, maxLength: Self.bodyMax, multiline: true) {
        case let .success(b): body = b
        case let .failure(p): errors.add("body", TextInput.message(p, field: "eine Beschreibung"))
        }
        var area: AreaRecord?
        if let slug = quartier?.trimmingCharacters(in: .whitespaces), !slug.isEmpty {
            area = geography.area(kind: .statisticalDistrict, slug: slug)
            if area == nil { errors.add("quartier", German.Exchange.errQuartier) }
        } else if requireQuartier {
            errors.add("quartier", German.Exchange.errQuartier)
        }
        var timing: CoreExchange.Timing?
        switch self.timing.flatMap(CoreExchange.Timing.Code.init(rawValue:)) {
        case .once?:
            switch ExchangeSupport.parseDate(date) {
            case let .success(d)?: timing = .once(d)
            case .failure?: errors.add("date", German.Exchange.errDateFormat)
            case nil: errors.add("date", German.Exchange.errDateMissing)
            }
        case .regular?: timing = .regular
        case .flexible?: timing = .flexible
        case nil: errors.add("timing", German.Exchange.errTiming)
        }
        var note: String?
        switch TextInput.clean(timingNote, maxLength: Self.noteMax) {
        case let .success(n): note = n
        case .failure(.empty): note = nil
        case let .failure(p): errors.add("timingNote", TextInput.message(p, field: "die Zeit"))
        }
        var validUntil: CalendarDate?
        switch ExchangeSupport.parseDate(self.validUntil) {
        case let .success(d)?: validUntil = d
        case .failure?: errors.add("validUntil", German.Exchange.errDateFormat)
        case nil: validUntil = CoreExchange.Rules.defaultValidUntil(today: today, timing: timing ?? .flexible)
        }
        if let timing, let until = validUntil {
            for problem in CoreExchange.Rules.validate(timing: timing, validUntil: until, today: today) {
                switch problem {
                case .validUntilInPast: errors.add("validUntil", German.Exchange.errValidPast)
                case let .validUntilTooFar(max): errors.add("validUntil", German.Exchange.errValidTooFar(max))
                case .dateInPast: errors.add("date", German.Exchange.errDatePast)
                case let .dateTooFar(max): errors.add("date", German.Exchange.errDateTooFar(max))
                }
            }
        }
        guard let kind, let category, let title, let body, let timing, let validUntil, errors.isEmpty else { return nil }
        return Valid(kind: kind, category: category, title: title, body: body, area: area, timing: timing,
                     timingNote: note, validUntil: CoreExchange.Rules.clampedValidUntil(validUntil, timing: timing))
    }
}

/// A contact request as sent.
struct ContactForm: Content {
    var message: String?
    var contactWay: String?
    var phone: String?

    static let messageMax = 1000

    struct Valid: Sendable { var message: String; var way: String; var phone: String? }

    func validate(errors: inout FormErrors) -> Valid? {
        var message: String?
        switch TextInput.clean(self.message, maxLength: Self.messageMax, multiline: true) {
        case let .success(m): message = m
        case let .failure(p): errors.add("message", TextInput.message(p, field: "eine kurze Nachricht"))
        }
        let way = contactWay == "phone" || contactWay == "email" ? contactWay : nil
        if way == nil { errors.add("contactWay", German.Exchange.errContactWay) }
        var phone: String?
        if way == "phone" {
            phone = ExchangeSupport.validPhone(self.phone)
            if phone == nil { errors.add("phone", German.Exchange.errPhone) }
        }
        guard let message, let way, errors.isEmpty else { return nil }
        return Valid(message: message, way: way, phone: phone)
    }
}
