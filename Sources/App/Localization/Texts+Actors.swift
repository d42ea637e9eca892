/// UI text of the Akteursnetz (issue 5).
extension Texts {
    enum Actors {
        static var nav: String { UIText.text("actors.nav") }
        static var directoryTitle: String { UIText.text("actors.directoryTitle") }
        static var directoryIntro: String { UIText.text("actors.directoryIntro") }
        static var filterLegend: String { UIText.text("actors.filterLegend") }
        static var searchLabel: String { UIText.text("actors.searchLabel") }
        static var topic: String { UIText.text("actors.topic") }
        static var area: String { UIText.text("actors.area") }
        static var legalForm: String { UIText.text("actors.legalForm") }
        static var audience: String { UIText.text("actors.audience") }
        static var anyTopic: String { UIText.text("actors.anyTopic") }
        static var anyArea: String { UIText.text("actors.anyArea") }
        static var anyLegalForm: String { UIText.text("actors.anyLegalForm") }
        static var anyAudience: String { UIText.text("actors.anyAudience") }
        static var filterButton: String { UIText.text("actors.filterButton") }
        static var resetFilters: String { UIText.text("actors.resetFilters") }
        static var noResults: String { UIText.text("actors.noResults") }
        static func resultCount(_ n: Int) -> String { UIText.plural("actors.resultCount", count: n) }
        static func unknownFilter(_ what: String) -> String { UIText.text("actors.unknownFilter", ["what": "\(what)"]) }
        static func districtOption(_ name: String) -> String { UIText.text("actors.districtOption", ["name": "\(name)"]) }
        static func quartierOption(_ name: String) -> String { "– \(name)" }
        static var mapCaption: String { UIText.text("actors.mapCaption") }
        static var mapCaptionOne: String { UIText.text("actors.mapCaptionOne") }
        static var mapCaptionArea: String { UIText.text("actors.mapCaptionArea") }
        static var moreHeading: String { UIText.text("actors.moreHeading") }
        static var registerLink: String { UIText.text("actors.registerLink") }
        static var csvLink: String { UIText.text("actors.csvLink") }
        static var geoJSONLink: String { UIText.text("actors.geoJSONLink") }
        static var apiLink: String { UIText.text("actors.apiLink") }
        static var withoutFixedPlace: String { UIText.text("actors.withoutFixedPlace") }
        static var choiceNotAllowed: String { UIText.text("actors.choiceNotAllowed") }
        static var choiceNone: String { UIText.text("actors.choiceNone") }
        static var actorChange: String { UIText.text("actors.actorChange") }
        static var offerActorLabel: String { UIText.text("actors.offerActorLabel") }
        static var offerActorHint: String { UIText.text("actors.offerActorHint") }
        static var placeActorLabel: String { UIText.text("actors.placeActorLabel") }
        static var placeActorHint: String { UIText.text("actors.placeActorHint") }
        static var bookingActorLabel: String { UIText.text("actors.bookingActorLabel") }
        static var bookingActorHint: String { UIText.text("actors.bookingActorHint") }
        static var csvHeader: [String] { [UIText.text("actors.csvHeader.1"), UIText.text("actors.csvHeader.2"), UIText.text("actors.csvHeader.3"), UIText.text("actors.csvHeader.4"), UIText.text("actors.csvHeader.5"), UIText.text("actors.csvHeader.6"), UIText.text("actors.csvHeader.7"), UIText.text("actors.csvHeader.8"),
                                UIText.text("actors.csvHeader.9"), UIText.text("actors.csvHeader.10"), UIText.text("actors.csvHeader.11"), UIText.text("actors.csvHeader.12"), UIText.text("actors.csvHeader.13"), UIText.text("actors.csvHeader.14"), UIText.text("actors.csvHeader.15")] }
        static var yes: String { UIText.text("actors.yes") }
        static var no: String { UIText.text("actors.no") }
        static var apiNotFound: String { UIText.text("actors.apiNotFound") }
        static var sampleNote: String { UIText.text("actors.sampleNote") }

