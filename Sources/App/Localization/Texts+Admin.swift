/// UI text of the administration pages (roles and their log).
extension Texts {
    enum Admin {
        static var rolesTitle: String { UIText.text("admin.rolesTitle") }
        static var auditLink: String { UIText.text("admin.auditLink") }
        static var rolesGroup: String { UIText.text("admin.rolesGroup") }
        static var formLegend: String { UIText.text("admin.formLegend") }
        static var emailLabel: String { UIText.text("admin.emailLabel") }
        static var roleLabel: String { UIText.text("admin.roleLabel") }
        static var choose: String { UIText.text("admin.choose") }
        static var areaLabel: String { UIText.text("admin.areaLabel") }
        static var noArea: String { UIText.text("admin.noArea") }
        static var grant: String { UIText.text("admin.grant") }
        static var revoke: String { UIText.text("admin.revoke") }
        static var holdersHeading: String { UIText.text("admin.holdersHeading") }
        static var noHolders: String { UIText.text("admin.noHolders") }
        static var holdersCaption: String { UIText.text("admin.holdersCaption") }
        static var nameColumn: String { UIText.text("admin.nameColumn") }
        static var emailColumn: String { UIText.text("admin.emailColumn") }
        static var rolesColumn: String { UIText.text("admin.rolesColumn") }
        static var auditTitle: String { UIText.text("admin.auditTitle") }
        static var backToRoles: String { UIText.text("admin.backToRoles") }
        static var noEntries: String { UIText.text("admin.noEntries") }
        static var auditCaption: String { UIText.text("admin.auditCaption") }
        static var auditColumns: [String] { [UIText.text("admin.auditColumns.1"), UIText.text("admin.auditColumns.2"), UIText.text("admin.auditColumns.3"), UIText.text("admin.auditColumns.4"), UIText.text("admin.auditColumns.5")] }
        static var granted: String { UIText.text("admin.granted") }
        static var revoked: String { UIText.text("admin.revoked") }
        static var systemOrDeleted: String { UIText.text("admin.systemOrDeleted") }
        static var deletedAccount: String { UIText.text("admin.deletedAccount") }
    }
}
