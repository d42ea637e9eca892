import Foundation

/// A street with the Unterbezirke (or other areas) it touches.
public struct StreetEntry: Sendable {
    /// Readable name ("Oesterholzstraße").
    public var name: String
    /// Area codes with the number of address points of this street in each, largest first as given.
    public var subdistricts: [(code: String, addressPoints: Int)]
    /// The name as written in the source register ("OESTERHOLZSTRAßE"), if known.
    public var registerName: String?
    /// The register's street key, if known.
    public var key: String?

    public init(name: String, subdistricts: [(code: String, addressPoints: Int)], registerName: String? = nil, key: String? = nil) {
        self.name = name
        self.subdistricts = subdistricts
        self.registerName = registerName
        self.key = key
    }

    public var totalAddressPoints: Int { subdistricts.reduce(0) { $0 + $1.addressPoints } }
}

public struct StreetMatch: Sendable {
    public enum Kind: Int, Sendable, Comparable {
        /// The normalised names are equal.
        case exact
        /// The query is the beginning of the name ("oesterholz" → Oesterholzstraße).
        case prefix
        /// The whole name is within the allowed edit distance.
        case typo
        /// The beginning of the name is within the allowed edit distance ("osterholz" → Oesterholzstraße).
        case prefixTypo

        public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    public var entry: StreetEntry
    /// Damerau–Levenshtein (optimal string alignment) distance of the normalised query to the normalised
    /// name (`typo`) or to its closest beginning (`prefixTypo`); 0 for `exact` and `prefix`.
    public var distance: Int
    public var exact: Bool
    public var kind: Kind

    public init(entry: StreetEntry, distance: Int, exact: Bool, kind: Kind? = nil) {
        self.entry = entry
        self.distance = distance
        self.exact = exact
        self.kind = kind ?? (exact ? .exact : (distance == 0 ? .prefix : .typo))
    }
}

/// Street lookup for residents typing their street: exact, beginning, then small typos.
public struct StreetIndex: Sendable {
    public let entries: [StreetEntry]
    /// Normalised names as UTF-8 bytes (practically ASCII after folding), all in one buffer so the
    /// typo passes run without per-name allocations; key i is `keyBytes[keyOffsets[i]..<keyOffsets[i + 1]]`.
    private let keyBytes: [UInt8]
    private let keyOffsets: [Int]
    /// For key i, the letter sets of its beginnings of length 0…count, stored from `keyOffsets[i] + i`.
    /// They let the typo passes skip names that lack too many of the query's letters.
    private let prefixLetterSets: [UInt32]
    private let longestKey: Int
    private let exactMatches: [String: [Int]]
    /// Entry indices sorted by key, for prefix search by binary search.
    private let sortedByKey: [Int]
    /// Entry indices by key length, for the whole-name typo pass.
    private let byLength: [[Int]]

    public init(entries: [StreetEntry]) {
        self.entries = entries
        let normalised = entries.map { StreetName.normalize($0.name) }
        let keys = normalised.map { Array($0.utf8) }
        var bytes: [UInt8] = [], offsets: [Int] = [0], sets: [UInt32] = []
        for key in keys {
            bytes += key
            offsets.append(bytes.count)
            var set: UInt32 = 0
            sets.append(set)
            for byte in key {
                set |= Self.letterBit(byte)
                sets.append(set)
            }
        }
        keyBytes = bytes
        keyOffsets = offsets
        prefixLetterSets = sets
        longestKey = keys.map(\.count).max() ?? 0
        var exact: [String: [Int]] = [:]
        for (i, key) in normalised.enumerated() where !key.isEmpty { exact[key, default: []].append(i) }
        exactMatches = exact
        sortedByKey = keys.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }
        var buckets = [[Int]](repeating: [], count: longestKey + 1)
        for (i, key) in keys.enumerated() { buckets[key.count].append(i) }
        byLength = buckets
    }

    /// Reads the Dortmund `strassen.csv` ("street,street_key,unterbezirke", the last column like
    /// "613:12 614:3"). `street_key` is optional. Errors name the line.
    public static func dortmundFormat(csv text: String) throws -> [StreetEntry] {
        let table = try CSV.Table(text: text)
        try table.requireColumns(["street", "unterbezirke"])
        var entries: [StreetEntry] = []
        entries.reserveCapacity(table.rows.count)
        for (n, row) in table.rows.enumerated() {
            let line = n + 2
            let street = (table.value(row, "street") ?? "").trimmingCharacters(in: .whitespaces)
            guard !street.isEmpty else { throw CSV.ParseError(line: line, message: "Die Spalte „street“ ist leer.") }
            let areas = (table.value(row, "unterbezirke") ?? "").split(whereSeparator: \.isWhitespace)
            guard !areas.isEmpty else { throw CSV.ParseError(line: line, message: "Die Spalte „unterbezirke“ ist leer.") }
            var subdistricts: [(code: String, addressPoints: Int)] = []
            for item in areas {
                let pieces = item.split(separator: ":", omittingEmptySubsequences: false)
                guard pieces.count == 2, !pieces[0].isEmpty, let count = Int(pieces[1]), count >= 0 else {
                    throw CSV.ParseError(line: line, message: "Der Eintrag „\(item)“ in „unterbezirke“ hat nicht die Form Code:Anzahl (z. B. 613:12).")
                }
                subdistricts.append((String(pieces[0]), count))
            }
            let key = table.value(row, "street_key").flatMap { $0.isEmpty ? nil : $0 }
            entries.append(StreetEntry(name: StreetName.displayName(street), subdistricts: subdistricts,
                                       registerName: street, key: key))
        }
        return entries
    }