        static var submittedNote: String { UIText.text("actors.submittedNote") }
        static var rejectedNote: String { UIText.text("actors.rejectedNote") }
        static var topicsLabel: String { UIText.text("actors.topicsLabel") }
        static var audiencesLabel: String { UIText.text("actors.audiencesLabel") }
        static var addressLabel: String { UIText.text("actors.addressLabel") }
        static var workAreasLabel: String { UIText.text("actors.workAreasLabel") }
        static var foundedLabel: String { UIText.text("actors.foundedLabel") }
        static var sizeLabel: String { UIText.text("actors.sizeLabel") }
        static var emailLabel: String { UIText.text("actors.emailLabel") }
        static var phoneLabel: String { UIText.text("actors.phoneLabel") }
        static var websiteLabel: String { UIText.text("actors.websiteLabel") }
        /// After the postal code of an address.
        static var postalCodeCity: String { UIText.text("actors.postalCodeCity") }
        static var placesHeading: String { UIText.text("actors.placesHeading") }
        static var offersHeading: String { UIText.text("actors.offersHeading") }
        static var roomsHeading: String { UIText.text("actors.roomsHeading") }
        static var noPlaces: String { UIText.text("actors.noPlaces") }
        static var noOffers: String { UIText.text("actors.noOffers") }
        static var noRooms: String { UIText.text("actors.noRooms") }
        static func roomDetail(place: String, capacity: Int) -> String { UIText.text("actors.roomDetail", ["place": "\(place)", "capacity": "\(capacity)"]) }
        static var cooperationsHeading: String { UIText.text("actors.cooperationsHeading") }
        static var noCooperations: String { UIText.text("actors.noCooperations") }
        static func cooperationsCaption(_ name: String) -> String { UIText.text("actors.cooperationsCaption", ["name": "\(name)"]) }
        static var partner: String { UIText.text("actors.partner") }
        static var kind: String { UIText.text("actors.kind") }
        static var basis: String { UIText.text("actors.basis") }
        static var confirmedBasis: String { UIText.text("actors.confirmedBasis") }
        static func derivedBasis(_ kind: TieKind, _ note: String) -> String {
            kind == .roomUse ? UIText.text("actors.derivedBasis.1", ["note": "\(note)"]) : UIText.text("actors.derivedBasis.2", ["note": "\(note)"])
        }
        static var manageHeading: String { UIText.text("actors.manageHeading") }
        static var editLink: String { UIText.text("actors.editLink") }
        static var editorsLink: String { UIText.text("actors.editorsLink") }
        static var tiesLink: String { UIText.text("actors.tiesLink") }

        static var mineTitle: String { UIText.text("actors.mineTitle") }
        static var mineEmpty: String { UIText.text("actors.mineEmpty") }
        static var mineCaption: String { UIText.text("actors.mineCaption") }
        static var nameLabel: String { UIText.text("actors.nameLabel") }
        static var statusLabel: String { UIText.text("actors.statusLabel") }
        static var actionLabel: String { UIText.text("actors.actionLabel") }
        static var openProposals: String { UIText.text("actors.openProposals") }
        static func openProposalsCount(_ n: Int) -> String { n == 0 ? UIText.text("actors.openProposalsCount.1") : UIText.plural("actors.openProposalsCount.2", count: n) }

