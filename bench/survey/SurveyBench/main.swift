// Benchmarks for SurveyStats (issue 6). Built in release mode by bench/survey/run.sh.
//
//   SurveyBench rake RESPONSES.csv MARGINS.csv WEIGHTS_OUT.csv [repeats] [tolerance]
//   SurveyBench coverage [samples] [seed]
import Foundation
import GemeinsamCore

struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// Uniform in [0, 1).
    mutating func uniform() -> Double { Double(next() >> 11) * 0x1.0p-53 }
}

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write((message + "\n").data(using: .utf8)!)
    exit(1)
}

func rakeBenchmark(_ args: [String]) throws {
    guard args.count >= 3 else { fail("usage: SurveyBench rake RESPONSES.csv MARGINS.csv WEIGHTS_OUT.csv [repeats] [tolerance]") }
    let repeats = args.count > 3 ? Int(args[3])! : 7
    let tolerance = args.count > 4 ? Double(args[4])! : 1e-10
    let responsesText = try String(contentsOfFile: args[0], encoding: .utf8)
    let marginsText = try String(contentsOfFile: args[1], encoding: .utf8)
    let clock = ContinuousClock()

    // Label arrays (what the app holds after reading answers from its database).
    let table = try CSV.Table(text: responsesText)
    let margins = try SurveyStats.Margins(csv: marginsText)
    var labels: [String: [String]] = [:]
    for variable in margins.variables {
        let index = table.column(variable.name)!
        labels[variable.name] = table.rows.map { $0[index] }
    }
    let options = SurveyStats.RakingOptions(maxIterations: 1000, tolerance: tolerance)

    var rakeTimes: [Double] = []
    var result: SurveyStats.RakingResult?
    for _ in 0..<repeats {
        let start = clock.now
        result = try SurveyStats.rake(labels: labels, margins: margins, options: options)
        rakeTimes.append(milliseconds(clock.now - start))
    }
    var endToEndTimes: [Double] = []
    var csv = ""
    for _ in 0..<max(1, repeats / 2) {
        let start = clock.now
        csv = try SurveyStats.weight(responsesCSV: responsesText, marginsCSV: marginsText, maxIterations: 1000,
                                     tolerance: tolerance).csv
        endToEndTimes.append(milliseconds(clock.now - start))
    }
    try csv.write(toFile: args[2], atomically: true, encoding: .utf8)
    let r = result!
    print(String(format: "swift rake: n=%d iterations=%d converged=%@ deff=%.6f median=%.2f ms min=%.2f ms (%d runs)",
                 r.weights.count, r.iterations, r.converged ? "true" : "false", r.designEffect,
                 median(rakeTimes), rakeTimes.min()!, repeats))
    print(String(format: "swift weight command (CSV text in, CSV text out): median=%.1f ms (%d runs)",
                 median(endToEndTimes), endToEndTimes.count))
}

