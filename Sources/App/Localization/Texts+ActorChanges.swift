/// UI text for invitations bound to an address and for reviewing changes to approved actors (issue 11).
extension Texts.Actors {
    static var invitationOtherAddress: String { UIText.text("actors.invitationOtherAddress") }
    static var invitationsTooMany: String { UIText.text("actors.invitationsTooMany") }
    static func changesHeading(_ n: Int) -> String { UIText.text("actors.changesHeading", ["n": "\(n)"]) }
    static var changesNothing: String { UIText.text("actors.changesNothing") }
    static func changedFields(_ fields: [String]) -> String {
        fields.isEmpty ? UIText.text("actors.changedFields.1") : UIText.text("actors.changedFields.2") + fields.joined(separator: ", ") + "."
    }
    static var changeAccept: String { UIText.text("actors.changeAccept") }
    static var changeDiscard: String { UIText.text("actors.changeDiscard") }
    static var changeGone: String { UIText.text("actors.changeGone") }
    static func changeMailSubject(_ name: String) -> String { UIText.text("actors.changeMailSubject", ["name": "\(name)"]) }
    static func changeMailText(_ name: String) -> String {
        UIText.text("actors.changeMailText", ["name": "\(name)"])
    }
    static func changeDecisionSubject(_ accepted: Bool, _ name: String) -> String {
        accepted ? UIText.text("actors.changeDecisionSubject.1", ["name": "\(name)"]) : UIText.text("actors.changeDecisionSubject.2", ["name": "\(name)"])
    }
    static func changeDecisionText(_ accepted: Bool, _ name: String) -> String {
        accepted ? UIText.text("actors.changeDecisionText.1", ["name": "\(name)"])
            : UIText.text("actors.changeDecisionText.2", ["name": "\(name)"])
    }
}