        static var reviewTitle: String { UIText.text("actors.reviewTitle") }
        static var reviewIntro: String { UIText.text("actors.reviewIntro") }
        static func reviewSubmitted(_ n: Int) -> String { UIText.text("actors.reviewSubmitted", ["n": "\(n)"]) }
        static func reviewMailSubject(_ name: String) -> String { UIText.text("actors.reviewMailSubject", ["name": "\(name)"]) }
        static func reviewMailText(_ name: String) -> String {
            UIText.text("actors.reviewMailText", ["name": "\(name)"])
        }
        static var reviewNothing: String { UIText.text("actors.reviewNothing") }
        static var reviewRejected: String { UIText.text("actors.reviewRejected") }
        static var approve: String { UIText.text("actors.approve") }
        static var reject: String { UIText.text("actors.reject") }
        static var reasonLabel: String { UIText.text("actors.reasonLabel") }
        static var reasonHint: String { UIText.text("actors.reasonHint") }
        static var reasonWhat: String { UIText.text("actors.reasonWhat") }
        static var reasonMissing: String { UIText.text("actors.reasonMissing") }
        static var decisionUnknown: String { UIText.text("actors.decisionUnknown") }
        static func decisionMailSubject(_ status: ActorStatus, _ name: String) -> String {
            status == .approved ? UIText.text("actors.decisionMailSubject.1", ["name": "\(name)"]) : UIText.text("actors.decisionMailSubject.2", ["name": "\(name)"])
        }
        static func decisionMailText(_ status: ActorStatus, _ name: String, reason: String) -> String {
            status == .approved
                ? UIText.text("actors.decisionMailText.1", ["name": "\(name)"])
                : UIText.text("actors.decisionMailText.2", ["name": "\(name)", "reason": "\(reason)"])
        }

        static func editorsTitle(_ name: String) -> String { UIText.text("actors.editorsTitle", ["name": "\(name)"]) }
        static var editorsIntro: String { UIText.text("actors.editorsIntro") }
        static var editorsCaption: String { UIText.text("actors.editorsCaption") }
        static var you: String { UIText.text("actors.you") }
        static func removeEditor(_ name: String) -> String { UIText.text("actors.removeEditor", ["name": "\(name)"]) }
        static var lastEditorNote: String { UIText.text("actors.lastEditorNote") }
        static var openInvitations: String { UIText.text("actors.openInvitations") }
        static func invitationLine(_ email: String, until: String) -> String { UIText.text("actors.invitationLine", ["email": "\(email)", "until": "\(until)"]) }
        static func withdrawInvitation(_ email: String) -> String { UIText.text("actors.withdrawInvitation", ["email": "\(email)"]) }
        static var inviteHeading: String { UIText.text("actors.inviteHeading") }
        static var inviteEmail: String { UIText.text("actors.inviteEmail") }
        static var inviteHint: String { UIText.text("actors.inviteHint") }
        static var inviteButton: String { UIText.text("actors.inviteButton") }
        static var alreadyEditor: String { UIText.text("actors.alreadyEditor") }
        static var removeWhom: String { UIText.text("actors.removeWhom") }
        static var lastEditor: String { UIText.text("actors.lastEditor") }
        static func inviteMailSubject(_ name: String) -> String { UIText.text("actors.inviteMailSubject", ["name": "\(name)"]) }
        static func inviteMailText(_ name: String, inviter: String) -> String {
            UIText.text("actors.inviteMailText", ["inviter": "\(inviter)", "name": "\(name)"])
        }
        static func invitationTitle(_ name: String) -> String { UIText.text("actors.invitationTitle", ["name": "\(name)"]) }
        static var invitationIntro: String { UIText.text("actors.invitationIntro") }
        static var invitationLogin: String { UIText.text("actors.invitationLogin") }
        static var invitationAccept: String { UIText.text("actors.invitationAccept") }
        static var invitationInvalid: String { UIText.text("actors.invitationInvalid") }

