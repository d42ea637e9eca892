/// The fixed vocabularies of the Akteursnetz. Keys are stored in the database; labels are German UI text.
enum LegalForm: String, CaseIterable, Codable, Sendable {
    case association = "ev"
    case charitableCompany = "ggmbh"
    case cooperative = "genossenschaft"
    case foundation = "stiftung"
    case informal = "initiative"
    case company = "unternehmen"
    case socialEnterprise = "sozialunternehmen"
    case welfare = "wohlfahrtsverband"
    case church = "kirche"
    case municipality = "kommune"
    case university = "hochschule"

    var label: String {
        switch self {
        case .association: "eingetragener Verein"
        case .charitableCompany: "gemeinnützige GmbH"
        case .cooperative: "Genossenschaft"
        case .foundation: "Stiftung"
        case .informal: "Initiative ohne Rechtsform"
        case .company: "Unternehmen"
        case .socialEnterprise: "Sozialunternehmen"
        case .welfare: "Wohlfahrtsverband"
        case .church: "Kirche/Religionsgemeinschaft"
        case .municipality: "Kommune/Verwaltung"
        case .university: "Hochschule/Forschung"
        }
    }
}

enum ActorTopic: String, CaseIterable, Codable, Sendable {
    case loneliness = "einsamkeit"
    case neighbourhood = "nachbarschaft"
    case seniors = "senioren"
    case youth = "kinder-jugend"
    case family = "familie"
    case integration = "integration"
    case inclusion = "inklusion"
    case health = "gesundheit"
    case care = "pflege"
    case work = "arbeit"
    case education = "bildung"
    case culture = "kultur"
    case environment = "umwelt"
    case making = "making"
    case mobility = "mobilitaet"
    case housing = "wohnen"
    case poverty = "armut"
    case equality = "gleichstellung"
    case socialInnovation = "soziale-innovation"

    var label: String {
        switch self {
        case .loneliness: "Einsamkeit"
        case .neighbourhood: "Nachbarschaft"
        case .seniors: "Senior*innen"
        case .youth: "Kinder & Jugend"
        case .family: "Familie"
        case .integration: "Integration & Migration"
        case .inclusion: "Inklusion"
        case .health: "Gesundheit"
        case .care: "Pflege"
        case .work: "Arbeit & Qualifizierung"
        case .education: "Bildung"
        case .culture: "Kultur"
        case .environment: "Umwelt & Klima"
        case .making: "Making & Reparatur"
        case .mobility: "Mobilität"
        case .housing: "Wohnen"
        case .poverty: "Armut"
        case .equality: "Gleichstellung"
        case .socialInnovation: "Soziale Innovation"
        }
    }
}

/// How many people carry the actor (staff and volunteers).
enum ActorSize: String, CaseIterable, Codable, Sendable {
    case tiny = "1-5"
    case small = "6-20"
    case medium = "21-100"
    case large = "101-500"
    case huge = "500+"

    var label: String {
        switch self {
        case .tiny: "1–5 Personen"
        case .small: "6–20 Personen"
        case .medium: "21–100 Personen"
        case .large: "101–500 Personen"
        case .huge: "mehr als 500 Personen"
        }
    }
}

/// submitted → approved or rejected by a coordinator; only approved actors are public.
enum ActorStatus: String, CaseIterable, Codable, Sendable {
    case submitted, approved, rejected

    var label: String {
        switch self {
        case .submitted: "eingereicht, wird geprüft"
        case .approved: "freigegeben"
        case .rejected: "abgelehnt"
        }
    }
}

/// Kinds of cooperation. The first five are proposed and confirmed; the last two are derived from Begegnung.
enum TieKind: String, CaseIterable, Codable, Sendable {
    case cooperation = "kooperation"
    case jointOffer = "gemeinsames-angebot"
    case roomUse = "raumnutzung"
    case memberOf = "mitglied"
    case funding = "foerderung"

    var label: String {
        switch self {
        case .cooperation: "Kooperation"
        case .jointOffer: "gemeinsames Angebot"
        case .roomUse: "Raumnutzung"
        case .memberOf: "Mitglied im Netzwerk von"
        case .funding: "Förderung"
        }
    }
}

enum TieStatus: String, CaseIterable, Codable, Sendable {
    case proposed, confirmed, declined

    var label: String {
        switch self {
        case .proposed: "vorgeschlagen, wartet auf Bestätigung"
        case .confirmed: "bestätigt"
        case .declined: "abgelehnt"
        }
    }
}
