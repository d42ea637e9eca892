import Foundation

/// Everything the app reads from its environment, read once at start-up.
public struct AppConfig: Sendable, Equatable {
    public enum Database: Sendable, Equatable {
        case sqlite(path: String)
        case postgres(url: String)
    }

    public var database: Database
    public var host: String
    public var port: Int
    /// The address residents see, used in links that leave the site (calendars, notices, OpenAPI `servers`).
    public var publicURL: String
    public var secureCookies: Bool
    /// Where the Dortmund (or another city's) geography is read from on first start.
    public var geographyDirectory: String?
    /// Whether an empty database receives the sample content ("Beispiel") on first start.
    public var seedSampleContent: Bool
    /// bcrypt cost; lowered only in tests.
    public var passwordCost: Int
    /// PostgreSQL schema to use instead of `public`; tests give each test its own.
    public var postgresSchema: String?
    /// Mail (Nachbarschaftsbörse): the sendmail binary, or a directory for .eml files instead (development, tests).
    public var sendmailPath = "/usr/sbin/sendmail"
    public var mailFileDirectory: String?
    /// Sender address of notifications; nil: "Gemeinsam Dortmund <noreply@HOST of PUBLIC_URL>".
    public var mailFrom: String?
    /// Where readers report problems with a translation or a text (`CONTACT_EMAIL`); no address line without it.
    public var contactEmail: String?
    /// The city's video in German Sign Language for the start page (`DGS_VIDEO_URL`, an https address or a path
    /// under this site), with optional captions (`DGS_VIDEO_CAPTIONS_URL`, WebVTT).
    public var signLanguageVideoURL: String?
    public var signLanguageCaptionsURL: String?
    /// Seconds between background runs (mail delivery, expiry); 0 switches the background work off.
    public var backgroundIntervalSeconds = 30
    /// Hour (Europe/Berlin) from which the daily digest is sent by the background work; nil: only by command.
    public var digestHour: Int? = 7
    /// Seconds the rendered listing lists of the Börse are kept (changes through the forms show at once); 0 = off.
    public var listCacheSeconds = 10
    /// Seconds the rendered main content of the Quartier page and the offer lists is kept (0 = off).
    public var pageCacheSeconds = 60
    /// When set, demo accounts for every role are created with this password (demonstrations and browser tests only).
    public var demoAccountsPassword: String?
    /// Reverse proxies whose `X-Forwarded-For` is believed (addresses or CIDR ranges); others' is ignored.
    public var trustedProxies: [IPRange] = []
    /// Bearer token for `/metrics`; without it `/metrics` answers 404.
    public var metricsToken: String?
    /// How long a session lives without a request, and at most, for staff roles and for residents.
    public var sessionLimits = SessionLimits()

    public init(
        database: Database = .sqlite(path: "./gemeinsam.sqlite"),
        host: String = "127.0.0.1",
        port: Int = 8080,
        publicURL: String? = nil,
        secureCookies: Bool = false,
        geographyDirectory: String? = nil,
        seedSampleContent: Bool = true,
        passwordCost: Int = 12
    ) {
        self.database = database
        self.host = host
        self.port = port
        self.publicURL = publicURL ?? "http://localhost:\(port)"
        self.secureCookies = secureCookies
        self.geographyDirectory = geographyDirectory
        self.seedSampleContent = seedSampleContent
        self.passwordCost = passwordCost
        self.postgresSchema = nil
    }
}

/// A configuration value that cannot be used; its description is the one line shown at start-up.
public struct ConfigurationError: Error, Equatable, CustomStringConvertible {
    public var variable: String
    public var problem: String
    public var description: String { "Konfigurationsfehler: \(variable) – \(problem)" }
}

extension AppConfig {
    /// Reads the configuration from environment variables. Unknown variables are ignored.
    public static func fromEnvironment(_ env: [String: String]) throws(ConfigurationError) -> AppConfig {
        func value(_ name: String) -> String? {
            guard let raw = env[name]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
            return raw
        }

        var config = AppConfig()

        if let url = value("DATABASE_URL") {
            guard let parsed = URLComponents(string: url),
                  let scheme = parsed.scheme, ["postgres", "postgresql"].contains(scheme),
                  let host = parsed.host, !host.isEmpty,
                  parsed.path.count > 1
            else {
                throw ConfigurationError(
                    variable: "DATABASE_URL",
                    problem: UIText.text("appConfig.value.1"))
            }
            config.database = .postgres(url: url)
        } else if let path = value("SQLITE_PATH") {
            config.database = .sqlite(path: path)
        }

        if let host = value("HOST") {
            guard host.allSatisfy({ $0.isLetter || $0.isNumber || ".:-[]".contains($0) }) else {
                throw ConfigurationError(variable: "HOST", problem: UIText.text("appConfig.value.2"))
            }
            config.host = host
        }
        if let port = value("PORT") {
            guard let number = Int(port), (1...65535).contains(number) else {
                throw ConfigurationError(variable: "PORT", problem: UIText.text("appConfig.value.3"))
            }
            config.port = number
        }
        if let url = value("PUBLIC_URL") {
            guard let parsed = URLComponents(string: url), ["http", "https"].contains(parsed.scheme ?? ""),
                  parsed.host?.isEmpty == false
            else {
                throw ConfigurationError(variable: "PUBLIC_URL", problem: UIText.text("appConfig.value.4"))
            }
            config.publicURL = url.hasSuffix("/") ? String(url.dropLast()) : url
        } else {
            config.publicURL = "http://localhost:\(config.port)"
        }
        if let secure = value("SECURE_COOKIES") {
            config.secureCookies = try parseBool(secure, variable: "SECURE_COOKIES")
        }
        if let dir = value("GEOGRAPHY_DIR") {
            config.geographyDirectory = dir
        }
        if let seed = value("SEED_SAMPLE") {
            config.seedSampleContent = try parseBool(seed, variable: "SEED_SAMPLE")
        }
        try readExchangeSettings(value, into: &config)
        try readSecuritySettings(value, into: &config)
        return config
    }