        static func tiesTitle(_ name: String) -> String { UIText.text("actors.tiesTitle", ["name": "\(name)"]) }
        static var tiesIntro: String { UIText.text("actors.tiesIntro") }
        static func incomingHeading(_ n: Int) -> String { UIText.text("actors.incomingHeading", ["n": "\(n)"]) }
        static var noIncoming: String { UIText.text("actors.noIncoming") }
        static func incomingLine(_ name: String, kind: TieKind) -> String { UIText.text("actors.incomingLine", ["name": "\(name)", "kind": "\(kind.label)"]) }
        static func confirm(_ name: String) -> String { UIText.text("actors.confirm", ["name": "\(name)"]) }
        static func decline(_ name: String) -> String { UIText.text("actors.decline", ["name": "\(name)"]) }
        static var ownTiesHeading: String { UIText.text("actors.ownTiesHeading") }
        static func waitingFor(_ name: String) -> String { UIText.text("actors.waitingFor", ["name": "\(name)"]) }
        static func withdraw(_ name: String) -> String { UIText.text("actors.withdraw", ["name": "\(name)"]) }
        static func end(_ name: String) -> String { UIText.text("actors.end", ["name": "\(name)"]) }
        static var derivedNoAction: String { UIText.text("actors.derivedNoAction") }
        static var proposeHeading: String { UIText.text("actors.proposeHeading") }
        static var noPartners: String { UIText.text("actors.noPartners") }
        static var kindHint: String { UIText.text("actors.kindHint") }
        static var noteLabel: String { UIText.text("actors.noteLabel") }
        static var noteHint: String { UIText.text("actors.noteHint") }
        static var proposeButton: String { UIText.text("actors.proposeButton") }
        static var partnerMissing: String { UIText.text("actors.partnerMissing") }
        static var partnerUnknown: String { UIText.text("actors.partnerUnknown") }
        static var partnerSelf: String { UIText.text("actors.partnerSelf") }
        static var kindMissing: String { UIText.text("actors.kindMissing") }
        static var tieExists: String { UIText.text("actors.tieExists") }
        static var tiesNeedApproval: String { UIText.text("actors.tiesNeedApproval") }
        static func proposalMailSubject(_ name: String) -> String { UIText.text("actors.proposalMailSubject", ["name": "\(name)"]) }
        static func proposalMailText(_ name: String, partner: String, kind: TieKind) -> String {
            UIText.text("actors.proposalMailText", ["name": "\(name)", "partner": "\(partner)", "kind": "\(kind.label)"])
        }

        static var notices: [String: String] { [
            "eingereicht": UIText.text("actors.notices.1"),
            "gespeichert": UIText.text("actors.notices.2"),
            "erneut-eingereicht": UIText.text("actors.notices.3"),
            "freigegeben": UIText.text("actors.notices.4"),
            "abgelehnt": UIText.text("actors.notices.5"),
            "eingeladen": UIText.text("actors.notices.6"),
            "einladung-zurueckgezogen": UIText.text("actors.notices.7"),
            "entfernt": UIText.text("actors.notices.8"),
            "ausgetreten": UIText.text("actors.notices.9"),
            "redaktion": UIText.text("actors.notices.10"),
            "vorgeschlagen": UIText.text("actors.notices.11"),
            "bestaetigt": UIText.text("actors.notices.12"),
            "abgelehnt-kooperation": UIText.text("actors.notices.13"),
            "beendet": UIText.text("actors.notices.14"),
            "nicht-offen": UIText.text("actors.notices.15"),
            "aenderung-eingereicht": UIText.text("actors.notices.16"),
            "aenderung-uebernommen": UIText.text("actors.notices.17"),
            "aenderung-verworfen": UIText.text("actors.notices.18"),
        ] }
    }

