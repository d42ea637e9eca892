import Vapor

/// `gemeinsam seed-sample`: adds the sample content ("Beispiel") of every pillar that has none yet.
struct SeedSampleCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { "Fügt Beispielinhalte hinzu (als „Beispiel“ gekennzeichnet)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        _ = try await CommandIO.prepared(context)
        let summary = try await SampleContent.seed(app)
        context.console.info("Beispielinhalte: \(summary)")
    }
}
