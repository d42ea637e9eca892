/// UI text for invitations bound to an address and for reviewing changes to approved actors (issue 11).
extension German.Actors {
    static let invitationOtherAddress = "Diese Einladung gilt für eine andere E-Mail-Adresse. Bitte melden Sie sich mit der Adresse an, an die die Einladung ging, oder bitten Sie um eine neue Einladung."
    static let invitationsTooMany = "Sie haben heute schon viele Einladungen verschickt. Bitte versuchen Sie es morgen wieder."
    static func changesHeading(_ n: Int) -> String { "Änderungen an freigegebenen Einträgen (\(n))" }
    static let changesNothing = "Keine Änderungen warten auf Prüfung."
    static func changedFields(_ fields: [String]) -> String {
        fields.isEmpty ? "Geändert: nichts Sichtbares." : "Geändert: " + fields.joined(separator: ", ") + "."
    }
    static let changeAccept = "Änderung übernehmen"
    static let changeDiscard = "Änderung verwerfen"
    static let changeGone = "Diese Änderung gibt es nicht mehr. Vielleicht wurde sie schon entschieden."
    static func changeMailSubject(_ name: String) -> String { "Änderung zur Prüfung: „\(name)“" }
    static func changeMailText(_ name: String) -> String {
        "Eine neue Redakteurin oder ein neuer Redakteur hat den freigegebenen Eintrag „\(name)“ geändert. Die Änderung ist erst nach Ihrer Prüfung öffentlich."
    }
    static func changeDecisionSubject(_ accepted: Bool, _ name: String) -> String {
        accepted ? "Ihre Änderung an „\(name)“ ist übernommen" : "Ihre Änderung an „\(name)“ wurde nicht übernommen"
    }
    static func changeDecisionText(_ accepted: Bool, _ name: String) -> String {
        accepted ? "Die Koordinierungsstelle hat Ihre Änderung an „\(name)“ geprüft und übernommen."
            : "Die Koordinierungsstelle hat Ihre Änderung an „\(name)“ nicht übernommen. Bei Fragen antworten Sie gern der Koordinierungsstelle."
    }
}
