/// German UI text. Every word a person reads lives in this folder, so a translation replaces these files only.
enum Texts {
    static var siteName: String { UIText.text("siteName") }
    static var tagline: String { UIText.text("tagline") }
    static var skipLink: String { UIText.text("skipLink") }
    static var sampleBadge: String { UIText.text("sampleBadge") }
    static var schematicMap: String { UIText.text("schematicMap") }
    static var schematicMapNote: String { UIText.text("schematicMapNote") }

    enum Nav {
        static var label: String { UIText.text("nav.label") }
        static var quartiere: String { UIText.text("nav.quartiere") }
        static var districts: String { UIText.text("nav.districts") }
        static var login: String { UIText.text("nav.login") }
        static var register: String { UIText.text("nav.register") }
        static var account: String { UIText.text("nav.account") }
        static var admin: String { UIText.text("nav.admin") }
        static var footer: String { UIText.text("nav.footer") }
        static var imprint: String { UIText.text("nav.imprint") }
        static var privacy: String { UIText.text("nav.privacy") }
        static var accessibility: String { UIText.text("nav.accessibility") }
    }

    enum Home {
        static var title: String { UIText.text("home.title") }
        static var heading: String { UIText.text("home.heading") }
        static var accessibleHeading: String { UIText.text("home.accessibleHeading") }
        static var easyLanguageLink: String { UIText.text("home.easyLanguageLink") }
        static var signLanguageVideoLabel: String { UIText.text("home.signLanguageVideoLabel") }
        static var signLanguagePending: String { UIText.text("home.signLanguagePending") }
        static var intro: [String] { [
            UIText.text("home.intro.1"),
            UIText.text("home.intro.2"),
        ] }
        static var findHeading: String { UIText.text("home.findHeading") }
        static var searchLabel: String { UIText.text("home.searchLabel") }
        static var searchHint: String { UIText.text("home.searchHint") }
        static var searchButton: String { UIText.text("home.searchButton") }
        static var listLink: String { UIText.text("home.listLink") }
        static var mapLink: String { UIText.text("home.mapLink") }
        static var howHeading: String { UIText.text("home.howHeading") }
        static var how: [String] { [
            UIText.text("home.how.1"),
            UIText.text("home.how.2"),
            UIText.text("home.how.3"),
        ] }
    }

    enum Search {
        static var title: String { UIText.text("search.title") }
        static func heading(_ q: String) -> String { UIText.text("search.heading", ["q": "\(q)"]) }
        static var empty: String { UIText.text("search.empty") }
        static var tooShort: String { UIText.text("search.tooShort") }
        static var tooLong: String { UIText.text("search.tooLong") }
        static var noHits: String { UIText.text("search.noHits") }
        static var quartiereHeading: String { UIText.text("search.quartiereHeading") }
        static var streetsHeading: String { UIText.text("search.streetsHeading") }
        static func severalQuartiere(_ street: String) -> String {
            UIText.text("search.severalQuartiere", ["street": "\(street)"])
        }
        static func subdistricts(_ codes: [String]) -> String {
            (codes.count == 1 ? UIText.text("search.subdistricts.1") : UIText.text("search.subdistricts.2")) + codes.joined(separator: ", ")
        }
        static func inDistrict(_ name: String) -> String { UIText.text("search.inDistrict", ["name": "\(name)"]) }
    }

    enum Areas {
        static var quartiereTitle: String { UIText.text("areas.quartiereTitle") }
        static var quartiereIntro: String { UIText.text("areas.quartiereIntro") }
        static var districtsTitle: String { UIText.text("areas.districtsTitle") }
        static var districtsIntro: String { UIText.text("areas.districtsIntro") }
        static var quartier: String { UIText.text("areas.quartier") }
        static var district: String { UIText.text("areas.district") }
        static func partOf(_ name: String) -> String { UIText.text("areas.partOf", ["name": "\(name)"]) }
        static var neighboursHeading: String { UIText.text("areas.neighboursHeading") }
        static var neighbourDistrictsHeading: String { UIText.text("areas.neighbourDistrictsHeading") }
        static var quartiereInDistrict: String { UIText.text("areas.quartiereInDistrict") }
        static var factsHeading: String { UIText.text("areas.factsHeading") }
        static var population: String { UIText.text("areas.population") }
        static var area: String { UIText.text("areas.area") }
        static func populationSource(date: String, source: String) -> String { UIText.text("areas.populationSource", ["date": "\(date)", "source": "\(source)"]) }
        static var populationUnknown: String { UIText.text("areas.populationUnknown") }
        static var offersHeading: String { UIText.text("areas.offersHeading") }
        static var offersEmpty: String { UIText.text("areas.offersEmpty") }
        static var mapHeading: String { UIText.text("areas.mapHeading") }
    }

    enum Errors {
        static var notFoundTitle: String { UIText.text("errors.notFoundTitle") }
        static var notFound: String { UIText.text("errors.notFound") }
        static var serverTitle: String { UIText.text("errors.serverTitle") }
        static var server: String { UIText.text("errors.server") }
        static var forbiddenTitle: String { UIText.text("errors.forbiddenTitle") }
        static var forbidden: String { UIText.text("errors.forbidden") }
        static var csrfTitle: String { UIText.text("errors.csrfTitle") }
        static var csrf: String { UIText.text("errors.csrf") }
        static var badRequestTitle: String { UIText.text("errors.badRequestTitle") }
        static var badRequest: String { UIText.text("errors.badRequest") }
        static var tooLargeTitle: String { UIText.text("errors.tooLargeTitle") }
        static var tooLarge: String { UIText.text("errors.tooLarge") }
        static var metricsToken: String { UIText.text("errors.metricsToken") }
        static var tooManyParameters: String { UIText.text("errors.tooManyParameters") }
        static var tooManyTitle: String { UIText.text("errors.tooManyTitle") }
        static var unauthorizedTitle: String { UIText.text("errors.unauthorizedTitle") }
        static var unauthorized: String { UIText.text("errors.unauthorized") }
        static var backHome: String { UIText.text("errors.backHome") }
        static var summaryHeading: String { UIText.text("errors.summaryHeading") }
    }
}
