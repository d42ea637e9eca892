import Foundation

/// The three levels of a city's geography. The UI calls a `statisticalDistrict` a *Quartier*.
enum AreaKind: String, Codable, CaseIterable, Sendable {
    case district
    case statisticalDistrict
    case subdistrict
}
