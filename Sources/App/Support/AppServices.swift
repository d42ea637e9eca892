import Foundation
import Vapor

// Every app-wide service in one place: each is set once in `configure` (or by its feature's `configure`) and only
// read afterwards. A new service gets its key here, never in the file that uses it.

private enum Keys {
    struct Config: StorageKey { typealias Value = AppConfig }
    struct Clock: StorageKey { typealias Value = AppClock }
    struct Geography: StorageKey { typealias Value = GeographyStore }
    struct Render: StorageKey { typealias Value = RenderCache }
    struct Monitor: StorageKey { typealias Value = MonitorCache }
    struct Metrics: StorageKey { typealias Value = RequestMetrics }
    struct OpenAPI: StorageKey { typealias Value = Data }
    struct Style: StorageKey { typealias Value = Stylesheet }
    struct DummyHash: StorageKey { typealias Value = DummyPasswordHash }
    struct JobList: StorageKey { typealias Value = JobRegistry }
}

extension Application {
    private func required<K: StorageKey>(_ key: K.Type) -> K.Value {
        guard let value = storage[key] else { fatalError("\(K.Value.self) is not configured") }
        return value
    }

    /// The configuration, read once from the environment.
    var appConfig: AppConfig {
        get { storage[Keys.Config.self] ?? AppConfig() }
        set { storage[Keys.Config.self] = newValue }
    }

    /// "Now"; tests set it.
    var clock: AppClock {
        get { required(Keys.Clock.self) }
        set { storage[Keys.Clock.self] = newValue }
    }

    /// The city's geography, in memory.
    var geographyStore: GeographyStore {
        get { required(Keys.Geography.self) }
        set { storage[Keys.Geography.self] = newValue }
    }

    /// Rendered public fragments (Quartier pages, offer lists, listing lists).
    var renderCache: RenderCache {
        get { required(Keys.Render.self) }
        set { storage[Keys.Render.self] = newValue }
    }

    /// The Monitor's computed datasets per wave revision.
    var monitorCache: MonitorCache {
        get { required(Keys.Monitor.self) }
        set { storage[Keys.Monitor.self] = newValue }
    }

    var requestMetrics: RequestMetrics {
        get { required(Keys.Metrics.self) }
        set { storage[Keys.Metrics.self] = newValue }
    }

    var openAPIDocument: Data {
        get { storage[Keys.OpenAPI.self] ?? Data() }
        set { storage[Keys.OpenAPI.self] = newValue }
    }

    var stylesheet: Stylesheet {
        get { required(Keys.Style.self) }
        set { storage[Keys.Style.self] = newValue }
    }

    var dummyPasswordHash: DummyPasswordHash {
        get { required(Keys.DummyHash.self) }
        set { storage[Keys.DummyHash.self] = newValue }
    }

    /// The background jobs of all features.
    var jobs: JobRegistry {
        get { storage[Keys.JobList.self] ?? JobRegistry() }
        set { storage[Keys.JobList.self] = newValue }
    }

    /// The configured mail transport: files when `MAIL_FILE_DIR` is set, otherwise sendmail.
    var mailTransport: any MailTransport {
        if let dir = appConfig.mailFileDirectory { return FileMailTransport(directory: dir) }
        return SendmailTransport(path: appConfig.sendmailPath)
    }
}
