import Foundation
import Vapor

// After a successful POST every page redirects (303) to where the person continues, optionally with a notice key
// (`?hinweis=…`). The page there shows the notice's text from its pillar's fixed list, so only our own texts can
// appear — never text from the address.

/// The query parameter that carries a notice key.
let noticeParameter = "hinweis"

extension Response {
    /// 303 to `path` with an optional notice key, further query items and an anchor.
    static func seeOther(_ path: String, notice: String? = nil, query: [(String, String)] = [],
                         anchor: String? = nil) -> Response {
        let items = (notice.map { [(noticeParameter, $0)] } ?? []) + query
        var target = path
        if !items.isEmpty {
            target += "?" + items.map { "\($0.0)=\(QueryText.escape($0.1))" }.joined(separator: "&")
        }
        if let anchor { target += "#" + anchor }
        let response = Response(status: .seeOther)
        response.headers.replaceOrAdd(name: .location, value: target)
        return response
    }

    static func seeOther(_ url: SiteURL, notice: String? = nil, query: [(String, String)] = [],
                         anchor: String? = nil) -> Response {
        seeOther(url.path, notice: notice, query: query, anchor: anchor)
    }
}

extension Request {
    /// The notice key of this request (`?hinweis=…`), if any.
    var noticeKey: String? { try? query.get(String.self, at: noticeParameter) }

    /// The text for the notice key from a fixed list of texts; nil when there is none or the key is unknown.
    func notice(from texts: [String: String]) -> String? { noticeKey.flatMap { texts[$0] } }
}

/// Percent-encoding of query values: only ASCII letters, digits and -._~ stay as they are.
enum QueryText {
    private static let allowed: CharacterSet = {
        var set = CharacterSet()
        set.insert(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return set
    }()

    static func escape(_ value: String) -> String { value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "" }
}
