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
        case .association: UIText.text("legalForm.label.association")
        case .charitableCompany: UIText.text("legalForm.label.charitableCompany")
        case .cooperative: UIText.text("legalForm.label.cooperative")
        case .foundation: UIText.text("legalForm.label.foundation")
        case .informal: UIText.text("legalForm.label.informal")
        case .company: UIText.text("legalForm.label.company")
        case .socialEnterprise: UIText.text("legalForm.label.socialEnterprise")
        case .welfare: UIText.text("legalForm.label.welfare")
        case .church: UIText.text("legalForm.label.church")
        case .municipality: UIText.text("legalForm.label.municipality")
        case .university: UIText.text("legalForm.label.university")
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
        case .loneliness: UIText.text("actorTopic.label.loneliness")
        case .neighbourhood: UIText.text("actorTopic.label.neighbourhood")
        case .seniors: UIText.text("actorTopic.label.seniors")
        case .youth: UIText.text("actorTopic.label.youth")
        case .family: UIText.text("actorTopic.label.family")
        case .integration: UIText.text("actorTopic.label.integration")
        case .inclusion: UIText.text("actorTopic.label.inclusion")
        case .health: UIText.text("actorTopic.label.health")
        case .care: UIText.text("actorTopic.label.care")
        case .work: UIText.text("actorTopic.label.work")
        case .education: UIText.text("actorTopic.label.education")
        case .culture: UIText.text("actorTopic.label.culture")
        case .environment: UIText.text("actorTopic.label.environment")
        case .making: UIText.text("actorTopic.label.making")
        case .mobility: UIText.text("actorTopic.label.mobility")
        case .housing: UIText.text("actorTopic.label.housing")
        case .poverty: UIText.text("actorTopic.label.poverty")
        case .equality: UIText.text("actorTopic.label.equality")
        case .socialInnovation: UIText.text("actorTopic.label.socialInnovation")
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
        case .tiny: UIText.text("actorSize.label.tiny")
        case .small: UIText.text("actorSize.label.small")
        case .medium: UIText.text("actorSize.label.medium")
        case .large: UIText.text("actorSize.label.large")
        case .huge: UIText.text("actorSize.label.huge")
        }
    }
}

/// submitted → approved or rejected by a coordinator; only approved actors are public.
enum ActorStatus: String, CaseIterable, Codable, Sendable {
    case submitted, approved, rejected

    var label: String {
        switch self {
        case .submitted: UIText.text("actorStatus.label.submitted")
        case .approved: UIText.text("actorStatus.label.approved")
        case .rejected: UIText.text("actorStatus.label.rejected")
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
        case .cooperation: UIText.text("tieKind.label.cooperation")
        case .jointOffer: UIText.text("tieKind.label.jointOffer")
        case .roomUse: UIText.text("tieKind.label.roomUse")
        case .memberOf: UIText.text("tieKind.label.memberOf")
        case .funding: UIText.text("tieKind.label.funding")
        }
    }
}

enum TieStatus: String, CaseIterable, Codable, Sendable {
    case proposed, confirmed, declined

    var label: String {
        switch self {
        case .proposed: UIText.text("tieStatus.label.proposed")
        case .confirmed: UIText.text("tieStatus.label.confirmed")
        case .declined: UIText.text("tieStatus.label.declined")
        }
    }
}
