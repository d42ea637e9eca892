@testable import App
import Testing

@Suite struct ConfigurationTests {
    @Test func defaultsWithoutEnvironment() throws {
        let config = try AppConfig.fromEnvironment([:])
        #expect(config.database == .sqlite(path: "./gemeinsam.sqlite"))
        #expect(config.host == "127.0.0.1")
        #expect(config.port == 8080)
        #expect(config.publicURL == "http://localhost:8080")
        #expect(config.secureCookies == false)
    }

    @Test func readsEveryVariable() throws {
        let config = try AppConfig.fromEnvironment([
            "DATABASE_URL": "postgres://g:pw@db.example:5432/gemeinsam", "HOST": "0.0.0.0", "PORT": "9000",
            "PUBLIC_URL": "https://gemeinsam.dortmund.de/", "SECURE_COOKIES": "true", "SQLITE_PATH": "/ignored",
        ])
        #expect(config.database == .postgres(url: "postgres://g:pw@db.example:5432/gemeinsam"))
        #expect(config.host == "0.0.0.0")
        #expect(config.port == 9000)
        #expect(config.publicURL == "https://gemeinsam.dortmund.de")
        #expect(config.secureCookies)
    }

    @Test func sqlitePathWhenNoDatabaseURL() throws {
        #expect(try AppConfig.fromEnvironment(["SQLITE_PATH": "/data/g.sqlite"]).database == .sqlite(path: "/data/g.sqlite"))
    }

    @Test(arguments: [
        ("DATABASE_URL", "mysql://x@y/z"), ("DATABASE_URL", "postgres://"), ("PORT", "80a"), ("PORT", "70000"),
        ("SECURE_COOKIES", "vielleicht"), ("PUBLIC_URL", "ftp://x"), ("HOST", "bad host!"),
        ("PAGE_CACHE_SECONDS", "eine Minute"), ("PAGE_CACHE_SECONDS", "-1"),
    ])
    func malformedValueNamesTheVariable(variable: String, value: String) {
        // act
        let error = #expect(throws: ConfigurationError.self) { try AppConfig.fromEnvironment([variable: value]) }
        // check: one line, naming the variable, without the value of a secret
        #expect(error?.variable == variable)
        #expect(error?.description.hasPrefix("Konfigurationsfehler: \(variable)") == true)
        #expect(error?.description.contains("\n") == false)
    }
}
