import Foundation
import Vapor

extension Request {
    /// A route parameter that must be a UUID; 404 with `notFound` (German) otherwise.
    func uuidParameter(_ name: String = "id", notFound: String = Texts.Errors.notFound) throws -> UUID {
        guard let raw = parameters.get(name), raw.count == 36, let id = UUID(uuidString: raw) else {
            throw GermanError(status: .notFound, reason: notFound)
        }
        return id
    }

    /// A route parameter that must be a positive number (at most 12 digits); 404 with `notFound` otherwise.
    func intParameter(_ name: String = "id", notFound: String = Texts.Errors.notFound) throws -> Int {
        guard let raw = parameters.get(name), raw.count <= 12, raw.allSatisfy({ $0.isASCII && $0.isNumber }),
              let id = Int(raw), id > 0
        else { throw GermanError(status: .notFound, reason: notFound) }
        return id
    }
}