    /// Best matches: exact normalised match first; then prefix matches (shorter names first); then small
    /// typos of the whole name (Damerau–Levenshtein distance ≤ 1 for queries under 8 normalised
    /// characters, ≤ 2 for longer); then, if room is left, the same typos within the beginning of a name.
    /// Within a group: smaller distance first, then alphabetical. A query under 3 normalised characters → [].
    public func lookup(_ query: String, limit: Int = 8) -> [StreetMatch] {
        let normalised = StreetName.normalize(query)
        let q = Array(normalised.utf8)
        guard q.count >= 3, limit > 0 else { return [] }
        let maxDistance = q.count < 8 ? 1 : 2

        var taken = [Bool](repeating: false, count: entries.count)
        var results: [StreetMatch] = []
        func add(_ found: [(index: Int, distance: Int)], kind: StreetMatch.Kind) {
            let ordered = found.sorted { a, b in
                if a.distance != b.distance { return a.distance < b.distance }
                let lengthA = keyOffsets[a.index + 1] - keyOffsets[a.index]
                let lengthB = keyOffsets[b.index + 1] - keyOffsets[b.index]
                if kind == .prefix && lengthA != lengthB { return lengthA < lengthB }
                return entries[a.index].name < entries[b.index].name
            }
            for item in ordered where results.count < limit && !taken[item.index] {
                taken[item.index] = true
                results.append(StreetMatch(entry: entries[item.index], distance: item.distance,
                                           exact: kind == .exact, kind: kind))
            }
        }

        add((exactMatches[normalised] ?? []).map { ($0, 0) }, kind: .exact)
        if results.count < limit { add(prefixMatches(q).map { ($0, 0) }, kind: .prefix) }
        guard results.count < limit else { return results }

        var queryLetters: UInt32 = 0
        for byte in q { queryLetters |= Self.letterBit(byte) }
        BoundedEditDistance.withRows(maxLength: longestKey) { rows in
            keyBytes.withUnsafeBufferPointer { all in
                q.withUnsafeBufferPointer { query in
                    func key(_ i: Int) -> UnsafeBufferPointer<UInt8> {
                        UnsafeBufferPointer(rebasing: all[keyOffsets[i]..<keyOffsets[i + 1]])
                    }
                    // Each letter of one string missing from the other costs at least one edit.
                    var typos: [(index: Int, distance: Int)] = []
                    for length in max(0, q.count - maxDistance)...(q.count + maxDistance) where length < byLength.count {
                        for i in byLength[length] where !taken[i] {
                            let letters = prefixLetterSets[keyOffsets[i] + i + length]
                            guard (queryLetters & ~letters).nonzeroBitCount <= maxDistance,
                                  (letters & ~queryLetters).nonzeroBitCount <= maxDistance else { continue }
                            if let d = BoundedEditDistance.compute(query, key(i), limit: maxDistance,
                                                                   prefixOfCandidate: false, rows: rows) {
                                typos.append((i, d))
                            }
                        }
                    }
                    add(typos, kind: .typo)
                    guard results.count < limit else { return }

                    var prefixTypos: [(index: Int, distance: Int)] = []
                    for i in entries.indices where !taken[i] {
                        let length = keyOffsets[i + 1] - keyOffsets[i]
                        guard length >= q.count - maxDistance else { continue }
                        let letters = prefixLetterSets[keyOffsets[i] + i + min(length, q.count + maxDistance)]
                        guard (queryLetters & ~letters).nonzeroBitCount <= maxDistance else { continue }
                        if let d = BoundedEditDistance.compute(query, key(i), limit: maxDistance,
                                                               prefixOfCandidate: true, rows: rows) {
                            prefixTypos.append((i, d))
                        }
                    }
                    add(prefixTypos, kind: .prefixTypo)
                }
            }
        }
        return results
    }

    private func key(_ i: Int) -> ArraySlice<UInt8> { keyBytes[keyOffsets[i]..<keyOffsets[i + 1]] }

    private func prefixMatches(_ q: [UInt8]) -> [Int] {
        var low = 0, high = sortedByKey.count
        while low < high {
            let mid = (low + high) / 2
            if key(sortedByKey[mid]).lexicographicallyPrecedes(q) { low = mid + 1 } else { high = mid }
        }
        var found: [Int] = []
        var i = low
        while i < sortedByKey.count {
            let candidate = key(sortedByKey[i])
            guard candidate.count >= q.count, candidate.starts(with: q) else { break }
            if candidate.count > q.count { found.append(sortedByKey[i]) }
            i += 1
        }
        return found
    }

    /// a–z get one bit each, digits share one, other bytes share five.
    private static func letterBit(_ byte: UInt8) -> UInt32 {
        switch byte {
        case 97...122: return 1 << UInt32(byte - 97)
        case 48...57: return 1 << 26
        default: return 1 << (27 + UInt32(byte % 5))
        }
    }
}
