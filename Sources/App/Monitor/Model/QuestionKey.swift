/// Keys the statistics rely on. Wording is data; these keys are the contract between questionnaire and monitor.
enum QuestionKey {
    static let ucla = ["ucla1", "ucla2", "ucla3"]
    static let djg = ["djg_e1", "djg_e2", "djg_e3", "djg_s1", "djg_s2", "djg_s3"]
    static let direct = "direkt"
    static let age = "alter"
    static let gender = "geschlecht"
    static let livingAlone = "allein"
    static let work = "arbeit"
    static let moneyWorries = "geldsorgen"
    static let migration = "migration"
    static let disability = "behinderung"
    static let singleParent = "alleinerziehend"
    static let neighbourContact = "kontakt"
    static let wishes = "wuensche"
    static let freeText = "freitext"
    static let quartier = "quartier"

    static let ageGroups = ["18-29", "30-44", "45-64", "65-79", "80+"]
    static let genders = ["weiblich", "maennlich", "divers", "keine_angabe"]
}