    enum ActorForm {
        static var newTitle: String { UIText.text("actorForm.newTitle") }
        static func editTitle(_ name: String) -> String { UIText.text("actorForm.editTitle", ["name": "\(name)"]) }
        static var newIntro: String { UIText.text("actorForm.newIntro") }
        static var aboutLegend: String { UIText.text("actorForm.aboutLegend") }
        static var name: String { UIText.text("actorForm.name") }
        static var nameWhat: String { UIText.text("actorForm.nameWhat") }
        static var legalForm: String { UIText.text("actorForm.legalForm") }
        static var legalFormMissing: String { UIText.text("actorForm.legalFormMissing") }
        static var description: String { UIText.text("actorForm.description") }
        static var descriptionHint: String { UIText.text("actorForm.descriptionHint") }
        static var descriptionWhat: String { UIText.text("actorForm.descriptionWhat") }
        static var foundedYear: String { UIText.text("actorForm.foundedYear") }
        static var foundedYearHint: String { UIText.text("actorForm.foundedYearHint") }
        static func foundedYearInvalid(_ year: Int) -> String { UIText.text("actorForm.foundedYearInvalid", ["year": "\(year)"]) }
        static var size: String { UIText.text("actorForm.size") }
        static var sizeMissing: String { UIText.text("actorForm.sizeMissing") }
        static var topics: String { UIText.text("actorForm.topics") }
        static var topicsHint: String { UIText.text("actorForm.topicsHint") }
        static var topicsMissing: String { UIText.text("actorForm.topicsMissing") }
        static var audiences: String { UIText.text("actorForm.audiences") }
        static var audiencesMissing: String { UIText.text("actorForm.audiencesMissing") }
        static var unknownChoice: String { UIText.text("actorForm.unknownChoice") }
        static var placeLegend: String { UIText.text("actorForm.placeLegend") }
        static var placeQuestion: String { UIText.text("actorForm.placeQuestion") }
        static var placeFixed: String { UIText.text("actorForm.placeFixed") }
        static var placeNone: String { UIText.text("actorForm.placeNone") }
        static var placeMissing: String { UIText.text("actorForm.placeMissing") }
        static var addressHint: String { UIText.text("actorForm.addressHint") }
        static var street: String { UIText.text("actorForm.street") }
        static var streetHint: String { UIText.text("actorForm.streetHint") }
        static var quartierHint: String { UIText.text("actorForm.quartierHint") }
        static var streetWhat: String { UIText.text("actorForm.streetWhat") }
        static var streetNotFound: String { UIText.text("actorForm.streetNotFound") }
        static var postalCode: String { UIText.text("actorForm.postalCode") }
        static var coordinatesHint: String { UIText.text("actorForm.coordinatesHint") }
        static var workAreas: String { UIText.text("actorForm.workAreas") }
        static var workAreasHint: String { UIText.text("actorForm.workAreasHint") }
        static var workAreasMissing: String { UIText.text("actorForm.workAreasMissing") }
        static var contactLegend: String { UIText.text("actorForm.contactLegend") }
        static var contactHint: String { UIText.text("actorForm.contactHint") }
        static var contactMissing: String { UIText.text("actorForm.contactMissing") }
        static var email: String { UIText.text("actorForm.email") }
        static var phone: String { UIText.text("actorForm.phone") }
        static var website: String { UIText.text("actorForm.website") }
        static var submit: String { UIText.text("actorForm.submit") }
    }

