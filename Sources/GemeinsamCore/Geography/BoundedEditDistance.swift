import Foundation

/// Optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions, no substring
/// edited twice), computed only inside the diagonal band |i − j| ≤ limit and abandoned as soon as a whole
/// row exceeds the limit.
enum BoundedEditDistance {
    /// Three rows of scratch space, each at least `candidate length + 2` long.
    struct Rows {
        var beforePrevious: UnsafeMutableBufferPointer<Int>
        var previous: UnsafeMutableBufferPointer<Int>
        var current: UnsafeMutableBufferPointer<Int>
    }

    /// Runs `body` with rows for candidates up to `maxLength` bytes.
    static func withRows<R>(maxLength: Int, _ body: (Rows) -> R) -> R {
        let width = maxLength + 2
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { buffer in
            buffer.initialize(repeating: 0)
            let base = buffer.baseAddress!
            return body(Rows(beforePrevious: UnsafeMutableBufferPointer(start: base, count: width),
                             previous: UnsafeMutableBufferPointer(start: base + width, count: width),
                             current: UnsafeMutableBufferPointer(start: base + 2 * width, count: width)))
        }
    }

    /// The distance from `a` to `b` (or, with `prefixOfCandidate`, to the closest beginning of `b`)
    /// if it is at most `limit`, else nil. `rows` must be long enough for `b`.
    static func compute(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int,
                        prefixOfCandidate prefix: Bool, rows: Rows) -> Int? {
        let n = a.count
        let m = prefix ? min(b.count, n + limit) : b.count
        if !prefix && abs(n - m) > limit { return nil }
        if prefix && m < n - limit { return nil }
        let infinity = limit + 1
        var r2 = rows.beforePrevious, r1 = rows.previous, r0 = rows.current   // rows i-2, i-1, i

        // Row 0: the distance from the empty string to b[0..<j] is j.
        for j in 0...min(m, limit) { r1[j] = j }
        if limit + 1 <= m { r1[limit + 1] = infinity }
        if n == 0 { return prefix ? 0 : (m <= limit ? m : nil) }

        for i in 1...n {
            let low = max(1, i - limit), high = min(m, i + limit)
            r0[low - 1] = low == 1 && i <= limit ? i : infinity
            var rowMinimum = r0[low - 1]
            if low <= high {
                let ai = a[i - 1]
                for j in low...high {
                    let bj = b[j - 1]
                    var v = r1[j - 1] + (ai == bj ? 0 : 1)
                    let deletion = r1[j] + 1, insertion = r0[j - 1] + 1
                    if deletion < v { v = deletion }
                    if insertion < v { v = insertion }
                    if i > 1 && j > 1 && ai == b[j - 2] && a[i - 2] == bj {
                        let transposition = r2[j - 2] + 1
                        if transposition < v { v = transposition }
                    }
                    if v > infinity { v = infinity }
                    r0[j] = v
                    if v < rowMinimum { rowMinimum = v }
                }
            }
            if high + 1 <= m { r0[high + 1] = infinity }
            if rowMinimum > limit { return nil }
            (r2, r1, r0) = (r1, r0, r2)
        }
        // r1 now holds row n.
        if prefix {
            var best = infinity
            for j in max(0, n - limit)...min(m, n + limit) where r1[j] < best { best = r1[j] }
            return best <= limit ? best : nil
        }
        return r1[m] <= limit ? r1[m] : nil
    }

    /// Convenience for tests: the bounded distance between two strings' UTF-8 bytes.
    static func distance(_ a: String, _ b: String, limit: Int, prefixOfCandidate: Bool = false) -> Int? {
        let x = Array(a.utf8), y = Array(b.utf8)
        return withRows(maxLength: y.count) { rows in
            x.withUnsafeBufferPointer { xa in
                y.withUnsafeBufferPointer { yb in
                    compute(xa, yb, limit: limit, prefixOfCandidate: prefixOfCandidate, rows: rows)
                }
            }
        }
    }
}
