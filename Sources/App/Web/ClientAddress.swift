import Vapor

extension Request {
    /// The visitor's IP address. Behind a reverse proxy listed in `TRUSTED_PROXIES`, the right-most address in
    /// `X-Forwarded-For` that is not itself a trusted proxy; otherwise the address of the connection. A header from
    /// anyone else is ignored, so nobody can choose the address their throttling key is made from.
    var clientAddress: String? {
        guard let peer = remoteAddress?.ipAddress else { return nil }
        let proxies = application.appConfig.trustedProxies
        guard !proxies.isEmpty, proxies.contains(where: { $0.contains(peer) }) else { return peer }
        let forwarded = headers[.xForwardedFor].flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        for address in forwarded.reversed() {
            guard IPRange.bytes(address) != nil else { return peer }   // garbage: do not trust the rest
            if !proxies.contains(where: { $0.contains(address) }) { return address }
        }
        return peer
    }

    /// The visitor's network: the /24 of an IPv4 address, the /48 of an IPv6 address (rate limits per network).
    var clientNetwork: String? {
        guard let address = clientAddress, let bytes = IPRange.bytes(address) else { return nil }
        return bytes.count == 4 ? bytes.prefix(3).map(String.init).joined(separator: ".") + ".0/24"
            : bytes.prefix(6).map { String(format: "%02x", $0) }.joined() + "::/48"
    }
}
