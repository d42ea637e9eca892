import Foundation
import GemeinsamCore
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// What the monitor estimates.
enum MonitorOutcome: String, CaseIterable, Sendable {
    /// UCLA-3 mean above „manchmal“ (Einsamkeitsbarometer definition).
    case ucla
    /// De Jong Gierveld total 2 or more (mäßig or stark einsam).
    case djg
    /// Direct item „oft“ or „immer“.
    case direct = "direkt"

    var label: String {
        switch self {
        case .ucla: "einsamkeitsbelastet (UCLA-3, Mittelwert über „manchmal“)"
        case .djg: "einsam nach De-Jong-Gierveld-Skala (mäßig oder stark)"
        case .direct: "fühlt sich oft oder immer einsam (direkte Frage)"
        }
    }
    var shortLabel: String {
        switch self {
        case .ucla: "einsamkeitsbelastet (UCLA-3)"
        case .djg: "einsam (De Jong Gierveld)"
        case .direct: "oft oder immer einsam"
        }
    }
}

/// Life situations shown as risk factors: answer key, and which answers count as „ja“.
enum RiskFactor: CaseIterable, Sendable {
    case livingAlone, moneyWorries, jobSeeking, migration, disability, singleParent

    var label: String {
        switch self {
        case .livingAlone: "lebt allein"
        case .moneyWorries: "häufig Geldsorgen"
        case .jobSeeking: "sucht Arbeit"
        case .migration: "eingewandert oder geflüchtet"
        case .disability: "Behinderung oder lang andauernde Erkrankung"
        case .singleParent: "alleinerziehend"
        }
    }

    /// "ja", "nein" or "" (no answer or „möchte ich nicht sagen“).
    func group(_ answers: SurveyAnswers) -> String { group { answers[$0] } }

    func group(_ answer: (String) -> String?) -> String {
        switch self {
        case .jobSeeking:
            guard let work = answer(QuestionKey.work), work != "keine_angabe" else { return "" }
            return work == "arbeitsuchend" ? "ja" : "nein"
        default:
            let key: String = switch self {
            case .livingAlone: QuestionKey.livingAlone
            case .moneyWorries: QuestionKey.moneyWorries
            case .migration: QuestionKey.migration
            case .disability: QuestionKey.disability
            default: QuestionKey.singleParent
            }
            let value = answer(key)
            return value == "ja" || value == "nein" ? value! : ""
        }
    }
}

/// One wave's answers prepared for the statistics: one array per variable, the raking weights and how they were
/// made. Built once per wave revision and margin set and kept in memory (`MonitorCache`).
struct MonitorDataset: Sendable {
    struct Weighting: Sendable {
        var marginName: String
        var marginSource: String
        var marginDate: String?
        var variables: [String]
        var adjustments: [MonitorStats.MarginAdjustment]
        var result: SurveyStats.RakingResult?
        /// German reason when the answers could not be weighted.
        var problem: String?
    }

    let waveID: UUID
    let count: Int
    let quartierIDs: [Int?]
    let districtIDs: [Int?]
    let quartierNames: [String]
    let districtNames: [String]
    let channels: [SurveyQueries.Channel]
    let ageLabels: [String]
    let outcomes: [MonitorOutcome: [Bool?]]
    let risks: [RiskFactor: [String]]
    /// Bit k set: wish option k chosen.
    let wishes: [UInt64]
    let wishOptions: [Questionnaire.Option]
    let weights: [Double]
    let weighting: Weighting
    let counts: MonitorCounts
    let isSample: Bool
    let builtInMilliseconds: Double

    static let ageLabel: [String: String] = ["18-29": "18–29", "30-44": "30–44", "45-64": "45–64", "65-79": "65–79", "80+": "80+"]
    static let ageOrder = ["18–29", "30–44", "45–64", "65–79", "80+"]