    enum Network {
        static var nav: String { UIText.text("network.nav") }
        static var title: String { UIText.text("network.title") }
        static var intro: String { UIText.text("network.intro") }
        static func actorCount(_ n: Int) -> String { UIText.text("network.actorCount", ["n": "\(n)"]) }
        static func tieCount(_ n: Int, edges: Int) -> String { UIText.text("network.tieCount", ["n": "\(n)", "edges": "\(edges)"]) }
        static func groupCount(_ n: Int) -> String { UIText.plural("network.groupCount", count: n) }
        static func communityCount(_ n: Int, modularity: String) -> String { UIText.text("network.communityCount", ["n": "\(n)", "modularity": "\(modularity)"]) }
        static var empty: String { UIText.text("network.empty") }
        static var contentsLabel: String { UIText.text("network.contentsLabel") }
        static var mapHeading: String { UIText.text("network.mapHeading") }
        static var mapIntro: String { UIText.text("network.mapIntro") }
        static var mapCaption: String { UIText.text("network.mapCaption") }
        static func svgTitle(_ nodes: Int, communities: Int) -> String { UIText.text("network.svgTitle", ["nodes": "\(nodes)", "communities": "\(communities)"]) }
        static var actorsCaption: String { UIText.text("network.actorsCaption") }
        static var actorsTableHeader: [String] { [UIText.text("network.actorsTableHeader.1"), UIText.text("network.actorsTableHeader.2"), UIText.text("network.actorsTableHeader.3"), UIText.text("network.actorsTableHeader.4"), UIText.text("network.actorsTableHeader.5"), UIText.text("network.actorsTableHeader.6"), UIText.text("network.actorsTableHeader.7")] }
        static var yes: String { UIText.text("network.yes") }
        static var no: String { UIText.text("network.no") }
        static var cityHeading: String { UIText.text("network.cityHeading") }
        static var cityCaption: String { UIText.text("network.cityCaption") }
        static var cityTableCaption: String { UIText.text("network.cityTableCaption") }
        static var number: String { UIText.text("network.number") }
        static var actor: String { UIText.text("network.actor") }
        static var quartier: String { UIText.text("network.quartier") }
        static var degree: String { UIText.text("network.degree") }
        static var groupsHeading: String { UIText.text("network.groupsHeading") }
        static var groupsIntro: String { UIText.text("network.groupsIntro") }
        static var oneGroup: String { UIText.text("network.oneGroup") }
        static var groupsCaption: String { UIText.text("network.groupsCaption") }
        static var group: String { UIText.text("network.group") }
        static var size: String { UIText.text("network.size") }
        static var members: String { UIText.text("network.members") }
        static var brokersHeading: String { UIText.text("network.brokersHeading") }
        static var brokersIntro: String { UIText.text("network.brokersIntro") }
        static var noBrokers: String { UIText.text("network.noBrokers") }
        static var brokersCaption: String { UIText.text("network.brokersCaption") }
        static var betweenness: String { UIText.text("network.betweenness") }
        static var reason: String { UIText.text("network.reason") }
        static var hotspotsHeading: String { UIText.text("network.hotspotsHeading") }
        static var hotspotsIntro: String { UIText.text("network.hotspotsIntro") }
        static var noHotspots: String { UIText.text("network.noHotspots") }
        static var hotspotsCaption: String { UIText.text("network.hotspotsCaption") }
        static var hotspotsTableHeader: [String] { [UIText.text("network.hotspotsTableHeader.1"), UIText.text("network.hotspotsTableHeader.2"), UIText.text("network.hotspotsTableHeader.3"), UIText.text("network.hotspotsTableHeader.4"), UIText.text("network.hotspotsTableHeader.5")] }
        static var introductionsHeading: String { UIText.text("network.introductionsHeading") }
        static var introductionsIntro: String { UIText.text("network.introductionsIntro") }
        static var noIntroductions: String { UIText.text("network.noIntroductions") }
        static var introductionsCaption: String { UIText.text("network.introductionsCaption") }
        static func csvLink(_ table: NetworkCSV.Table) -> String {
            let name = switch table {
            case .actors: UIText.text("network.csvLink.actors")
            case .groups: UIText.text("network.csvLink.groups")
            case .brokers: UIText.text("network.csvLink.brokers")
            case .hotspots: UIText.text("network.csvLink.hotspots")
            case .introductions: UIText.text("network.csvLink.introductions")
            }
            return UIText.text("network.csvLink.1", ["name": "\(name)"])
        }
        static var actorsHeader: [String] { [UIText.text("network.actorsHeader.1"), UIText.text("network.actorsHeader.2"), UIText.text("network.actorsHeader.3"), UIText.text("network.actorsHeader.4"), UIText.text("network.actorsHeader.5"), UIText.text("network.actorsHeader.6"), UIText.text("network.actorsHeader.7"), UIText.text("network.actorsHeader.8"), UIText.text("network.actorsHeader.9"), UIText.text("network.actorsHeader.10")] }
        static var groupsHeader: [String] { [UIText.text("network.groupsHeader.1"), UIText.text("network.groupsHeader.2"), UIText.text("network.groupsHeader.3")] }
        static var brokersHeader: [String] { [UIText.text("network.brokersHeader.1"), UIText.text("network.brokersHeader.2"), UIText.text("network.brokersHeader.3"), UIText.text("network.brokersHeader.4")] }
        static var hotspotsHeader: [String] { [UIText.text("network.hotspotsHeader.1"), UIText.text("network.hotspotsHeader.2"), UIText.text("network.hotspotsHeader.3"), UIText.text("network.hotspotsHeader.4"), UIText.text("network.hotspotsHeader.5"), UIText.text("network.hotspotsHeader.6")] }
        static var introductionsHeader: [String] { [UIText.text("network.introductionsHeader.1"), UIText.text("network.introductionsHeader.2"), UIText.text("network.introductionsHeader.3"), UIText.text("network.introductionsHeader.4")] }
    }
}