    private static func readExchangeSettings(_ value: (String) -> String?, into config: inout AppConfig) throws(ConfigurationError) {
        if let path = value("SENDMAIL_PATH") {
            guard path.hasPrefix("/"), !path.contains("\n") else {
                throw ConfigurationError(variable: "SENDMAIL_PATH", problem: UIText.text("appConfig.readExchangeSettings.1"))
            }
            config.sendmailPath = path
        }
        config.mailFileDirectory = value("MAIL_FILE_DIR")
        if let from = value("MAIL_FROM") {
            let address = from.split(separator: "<").last.map { $0.replacingOccurrences(of: ">", with: "") } ?? from
            guard !from.contains("\n"), !from.contains("\r"), address.split(separator: "@").count == 2,
                  !address.contains(" ") else {
                throw ConfigurationError(variable: "MAIL_FROM", problem: UIText.text("appConfig.readExchangeSettings.2"))
            }
            config.mailFrom = from
        }
        if let contact = value("CONTACT_EMAIL") {
            guard contact.split(separator: "@").count == 2, !contact.contains(where: \.isWhitespace) else {
                throw ConfigurationError(variable: "CONTACT_EMAIL", problem: UIText.text("appConfig.readExchangeSettings.3"))
            }
            config.contactEmail = contact
        }
        for (variable, keyPath) in [("DGS_VIDEO_URL", \AppConfig.signLanguageVideoURL),
                                    ("DGS_VIDEO_CAPTIONS_URL", \AppConfig.signLanguageCaptionsURL)] {
            guard let address = value(variable) else { continue }
            guard (address.hasPrefix("https://") || address.hasPrefix("/")), !address.contains(where: \.isWhitespace),
                  !address.contains("\"") else {
                throw ConfigurationError(variable: variable, problem: UIText.text("appConfig.videoAddress"))
            }
            config[keyPath: keyPath] = address
        }
        if let interval = value("BACKGROUND_INTERVAL") {
            guard let seconds = Int(interval), (0...86_400).contains(seconds) else {
                throw ConfigurationError(variable: "BACKGROUND_INTERVAL", problem: UIText.text("appConfig.readExchangeSettings.4"))
            }
            config.backgroundIntervalSeconds = seconds
        }
        if let hour = value("DIGEST_HOUR") {
            if ["aus", "off", "none"].contains(hour.lowercased()) {
                config.digestHour = nil
            } else {
                guard let h = Int(hour), (0...23).contains(h) else {
                    throw ConfigurationError(variable: "DIGEST_HOUR", problem: UIText.text("appConfig.readExchangeSettings.5"))
                }
                config.digestHour = h
            }
        }
        func cacheSeconds(_ variable: String) throws(ConfigurationError) -> Int? {
            guard let seconds = value(variable) else { return nil }
            guard let n = Int(seconds), (0...3_600).contains(n) else {
                throw ConfigurationError(variable: variable, problem: UIText.text("appConfig.cacheSeconds.1"))
            }
            return n
        }
        if let n = try cacheSeconds("LIST_CACHE_SECONDS") { config.listCacheSeconds = n }
        if let n = try cacheSeconds("PAGE_CACHE_SECONDS") { config.pageCacheSeconds = n }
        if let password = value("DEMO_ACCOUNTS_PASSWORD") {
            guard password.count >= 10 else {
                throw ConfigurationError(variable: "DEMO_ACCOUNTS_PASSWORD", problem: UIText.text("appConfig.cacheSeconds.2"))
            }
            config.demoAccountsPassword = password
        }
    }

    /// The sender of notification mails.
    public var mailSender: String {
        if let mailFrom { return mailFrom }
        let host = URLComponents(string: publicURL)?.host ?? "localhost"
        return "Gemeinsam Dortmund <noreply@\(host)>"
    }

    static func parseBool(_ raw: String, variable: String) throws(ConfigurationError) -> Bool {
        switch raw.lowercased() {
        case "true", "1", "yes", "ja": return true
        case "false", "0", "no", "nein": return false
        default: throw ConfigurationError(variable: variable, problem: "erwartet true oder false")
        }
    }
}
