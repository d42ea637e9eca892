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
        let t = Texts.Exchange.self
        let kind = self.kind.flatMap(CoreExchange.Kind.init(rawValue:))
        if kind == nil { errors.add("kind", t.errKind) }
        let category = self.category.flatMap(CoreExchange.Category.init(rawValue:))
        if category == nil { errors.add("category", t.errCategory) }
        let title = FormInput.text(self.title, field: "title", what: t.titleWhat, max: Self.titleMax, errors: &errors)
        let body = FormInput.text(self.body, field: "body", what: t.bodyWhat, max: Self.bodyMax, multiline: true,
                                  errors: &errors)
        var area: AreaRecord?
        if let slug = quartier?.trimmingCharacters(in: .whitespaces), !slug.isEmpty {
            area = geography.area(kind: .statisticalDistrict, slug: slug)
            if area == nil { errors.add("quartier", t.errQuartier) }
        } else if requireQuartier {
            errors.add("quartier", t.errQuartier)
        }
        var timing: CoreExchange.Timing?
        switch self.timing.flatMap(CoreExchange.Timing.Code.init(rawValue:)) {
        case .once?:
            switch FormInput.date(date ?? "") {
            case let .success(d): timing = .once(d)
            case .failure(.empty): errors.add("date", t.errDateMissing)
            case .failure: errors.add("date", t.errDateFormat)
            }
        case .regular?: timing = .regular
        case .flexible?: timing = .flexible
        case nil: errors.add("timing", t.errTiming)
        }
        let note = FormInput.optionalText(timingNote, field: "timingNote", max: Self.noteMax, errors: &errors)
        var validUntil: CalendarDate?
        switch FormInput.date(self.validUntil ?? "") {
        case let .success(d): validUntil = d
        case .failure(.empty): validUntil = CoreExchange.Rules.defaultValidUntil(today: today, timing: timing ?? .flexible)
        case .failure: errors.add("validUntil", t.errDateFormat)
        }
        if let timing, let until = validUntil {
            for problem in CoreExchange.Rules.validate(timing: timing, validUntil: until, today: today) {
                switch problem {
                case .validUntilInPast: errors.add("validUntil", t.errValidPast)
                case let .validUntilTooFar(max): errors.add("validUntil", t.errValidTooFar(max))
                case .dateInPast: errors.add("date", t.errDatePast)
                case let .dateTooFar(max): errors.add("date", t.errDateTooFar(max))
                }
            }
        }
        guard let kind, let category, let timing, let validUntil, errors.isEmpty else { return nil }
        return Valid(kind: kind, category: category, title: title, body: body, area: area, timing: timing,
                     timingNote: note.isEmpty ? nil : note,
                     validUntil: CoreExchange.Rules.clampedValidUntil(validUntil, timing: timing))
    }
}