    static func build(wave: WaveRecord, questionnaire: Questionnaire, rows: [SurveyQueries.ResponseRow],
                      margins: MarginChoice, geography: GeographySnapshot, isSample: Bool) -> MonitorDataset {
        let start = DispatchTime.now()
        let n = rows.count
        var quartierIDs = [Int?](repeating: nil, count: n)
        var districtIDs = [Int?](repeating: nil, count: n)
        var quartierNames = [String](repeating: "", count: n)
        var districtNames = [String](repeating: "", count: n)
        var channels = [SurveyQueries.Channel](repeating: .online, count: n)
        var ageLabels = [String](repeating: "", count: n)
        var ageKeys = [String](repeating: "", count: n)
        var genderKeys = [String](repeating: "", count: n)
        var outcomes: [MonitorOutcome: [Bool?]] = [:]
        for o in MonitorOutcome.allCases { outcomes[o] = [Bool?](repeating: nil, count: n) }
        var risks: [RiskFactor: [String]] = [:]
        for r in RiskFactor.allCases { risks[r] = [String](repeating: "", count: n) }
        var wishes = [UInt64](repeating: 0, count: n)
        let wishOptions = Array((questionnaire.question(QuestionKey.wishes)?.choices ?? []).prefix(64))
        var wishIndex: [String: Int] = [:]
        for (k, option) in wishOptions.enumerated() { wishIndex[option.key] = k }

        for (i, row) in rows.enumerated() {
            channels[i] = row.channel
            if let id = row.areaID, let quartier = geography.areas[id] {
                quartierIDs[i] = id
                quartierNames[i] = quartier.name
                if let district = geography.parent(of: quartier) {
                    districtIDs[i] = district.id
                    districtNames[i] = district.name
                }
            }
            let a = MonitorRowAnswers(row.answers, wishIndex: wishIndex)
            ageKeys[i] = a.age
            ageLabels[i] = ageLabel[a.age] ?? ""
            genderKeys[i] = a.gender
            let ucla = SurveyStats.UCLA3Answers(lackCompanionship: a.ucla[0], leftOut: a.ucla[1], isolated: a.ucla[2]).score
            let djg = SurveyStats.DJGAnswers(e1: a.djg[0], e2: a.djg[1], e3: a.djg[2], s1: a.djg[3], s2: a.djg[4], s3: a.djg[5]).score
            outcomes[.ucla]![i] = ucla.burdened
            outcomes[.djg]![i] = djg.total.map { $0 >= 2 }
            outcomes[.direct]![i] = a.direct.map(\.isFrequent)
            for r in RiskFactor.allCases { risks[r]![i] = r.group(a.value) }
            wishes[i] = a.wishes
        }

        let labels: [String: [String]] = ["stadtbezirk": districtNames, "altersgruppe": ageKeys, "geschlecht": genderKeys]
        var weighting = Weighting(marginName: margins.name, marginSource: margins.source, marginDate: margins.asOf,
                                  variables: [], adjustments: [], result: nil, problem: nil)
        var weights = [Double](repeating: 1, count: n)
        if n > 0 {
            do {
                let prepared = try MonitorStats.prepareMargins(rows: margins.rows, labels: labels)
                weighting.adjustments = prepared.adjustments
                if let margins = prepared.margins {
                    weighting.variables = margins.variables.map(\.name)
                    let result = try SurveyStats.rake(labels: prepared.labels, margins: margins)
                    weighting.result = result
                    if result.converged {
                        weights = result.weights
                    } else {
                        weighting.problem = "Die Gewichtung ist nach \(result.iterations) Durchgängen nicht konvergiert."
                    }
                } else {
                    weighting.problem = German.Monitor.unweighted
                }
            } catch {
                weighting.problem = error.description
            }
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
        return MonitorDataset(waveID: wave.id, count: n, quartierIDs: quartierIDs, districtIDs: districtIDs,
                              quartierNames: quartierNames, districtNames: districtNames, channels: channels,
                              ageLabels: ageLabels, outcomes: outcomes, risks: risks, wishes: wishes,
                              wishOptions: wishOptions, weights: weights, weighting: weighting,
                              counts: MonitorCounts.build(quartierIDs: quartierIDs, channels: channels, geography: geography),
                              isSample: isSample,
                              builtInMilliseconds: elapsed)
    }

    var isWeighted: Bool { weighting.problem == nil && weighting.result != nil }
}

/// The population margins a wave is weighted to.
struct MarginChoice: Sendable {
    var id: UUID?
    var name: String
    var source: String
    var asOf: String?
    var rows: [SurveyStats.Margins.Row]

    /// The Stadtbezirke's population from the geography (always available).
    static func builtIn(_ geography: GeographySnapshot) -> MarginChoice {
        let districts = geography.all(.district).filter { ($0.population ?? 0) > 0 }
        let dates = Set(districts.compactMap(\.populationDate))
        let sources = Set(districts.compactMap(\.populationSource))
        return MarginChoice(
            id: nil, name: German.Monitor.builtinMargins,
            source: sources.sorted().joined(separator: "; "),
            asOf: dates.count == 1 ? dates.first : dates.sorted().last,
            rows: districts.map { .init(variable: "stadtbezirk", category: $0.name, population: Double($0.population!)) })
    }

    static func load(for wave: WaveRecord, geography: GeographySnapshot, on sql: any SQLDatabase) async throws -> MarginChoice {
        if let id = wave.marginSetID, let set = try await SurveyQueries.marginSets(on: sql).first(where: { $0.id == id }) {
            return MarginChoice(id: id, name: set.name, source: set.source, asOf: set.asOf,
                                rows: try await SurveyQueries.marginRows(set: id, on: sql))
        }
        return builtIn(geography)
    }
}

/// Datasets and tables per wave revision, kept in memory so that the dashboard does not recompute estimates on
/// every request. A new answer counts up the wave's revision, so the next request builds afresh.
final class MonitorCache: Sendable {
    private struct Entry: Sendable {
        var key: String
        var dataset: MonitorDataset
        var tables: [MonitorOutcome: MonitorTables]
        var used: UInt64
    }
    private let entries = NIOLockedValueBox<[String: Entry]>([:])
    private let clock = NIOLockedValueBox<UInt64>(0)
    static let capacity = 6

