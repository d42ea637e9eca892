import Foundation
import Vapor

/// A contact request as sent, and the contact way chosen when accepting one.
struct ContactForm: Content {
    var message: String?
    var contactWay: String?
    var phone: String?

    static let messageMax = 1000

    struct Way: Sendable { var kind: String; var phone: String? }

    /// "email", or "phone" with a readable number.
    func validWay(errors: inout FormErrors) -> Way? {
        let way = contactWay == "phone" || contactWay == "email" ? contactWay : nil
        if way == nil { errors.add("contactWay", Texts.Exchange.errContactWay) }
        let phone = way == "phone"
            ? FormInput.phone(self.phone, field: "phone", message: Texts.Exchange.errPhone, errors: &errors) : nil
        guard let way, errors.isEmpty else { return nil }
        return Way(kind: way, phone: phone)
    }

    /// The message and the contact way of a new request.
    func validate(errors: inout FormErrors) -> (message: String, way: Way)? {
        let message = FormInput.text(self.message, field: "message", what: Texts.Exchange.messageWhat,
                                     max: Self.messageMax, multiline: true, errors: &errors)
        guard let way = validWay(errors: &errors) else { return nil }
        return (message, way)
    }
}
