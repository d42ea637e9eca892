import GemeinsamCore

/// German text of the Begegnung editing pages: /verwalten, the history and the place types (the forms are in
/// German+MeetingsForms, rooms and bookings in German+MeetingsRooms).
extension Texts {
    enum Editing {
        static var navManage: String { UIText.text("editing.navManage") }
        static var pleaseChoose: String { UIText.text("editing.pleaseChoose") }
        static var save: String { UIText.text("editing.save") }
        static var statusLegend: String { UIText.text("editing.statusLegend") }
        static var statusHint: String { UIText.text("editing.statusHint") }
        static var statusHeading: String { UIText.text("editing.statusHeading") }
        static var statusMissing: String { UIText.text("editing.statusMissing") }
        static var statusUnknown: String { UIText.text("editing.statusUnknown") }
        static var dateMissing: String { UIText.text("editing.dateMissing") }
        static var timeMissing: String { UIText.text("editing.timeMissing") }

        static func dateUnreadable(_ text: String) -> String {
            UIText.text("editing.dateUnreadable", ["text": "\(text)"])
        }

        static func timeUnreadable(_ text: String) -> String {
            UIText.text("editing.timeUnreadable", ["text": "\(text)"])
        }

        static func statusOption(_ status: PublicationStatus) -> String {
            switch status {
            case .draft: UIText.text("editing.statusOption.draft")
            case .published: UIText.text("editing.statusOption.published")
            case .paused: UIText.text("editing.statusOption.paused")
            case .cancelled: UIText.text("editing.statusOption.cancelled")
            }
        }

        static func statusAction(_ status: PublicationStatus) -> String {
            switch status {
            case .draft: UIText.text("editing.statusAction.draft")
            case .published: UIText.text("editing.statusAction.published")
            case .paused: UIText.text("editing.statusAction.paused")
            case .cancelled: UIText.text("editing.statusAction.cancelled")
            }
        }

        static func currentStatus(_ label: String) -> String { UIText.text("editing.currentStatus", ["label": "\(label)"]) }
        static func statusChange(_ label: String) -> String { UIText.text("editing.statusChange", ["label": "\(label)"]) }

        /// "geändert: Titel, Termine" for the history.
        static func changeSummary(_ fields: [String]) -> String {
            fields.isEmpty ? UIText.text("editing.changeSummary.1") : UIText.text("editing.changeSummary.2") + fields.joined(separator: ", ")
        }

        /// Notices after a redirect (`?hinweis=key`); only these texts can appear.
        static var notices: [String: String] { [
            "angelegt": UIText.text("editing.notices.1"),
            "gespeichert": UIText.text("editing.notices.2"),
            "status": UIText.text("editing.notices.3"),
            "raum-angelegt": UIText.text("editing.notices.4"),
            "angefragt": UIText.text("editing.notices.5"),
            "zurueckgezogen": UIText.text("editing.notices.6"),
            "bestaetigt": UIText.text("editing.notices.7"),
            "belegt": UIText.text("editing.notices.8"),
            "abgelehnt": UIText.text("editing.notices.9"),
            "nicht-offen": UIText.text("editing.notices.10"),
        ] }
    }

    enum Manage {
        static var title: String { UIText.text("manage.title") }
        static var introCoordinator: String { UIText.text("manage.introCoordinator") }
        static var introEditor: String { UIText.text("manage.introEditor") }
        static func introAreaManager(_ areas: [String]) -> String {
            UIText.text("manage.introAreaManager", ["areas": "\(areas.joined(separator: ", "))"])
        }
        static var newPlace: String { UIText.text("manage.newPlace") }
        static var newOffer: String { UIText.text("manage.newOffer") }
        static func bookings(_ open: Int) -> String {
            open == 0 ? UIText.text("manage.bookings.1") : UIText.plural("manage.bookings.2", count: open)
        }
        static var placeTypes: String { UIText.text("manage.placeTypes") }
        static func placesHeading(_ n: Int) -> String { UIText.text("manage.placesHeading", ["n": "\(n)"]) }
        static func offersHeading(_ n: Int) -> String { UIText.text("manage.offersHeading", ["n": "\(n)"]) }
        static var noPlaces: String { UIText.text("manage.noPlaces") }
        static var noOffers: String { UIText.text("manage.noOffers") }
        static var status: String { UIText.text("manage.status") }
        static var edit: String { UIText.text("manage.edit") }
        static var history: String { UIText.text("manage.history") }
        static var offerHere: String { UIText.text("manage.offerHere") }
        static var newRoom: String { UIText.text("manage.newRoom") }
        static var rooms: String { UIText.text("manage.rooms") }
        static var notBookable: String { UIText.text("manage.notBookable") }
        static var back: String { UIText.text("manage.back") }
    }

    enum History {
        static var heading: String { UIText.text("history.heading") }
        static var link: String { UIText.text("history.link") }
        static var placeHeading: String { UIText.text("history.placeHeading") }
        static var offerHeading: String { UIText.text("history.offerHeading") }
        static var back: String { UIText.text("history.back") }
        static var empty: String { UIText.text("history.empty") }
        static var caption: String { UIText.text("history.caption") }
        static var when: String { UIText.text("history.when") }
        static var who: String { UIText.text("history.who") }
        static var what: String { UIText.text("history.what") }
        static var deletedAccount: String { UIText.text("history.deletedAccount") }
        static var system: String { UIText.text("history.system") }
        /// The history line of a new place, offer or room.
        static var created: String { UIText.text("history.created") }
    }

    enum PlaceTypes {
        static var title: String { UIText.text("placeTypes.title") }
        static var intro: String { UIText.text("placeTypes.intro") }
        static var nameLabel: String { UIText.text("placeTypes.nameLabel") }
        static var nameHint: String { UIText.text("placeTypes.nameHint") }
        static var nameWhat: String { UIText.text("placeTypes.nameWhat") }
        static var add: String { UIText.text("placeTypes.add") }
        static var caption: String { UIText.text("placeTypes.caption") }
        static var name: String { UIText.text("placeTypes.name") }
        static var key: String { UIText.text("placeTypes.key") }
        static var places: String { UIText.text("placeTypes.places") }
        static var noLetters: String { UIText.text("placeTypes.noLetters") }
        static func exists(_ name: String) -> String { UIText.text("placeTypes.exists", ["name": "\(name)"]) }
        static func added(_ name: String) -> String { UIText.text("placeTypes.added", ["name": "\(name)"]) }
    }
}
