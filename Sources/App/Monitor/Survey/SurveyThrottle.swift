import Foundation
import SQLKit
import Vapor

/// Limits anonymous online answers per network so that one person cannot stuff the survey; waves with one-time
/// codes need no limit (the code is the strong protection). Refusals are counted per day for the dashboard's flag.
enum SurveyThrottle {
    /// 20 answers per network and hour: a Seniorenbüro's shared computer at an event stays well below.
    static let limiter = RateLimiter(limit: 20, window: 3_600)

    /// nil when the answer may be stored; otherwise the moment from which it may.
    static func refusal(_ req: Request, wave: WaveRow) async throws -> Date? {
        guard !wave.codesRequired else { return nil }
        let salt = try await RateLimiter.salt(rotatingDaily: true, now: req.now, on: req.sql)
        let key = RateLimiter.key("survey|" + (req.clientNetwork ?? "-"), salt: salt)
        guard case let .limited(until) = try await limiter.attempt(key, now: req.now, on: req.sql) else { return nil }
        try await req.sql.raw("""
            INSERT INTO survey_refusals (day, refused) VALUES (\(bind: SurveyDay.iso(req.now)), 1)
            ON CONFLICT (day) DO UPDATE SET refused = survey_refusals.refused + 1
            """).run()
        return until
    }

    /// Days within the wave on which answers were refused, with their number.
    static func refusals(in wave: WaveRow, on sql: any SQLDatabase) async throws -> [(day: String, refused: Int)] {
        try await sql.raw("""
            SELECT day, refused FROM survey_refusals WHERE day >= \(bind: wave.startsOn) AND day <= \(bind: wave.endsOn) ORDER BY day
            """).all().map { (try $0.decode(column: "day", as: String.self), try $0.decode(column: "refused", as: Int.self)) }
    }
}
