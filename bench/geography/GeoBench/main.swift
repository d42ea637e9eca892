// Benchmark for GemeinsamCore/Geography: street lookup, adjacency, GeoJSON parsing, SVG paths.
// Run from a scratch package (see ../README.md): swift run -c release GeoBench [path/to/dortmund]
import Foundation
import GemeinsamCore

let defaultDirectory = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/App/Resources/Geography/dortmund")
let directory = CommandLine.arguments.count > 1 ? URL(fileURLWithPath: CommandLine.arguments[1]) : defaultDirectory

func seconds(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func format(_ value: Double, _ digits: Int = 3) -> String { String(format: "%.\(digits)f", value) }

let csv = try String(contentsOf: directory.appendingPathComponent("strassen.csv"), encoding: .utf8)
var entries: [StreetEntry] = []
let parseTime = try seconds { entries = try StreetIndex.dortmundFormat(csv: csv) }
var index = StreetIndex(entries: [])
let buildTime = seconds { index = StreetIndex(entries: entries) }
print("streets: \(entries.count), parse \(format(parseTime * 1000, 1)) ms, index build \(format(buildTime * 1000, 1)) ms")

// Query mix from every 7th street: exact name, lower-case beginning, a substituted letter, a swapped pair,
// a dropped letter, plus nonsense. Deterministic, so runs are comparable.
var queries: [String] = []
for (n, entry) in entries.enumerated() where n % 7 == 0 {
    let name = entry.name
    var letters = Array(name.lowercased())
    queries.append(name)
    queries.append(String(letters.prefix(6)))
    if letters.count > 5 {
        let middle = letters.count / 2
        var substituted = letters
        substituted[middle] = substituted[middle] == "x" ? "q" : "x"
        queries.append(String(substituted))
        letters.swapAt(middle, middle + 1)
        queries.append(String(letters))
        letters.swapAt(middle, middle + 1)
        letters.remove(at: middle)
        queries.append(String(letters))
    }
}
queries += ["qwxzjv", "xyzxyzxyz", "blablubstraße", "zzzzzzzzzzzzzz", "abc"]

var hits = 0
_ = queries.prefix(200).map { index.lookup($0) }   // warm-up
let rounds = 5
let lookupTime = seconds {
    for _ in 0..<rounds {
        for q in queries { hits += index.lookup(q).count }
    }
}
let lookups = queries.count * rounds
print("lookups: \(lookups) (\(queries.count) distinct queries × \(rounds)), average \(format(lookupTime / Double(lookups) * 1e6, 1)) µs per lookup, \(hits) matches returned")

var normalisedCharacters = 0
let normaliseTime = seconds { for q in queries { normalisedCharacters += StreetName.normalize(q).utf8.count } }
print("of which normalising the query: \(format(normaliseTime / Double(queries.count) * 1e6, 1)) µs per query")

// Single lookups, to see the spread (the machine may be busy; the median is the robust figure).
var single: [(time: Double, query: String)] = []
for q in queries {
    let t = seconds { _ = index.lookup(q) }
    single.append((t, q))
}
single.sort { $0.time < $1.time }
let median = single[single.count / 2].time, p99 = single[single.count * 99 / 100].time
print("single lookups: median \(format(median * 1e6, 1)) µs, 99th percentile \(format(p99 * 1e6, 1)) µs, slowest \(format(single.last!.time * 1e6, 1)) µs (\"\(single.last!.query)\")")

for (file, expected) in [("unterbezirke", 170), ("statistische_bezirke", 62), ("stadtbezirke", 12)] {
    let data = try Data(contentsOf: directory.appendingPathComponent("\(file).geojson"))
    var features: [GeoFeature] = []
    let readTime = try seconds { features = try GeoJSON.features(from: data) }
    let idKey = file == "stadtbezirke" ? "nr" : "code"
    var shapes: [String: GeoShape] = [:]
    for f in features { shapes[f.properties[idKey] ?? ""] = f.shape }
    var neighbours: [String: [String]] = [:]
    let adjacencyTime = seconds { neighbours = GeoAdjacency.neighbours(of: shapes) }
    let pairs = neighbours.values.reduce(0) { $0 + $1.count } / 2
    let box = features.map(\.shape.boundingBox).reduce(features[0].shape.boundingBox) { $0.union($1) }
    let projection = SVGProjection(box: box, width: 800)
    var pathBytes = 0
    let svgTime = seconds { for f in features { pathBytes += projection.pathData(f.shape).utf8.count } }
    let area = features.reduce(0) { $0 + $1.shape.areaSquareKilometres }
    print("\(file): total area \(format(area, 2)) km²")
    print("\(file): \(features.count)/\(expected) features, read \(format(readTime * 1000, 1)) ms, adjacency \(format(adjacencyTime * 1000, 1)) ms (\(pairs) pairs), SVG paths \(format(svgTime * 1000, 1)) ms (\(pathBytes) bytes at width 800)")
}
