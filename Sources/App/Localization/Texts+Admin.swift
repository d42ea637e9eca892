/// UI text of the administration pages (roles and their log).
extension German {
    enum Admin {
        static let rolesTitle = "Rollen verwalten"
        static let auditLink = "Protokoll der Rollenänderungen"
        static let rolesGroup = "Rollen"
        static let formLegend = "Rolle vergeben oder entziehen"
        static let emailLabel = "E-Mail-Adresse des Kontos"
        static let roleLabel = "Rolle"
        static let choose = "Bitte wählen"
        static let areaLabel = "Quartier (nur für Quartiersmanagement)"
        static let noArea = "kein Quartier"
        static let grant = "Vergeben"
        static let revoke = "Entziehen"
        static let holdersHeading = "Wer hat welche Rolle?"
        static let noHolders = "Noch niemand hat eine besondere Rolle."
        static let holdersCaption = "Konten mit Rollen"
        static let nameColumn = "Name"
        static let emailColumn = "E-Mail-Adresse"
        static let rolesColumn = "Rollen"
        static let auditTitle = "Protokoll der Rollenänderungen"
        static let backToRoles = "Zurück zu Rollen verwalten"
        static let noEntries = "Noch keine Einträge."
        static let auditCaption = "Die letzten 200 Änderungen, neueste zuerst"
        static let auditColumns = ["Zeitpunkt", "Änderung", "Rolle", "Konto", "durch"]
        static let granted = "vergeben"
        static let revoked = "entzogen"
        static let systemOrDeleted = "System oder gelöschtes Konto"
        static let deletedAccount = "gelöschtes Konto"
    }
}
