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
        case .meeting: "Treffpunkt & Café"
        case .movement: "Bewegung & Sport"
        case .culture: "Kultur & Kreatives"
        case .education: "Bildung & Sprache"
        case .advice: "Beratung & Hilfe"
        case .food: "Essen & Kochen"
        case .outings: "Ausflüge & Spaziergänge"
        case .digital: "Digitales"
        case .games: "Spiele"
        case .faith: "Glaube & Spiritualität"
        case .crafts: "Handwerk & Reparatur"
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
        case .everyone: "alle"
        case .seniors: "Senior*innen"
        case .families: "Familien & Alleinerziehende"
        case .youth: "Kinder & Jugendliche"
        case .migration: "Menschen mit Migrations- oder Fluchtgeschichte"
        case .disability: "Menschen mit Behinderung"
        case .women: "Frauen"
        case .men: "Männer"
        case .queer: "queere Menschen"
        }
    }
}

/// Languages an offer can be held in (ISO 639-1, and "dgs" for German Sign Language).
enum OfferLanguage {
    static let all: [(code: String, label: String)] = [
        ("de", "Deutsch"), ("en", "Englisch"), ("tr", "Türkisch"), ("ar", "Arabisch"), ("ru", "Russisch"),
        ("pl", "Polnisch"), ("uk", "Ukrainisch"), ("ro", "Rumänisch"), ("bg", "Bulgarisch"), ("fa", "Persisch"),
        ("ku", "Kurdisch"), ("el", "Griechisch"), ("it", "Italienisch"), ("es", "Spanisch"), ("fr", "Französisch"),
        ("dgs", "Deutsche Gebärdensprache"), ("ls", "Leichte Sprache"),
    ]
    static func label(_ code: String) -> String { all.first { $0.code == code }?.label ?? code }
    static func isKnown(_ code: String) -> Bool { all.contains { $0.code == code } }
}

enum CostKind: String, CaseIterable, Codable, Sendable {
    case free, amount, donation
}

enum PublicationStatus: String, CaseIterable, Codable, Sendable {
    case draft, published, paused, cancelled

    var label: String {
        switch self {
        case .draft: "Entwurf"
        case .published: "veröffentlicht"
        case .paused: "pausiert"
        case .cancelled: "abgesagt"
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
