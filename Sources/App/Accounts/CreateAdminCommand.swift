import Fluent
import Foundation
import SQLKit
import Vapor

/// `gemeinsam create-admin --email E`: creates an admin account (or makes an existing account admin).
/// The password comes from a hidden prompt, or from standard input when it is not a terminal.
struct CreateAdminCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "email", help: "E-Mail-Adresse des Kontos")
        var email: String?
        @Option(name: "first-name", help: "Vorname (Standard: Admin)")
        var firstName: String?
    }

    var help: String { "Legt ein Administrationskonto an oder macht ein bestehendes Konto zur Administration." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        var errors = FormErrors()
        guard let email = EmailAddress.validate(signature.email, errors: &errors) else {
            context.console.error(errors["email"] ?? UIText.text("createAdminCommand.run.1"))
            throw ExitCode(2)
        }
        _ = try await CommandIO.migrated(context)
        let sql = app.sql
        let grant = RoleGrant(role: .admin, areaID: nil)

        if let existing = try await RoleQueries.userID(email: email, on: sql) {
            let added = try await RoleQueries.grant(grant, to: existing, by: nil, detail: Role.admin.germanName, now: app.clock.now, on: sql)
            context.console.info(added ? UIText.text("createAdminCommand.run.2", ["email": "\(email)"]) : UIText.text("createAdminCommand.run.3", ["email": "\(email)"]))
            return
        }

        let password = readPassword(context)
        let firstName = signature.firstName ?? "Admin"
        if let problem = PasswordPolicy.problem(with: password, email: email, firstName: firstName) {
            context.console.error(problem)
            throw ExitCode(2)
        }
        let hash = try await app.password.async(on: app.threadPool, hopTo: app.eventLoopGroup.next()).hash(password)
        guard let id = try await AccountQueries.insert(
            .init(email: email, passwordHash: hash, firstName: firstName, initial: nil, homeAreaID: nil, verified: true), now: app.clock.now, on: sql)
        else {
            context.console.error(UIText.text("createAdminCommand.run.4"))
            throw ExitCode(1)
        }
        _ = try await RoleQueries.grant(grant, to: id, by: nil, detail: Role.admin.germanName, now: app.clock.now, on: sql)
        context.console.info("Administrationskonto \(email) angelegt.")
    }

    private func readPassword(_ context: CommandContext) -> String {
        if isatty(STDIN_FILENO) == 1 {
            return context.console.ask("Passwort (mindestens 10 Zeichen):", isSecure: true)
        }
        return readLine(strippingNewline: true) ?? ""
    }
}
