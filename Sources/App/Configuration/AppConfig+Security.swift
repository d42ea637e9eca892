import Foundation

/// Session lifetimes: staff (kiosk, guides, Quartiersmanagement, Koordinierungsstelle, admins) work on shared
/// computers and see other people's data, so their sessions end sooner than residents'.
public struct SessionLimits: Sendable, Equatable {
    public var staffIdle: TimeInterval = 2 * 3_600
    public var staffMaximum: TimeInterval = 12 * 3_600
    public var residentIdle: TimeInterval = 30 * 86_400
    public var residentMaximum: TimeInterval = 90 * 86_400
    public init() {}
}

/// An IPv4 or IPv6 address range ("10.0.0.0/8", "::1", "192.168.1.5").
public struct IPRange: Sendable, Equatable, CustomStringConvertible {
    let network: [UInt8]
    let prefixLength: Int

    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let address = IPRange.bytes(String(parts[0])) else { return nil }
        let maximum = address.count * 8
        var length = maximum
        if parts.count == 2 {
            guard let n = Int(parts[1]), (0...maximum).contains(n) else { return nil }
            length = n
        }
        network = address
        prefixLength = length
    }

    public func contains(_ address: String) -> Bool {
        guard let bytes = IPRange.bytes(address), bytes.count == network.count else { return false }
        var remaining = prefixLength
        for (a, b) in zip(bytes, network) where remaining > 0 {
            let bits = min(8, remaining)
            let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
            if a & mask != b & mask { return false }
            remaining -= bits
        }
        return true
    }

    public var description: String { "\(network.map(String.init).joined(separator: "."))/\(prefixLength)" }

    /// The 4 or 16 bytes of an address (IPv4-mapped IPv6 addresses as IPv4); nil when it is not an address.
    static func bytes(_ text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, text, &v6) == 1 else { return nil }
        let bytes = withUnsafeBytes(of: &v6) { Array($0) }
        if bytes[0..<10].allSatisfy({ $0 == 0 }), bytes[10] == 0xFF, bytes[11] == 0xFF { return Array(bytes[12...]) }
        return bytes
    }
}

extension AppConfig {
    static func readSecuritySettings(_ value: (String) -> String?, into config: inout AppConfig) throws(ConfigurationError) {
        if let list = value("TRUSTED_PROXIES") {
            var ranges: [IPRange] = []
            for item in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
                guard let range = IPRange(item) else {
                    throw ConfigurationError(variable: "TRUSTED_PROXIES",
                                             problem: UIText.text("appConfigSecurity.readSecuritySettings.1", ["value": "\(item.prefix(50))"]))
                }
                ranges.append(range)
            }
            config.trustedProxies = ranges
        }
        if let token = value("METRICS_TOKEN") {
            guard token.count >= 20, token.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else {
                throw ConfigurationError(variable: "METRICS_TOKEN", problem: UIText.text("appConfigSecurity.readSecuritySettings.2"))
            }
            config.metricsToken = token
        }
        func duration(_ variable: String, unit: TimeInterval, range: ClosedRange<Int>) throws(ConfigurationError) -> TimeInterval? {
            guard let raw = value(variable) else { return nil }
            guard let n = Int(raw), range.contains(n) else {
                throw ConfigurationError(variable: variable, problem: UIText.text("appConfigSecurity.duration", ["range": "\(range.lowerBound)", "range2": "\(range.upperBound)"]))
            }
            return Double(n) * unit
        }
        if let t = try duration("SESSION_IDLE_STAFF_MINUTES", unit: 60, range: 5...1_440) { config.sessionLimits.staffIdle = t }
        if let t = try duration("SESSION_MAX_STAFF_HOURS", unit: 3_600, range: 1...168) { config.sessionLimits.staffMaximum = t }
        if let t = try duration("SESSION_IDLE_RESIDENT_DAYS", unit: 86_400, range: 1...365) { config.sessionLimits.residentIdle = t }
        if let t = try duration("SESSION_MAX_RESIDENT_DAYS", unit: 86_400, range: 1...730) { config.sessionLimits.residentMaximum = t }
    }
}
