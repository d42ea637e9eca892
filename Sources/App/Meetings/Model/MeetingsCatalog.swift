/// The fixed vocabularies of the Begegnung pillar. Keys are stored in the database; labels are German UI text.
enum OfferCategory: String, CaseIterable, Codable, Sendable {
    case meeting = "treffpunkt"
    case movement = "bewegung"
    case culture = "kultur"
    case education = "bildung"
    case advice = "beratung"
    case food = "essen"
    case outings = "ausfluege"
    case digital = "digitales"
    case games = "spiele"
    case faith = "glaube"
    case crafts = "handwerk"

    var label: String {
        switch self {
        case .meeting: UIText.text("offerCategory.label.meeting")
        case .movement: UIText.text("offerCategory.label.movement")
        case .culture: UIText.text("offerCategory.label.culture")
        case .education: UIText.text("offerCategory.label.education")
        case .advice: UIText.text("offerCategory.label.advice")
        case .food: UIText.text("offerCategory.label.food")
        case .outings: UIText.text("offerCategory.label.outings")
        case .digital: UIText.text("offerCategory.label.digital")
        case .games: UIText.text("offerCategory.label.games")
        case .faith: UIText.text("offerCategory.label.faith")
        case .crafts: UIText.text("offerCategory.label.crafts")
        }
    }
}

enum Audience: String, CaseIterable, Codable, Sendable {
    case everyone = "alle"
    case seniors = "senioren"
    case families = "familien"
    case youth = "jugend"
    case migration = "migration"
    case disability = "behinderung"
    case women = "frauen"
    case men = "maenner"
    case queer = "queer"

    var label: String {
        switch self {
        case .everyone: UIText.text("audience.label.everyone")
        case .seniors: UIText.text("audience.label.seniors")
        case .families: UIText.text("audience.label.families")
        case .youth: UIText.text("audience.label.youth")
        case .migration: UIText.text("audience.label.migration")
        case .disability: UIText.text("audience.label.disability")
        case .women: UIText.text("audience.label.women")
        case .men: UIText.text("audience.label.men")
        case .queer: UIText.text("audience.label.queer")
        }
    }
}

/// Languages an offer can be held in (ISO 639-1, and "dgs" for German Sign Language).
enum OfferLanguage {
    static let codes = ["de", "en", "tr", "ar", "ru", "pl", "uk", "ro", "bg", "fa", "ku", "el", "it", "es", "fr", "dgs", "ls"]
    static var all: [(code: String, label: String)] { codes.map { ($0, label($0)) } }
    static func label(_ code: String) -> String { isKnown(code) ? UIText.text("offerLanguage." + code) : code }
    static func isKnown(_ code: String) -> Bool { codes.contains(code) }
}

enum CostKind: String, CaseIterable, Codable, Sendable {
    case free, amount, donation
}

enum PublicationStatus: String, CaseIterable, Codable, Sendable {
    case draft, published, paused, cancelled

    var label: String {
        switch self {
        case .draft: UIText.text("publicationStatus.label.draft")
        case .published: UIText.text("publicationStatus.label.published")
        case .paused: UIText.text("publicationStatus.label.paused")
        case .cancelled: UIText.text("publicationStatus.label.cancelled")
        }
    }
}

/// Sets of keys stored as ",a,b," so that `LIKE '%,a,%'` matches exactly one key.
enum KeyList {
    static func encode(_ keys: [String]) -> String { keys.isEmpty ? "" : "," + keys.joined(separator: ",") + "," }
    static func encode<Key: RawRepresentable>(_ keys: [Key]) -> String where Key.RawValue == String {
        encode(keys.map(\.rawValue))
    }
    static func decode(_ stored: String) -> [String] { stored.split(separator: ",").map(String.init) }
    static func pattern(_ key: String) -> String { "%," + key + ",%" }
}
