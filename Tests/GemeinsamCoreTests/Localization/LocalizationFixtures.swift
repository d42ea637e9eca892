import Foundation
import Testing
@testable import GemeinsamCore

/// Files in Fixtures/localization (see generate.py there for how they were made and checked).
enum LocalizationFixtures {
    static func url(_ name: String, _ ext: String, in folder: String = "Fixtures/localization") throws -> URL {
        try #require(Bundle.module.url(forResource: name, withExtension: ext, subdirectory: folder))
    }

    static func text(_ name: String, _ ext: String, in folder: String = "Fixtures/localization") throws -> String {
        try String(contentsOf: url(name, ext, in: folder), encoding: .utf8)
    }

    static func sample() throws -> POFile { try POFile(parsing: text("sample", "po")) }

    /// sample.po as polib read it.
    struct Expected: Decodable {
        struct Header: Decodable {
            var translatorComments: [String]
            var flags: [String]
            var fields: [[String]]
        }

        struct Entry: Decodable {
            var context: String?
            var id: String
            var idPlural: String?
            var translations: [String]
            var flags: [String]
            var translatorComments: [String]
            var extractedComments: [String]
            var references: [String]
        }

        var header: Header
        var entries: [Entry]
    }

    static func expected() throws -> Expected {
        try JSONDecoder().decode(Expected.self, from: Data(contentsOf: url("sample.expected", "json")))
    }

    /// Compares `actual` with a golden file; on a difference the actual text is saved next to /tmp for review.
    static func expectSame(_ actual: String, golden name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let expected = try text(name, "po")
        if actual != expected {
            let saved = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).actual.po")
            try? actual.write(to: saved, atomically: true, encoding: .utf8)
            Issue.record("writer output differs from \(name).po; actual output saved to \(saved.path)",
                         sourceLocation: sourceLocation)
        }
    }
}