    static func key(wave: WaveRecord, margins: MarginChoice) -> String {
        "\(wave.id)|\(wave.revision)|\(margins.id?.uuidString ?? "builtin")"
    }

    func dataset(key: String) -> MonitorDataset? {
        let tick = clock.withLockedValue { $0 += 1; return $0 }
        return entries.withLockedValue { entries in
            entries[key]?.used = tick
            return entries[key]?.dataset
        }
    }

    func store(_ dataset: MonitorDataset, key: String) {
        let tick = clock.withLockedValue { $0 += 1; return $0 }
        entries.withLockedValue { entries in
            entries[key] = Entry(key: key, dataset: dataset, tables: [:], used: tick)
            while entries.count > Self.capacity, let oldest = entries.values.min(by: { $0.used < $1.used }) {
                entries[oldest.key] = nil
            }
        }
    }

    func tables(key: String, outcome: MonitorOutcome) -> MonitorTables? {
        entries.withLockedValue { $0[key]?.tables[outcome] }
    }

    func store(_ tables: MonitorTables, key: String, outcome: MonitorOutcome) {
        entries.withLockedValue { $0[key]?.tables[outcome] = tables }
    }

    func clear() { entries.withLockedValue { $0 = [:] } }
}
/// The answers of one stored response as the statistics need them, read straight from the stored text
/// (`AnswerCodec` format) without building a dictionary: 50,000 answers are read in a few milliseconds.
struct MonitorRowAnswers {
    var age = ""
    var gender = ""
    var ucla: [SurveyStats.Frequency?] = [nil, nil, nil]
    var djg: [SurveyStats.DJGAnswer?] = [nil, nil, nil, nil, nil, nil]
    var direct: SurveyStats.DirectLonelinessAnswer?
    var wishes: UInt64 = 0
    private var others: [(String, String)] = []

    init(_ text: String, wishIndex: [String: Int]) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: ";") { end += 1 }
                var eq = start
                while eq < end, bytes[eq] != UInt8(ascii: "=") { eq += 1 }
                if eq < end {
                    let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<eq]), as: UTF8.self)
                    let value = UnsafeBufferPointer(rebasing: bytes[(eq + 1)..<end])
                    set(key, value, wishIndex: wishIndex)
                }
                start = end + 1
            }
        }
    }

    private mutating func set(_ key: String, _ value: UnsafeBufferPointer<UInt8>, wishIndex: [String: Int]) {
        func text() -> String { String(decoding: value, as: UTF8.self) }
        func digit() -> Int? { value.count == 1 && value[0] >= 0x31 && value[0] <= 0x35 ? Int(value[0] - 0x30) : nil }
        switch key {
        case "ucla1": ucla[0] = digit().flatMap(SurveyStats.Frequency.init(rawValue:))
        case "ucla2": ucla[1] = digit().flatMap(SurveyStats.Frequency.init(rawValue:))
        case "ucla3": ucla[2] = digit().flatMap(SurveyStats.Frequency.init(rawValue:))
        case "djg_e1", "djg_e2", "djg_e3", "djg_s1", "djg_s2", "djg_s3":
            let index = (key.utf8.dropFirst(4).first == UInt8(ascii: "e") ? 0 : 3) + Int(key.utf8.last! - 0x31)
            djg[index] = Self.djgAnswer(value)
        case QuestionKey.direct: direct = digit().flatMap(SurveyStats.DirectLonelinessAnswer.init(rawValue:))
        case QuestionKey.age: age = text()
        case QuestionKey.gender: gender = text()
        case QuestionKey.wishes:
            var bits: UInt64 = 0
            var s = 0
            while s < value.count {
                var e = s
                while e < value.count, value[e] != UInt8(ascii: ",") { e += 1 }
                if let k = wishIndex[String(decoding: UnsafeBufferPointer(rebasing: value[s..<e]), as: UTF8.self)] {
                    bits |= 1 << UInt64(k)
                }
                s = e + 1
            }
            wishes = bits
        default: others.append((key, text()))
        }
    }

    private static func djgAnswer(_ value: UnsafeBufferPointer<UInt8>) -> SurveyStats.DJGAnswer? {
        switch String(decoding: value, as: UTF8.self) {
        case "ja": .ja
        case "nein": .nein
        case "mehr_oder_weniger": .mehrOderWeniger
        default: nil
        }
    }

    /// The first value of another question.
    func value(_ key: String) -> String? { others.first { $0.0 == key }?.1 }
}