/// Coverage of the 95 % logit interval (Kish n_eff) for a known finite population.
///
/// Population: 200,000 persons in 5 age groups × 12 districts; the chance to be lonely depends on age and
/// district (7 %–22 %), the true share is counted in the population. Each sample: Poisson sampling with
/// inclusion probabilities that differ 4-fold by age and 2-fold by district (expected n ≈ 1,000), design
/// weights 1/π, raked to the population's age and district margins, then the overall share and its interval
/// from `SurveyStats.weightedShares`. Also reported: coverage for one district (≈ 80 answers per sample).
func coverage(_ args: [String]) throws {
    let samples = args.count > 0 ? Int(args[0])! : 2000
    var random = SplitMix(state: args.count > 1 ? UInt64(args[1])! : 20240607)
    let ages = ["18-29", "30-44", "45-64", "65-79", "80+"]
    let districts = (1...12).map { "Bezirk \($0)" }
    let populationSize = 200_000
    var age = [Int](repeating: 0, count: populationSize)
    var district = [Int](repeating: 0, count: populationSize)
    var lonely = [Bool](repeating: false, count: populationSize)
    let ageShares = [0.17, 0.24, 0.33, 0.18, 0.08]
    for i in 0..<populationSize {
        var u = random.uniform()
        var a = 0
        while a < 4 && u >= ageShares[a] { u -= ageShares[a]; a += 1 }
        age[i] = a
        district[i] = Int(random.uniform() * 12)
        let p = 0.07 + 0.02 * Double(abs(a - 1)) + 0.006 * Double(district[i])
        lonely[i] = random.uniform() < p
    }
    var marginRows: [SurveyStats.Margins.Row] = []
    for (a, name) in ages.enumerated() {
        marginRows.append(.init(variable: "alter", category: name, population: Double(age.filter { $0 == a }.count)))
    }
    for (d, name) in districts.enumerated() {
        marginRows.append(.init(variable: "bezirk", category: name, population: Double(district.filter { $0 == d }.count)))
    }
    let margins = try SurveyStats.Margins(rows: marginRows)
    let trueShare = Double(lonely.filter { $0 }.count) / Double(populationSize)
    let focus = 4
    let focusMembers = (0..<populationSize).filter { district[$0] == focus }
    let trueFocusShare = Double(focusMembers.filter { lonely[$0] }.count) / Double(focusMembers.count)

    let ageRate = [0.5, 0.6, 1.0, 1.6, 2.0]
    let districtRate = (0..<12).map { 0.7 + 0.7 * Double($0 % 4) / 3 }
    var rates = (0..<populationSize).map { ageRate[age[$0]] * districtRate[district[$0]] }
    let scale = 1000 / rates.reduce(0, +)
    rates = rates.map { $0 * scale }

    var covered = 0
    var focusCovered = 0
    var focusEstimates = 0
    var sizes: [Int] = []
    var deffs: [Double] = []
    var widths: [Double] = []
    for _ in 0..<samples {
        var members: [Int] = []
        for i in 0..<populationSize where random.uniform() < rates[i] { members.append(i) }
        let result = try SurveyStats.rake(labels: ["alter": members.map { ages[age[$0]] },
                                                   "bezirk": members.map { districts[district[$0]] }],
                                          initialWeights: members.map { 1 / rates[$0] }, margins: margins)
        let outcomes = members.map { Optional(lonely[$0]) }
        let table = try SurveyStats.weightedShares(groups: members.map { districts[district[$0]] }, outcomes: outcomes,
                                                   weights: result.weights)
        let total = table.total
        if let low = total.ciLow, let high = total.ciHigh {
            if low <= trueShare && trueShare <= high { covered += 1 }
            widths.append(high - low)
        }
        if let row = table.groups.first(where: { $0.group == districts[focus] }), let low = row.ciLow, let high = row.ciHigh {
            focusEstimates += 1
            if low <= trueFocusShare && trueFocusShare <= high { focusCovered += 1 }
        }
        sizes.append(members.count)
        deffs.append(result.designEffect)
    }
    print(String(format: "coverage overall: %.2f %% of %d samples (true share %.4f, mean n %.0f, mean Kish deff %.3f, mean CI width %.4f)",
                 100 * Double(covered) / Double(samples), samples, trueShare,
                 Double(sizes.reduce(0, +)) / Double(samples), deffs.reduce(0, +) / Double(samples),
                 widths.reduce(0, +) / Double(widths.count)))
    print(String(format: "coverage %@: %.2f %% of %d published estimates (true share %.4f)",
                 districts[focus], 100 * Double(focusCovered) / Double(max(1, focusEstimates)), focusEstimates,
                 trueFocusShare))
}

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case "rake": try rakeBenchmark(Array(arguments.dropFirst()))
    case "coverage": try coverage(Array(arguments.dropFirst()))
    default: fail("usage: SurveyBench rake … | SurveyBench coverage [samples] [seed]")
    }
} catch {
    fail("Fehler: \(error)")
}
