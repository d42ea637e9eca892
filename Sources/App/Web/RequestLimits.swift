import Foundation
import Vapor

/// Bounds on what a request may ask the server to parse, checked on the raw bytes in linear time before any parser
/// sees them: Vapor's form and query parsers take quadratic time on thousands of repeated keys, so one anonymous
/// request could otherwise cost seconds of CPU.
enum RequestLimits {
    /// More parameters than any form or filter of ours sends.
    static let maximumParameters = 200
    /// A key may repeat (checkbox groups: up to all 62 Quartiere), but not without bound.
    static let maximumRepeats = 100
    /// Keys that carry one value: a second one is refused.
    static let scalarKeys: Set<String> = [CSRFMiddleware.fieldName, "q", "seite", noticeParameter]

    enum Problem: Error { case tooManyParameters, repeatedKey }

    /// Checks an `application/x-www-form-urlencoded` text (query string or body): one pass, stops at the limit.
    static func check(_ encoded: some Collection<UInt8>) -> Problem? {
        var counts: [[UInt8]: Int] = [:]
        var key: [UInt8] = []
        var inKey = true
        var pairs = 0
        func finish() -> Problem? {
            defer { key.removeAll(keepingCapacity: true); inKey = true }
            guard !key.isEmpty || !inKey else { return nil }
            pairs += 1
            if pairs > maximumParameters { return .tooManyParameters }
            let n = (counts[key] ?? 0) + 1
            counts[key] = n
            if n > maximumRepeats || (n > 1 && scalarKeys.contains(String(decoding: key, as: UTF8.self))) {
                return .repeatedKey
            }
            return nil
        }
        for byte in encoded {
            if byte == UInt8(ascii: "&") {
                if let problem = finish() { return problem }
            } else if byte == UInt8(ascii: "=") {
                inKey = false
            } else if inKey {
                key.append(byte)
            }
        }
        return finish()
    }

    /// The body of a form POST, collected up to the size limit and checked; a German 4xx otherwise.
    static func collectForm(_ request: Request) async throws -> ByteBuffer? {
        let body = try await collect(request)
        if let body, let problem = check(body.readableBytesView) { throw problem.error }
        return body
    }

    /// The body, collected up to the size limit (413 beyond it).
    static func collect(_ request: Request) async throws -> ByteBuffer? {
        let body: ByteBuffer?
        if let data = request.body.data {
            body = data
        } else {
            body = try await request.body.collect(max: maxRequestBodyBytes).get()
        }
        if let body, body.readableBytes > maxRequestBodyBytes { throw Abort(.payloadTooLarge) }
        return body
    }

    /// The first value of `name` in a url-encoded body, decoded; linear, without building the whole form.
    static func value(of name: String, in body: ByteBuffer?) -> String? {
        guard let body, let text = body.getString(at: body.readerIndex, length: body.readableBytes) else { return nil }
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0] == name else { continue }
            return String(parts[1]).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
        }
        return nil
    }
}

extension RequestLimits.Problem {
    var error: GermanError { GermanError(status: .badRequest, reason: Texts.Errors.tooManyParameters) }
}

/// Refuses query strings with too many or repeated parameters before anything parses them.
struct RequestLimitsMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let query = request.url.query, let problem = RequestLimits.check(Array(query.utf8)) {
            throw problem.error
        }
        return try await next.respond(to: request)
    }
}
