import Foundation
import GemeinsamCore

/// Population margins from an official table (CSV `variable,category,population`), checked and translated to the
/// categories the answers use. Used by the upload page and `gemeinsam survey import-margins`.
enum MarginImport {
    struct Problems: Error, Equatable { var messages: [String] }

    static let variables = ["stadtbezirk", "altersgruppe", "geschlecht"]

    /// Canonical rows, or German problems (with line numbers).
    static func parse(csv text: String, geography: GeographySnapshot, addDistricts: Bool)
        -> Result<[SurveyStats.Margins.Row], Problems>
    {
        // numbers, duplicates, equal totals: SurveyStats' own checks with line numbers
        let margins: SurveyStats.Margins
        do {
            margins = try SurveyStats.Margins(csv: text)
        } catch {
            return .failure(Problems(messages: [error.description]))
        }
        let header = text.prefix { $0 != "\n" && $0 != "\r" }
        let separator: Character = header.contains(";") && !header.contains(",") ? ";" : ","
        guard let table = try? CSV.Table(text: text, separator: separator),
              let vIndex = table.column("variable"), let cIndex = table.column("category"), let pIndex = table.column("population")
        else { return .failure(Problems(messages: ["Die Datei kann nicht gelesen werden."])) }

        var problems: [String] = []
        var rows: [SurveyStats.Margins.Row] = []
        var seen: [String: Set<String>] = [:]
        for (i, row) in table.rows.enumerated() {
            let line = i + 2
            let variable = row[vIndex].trimmingCharacters(in: .whitespaces).lowercased()
            let raw = row[cIndex].trimmingCharacters(in: .whitespaces)
            guard variables.contains(variable) else {
                problems.append("Zeile \(line): Unbekannte Variable „\(row[vIndex])“ (erlaubt: \(variables.joined(separator: ", "))).")
                continue
            }
            guard let category = canonical(variable: variable, raw, geography: geography) else {
                problems.append("Zeile \(line): Die Kategorie „\(raw)“ passt nicht zu „\(variable)“ (\(allowed(variable, geography)).")
                continue
            }
            if !(seen[variable, default: []].insert(category).inserted) {
                problems.append("Zeile \(line): „\(raw)“ steht für „\(variable)“ doppelt in der Datei.")
                continue
            }
            rows.append(.init(variable: variable, category: category,
                              population: Double(row[pIndex].trimmingCharacters(in: .whitespaces)) ?? 0))
        }
        if seen["stadtbezirk"] != nil {
            let missing = geography.all(.district).filter { !seen["stadtbezirk"]!.contains($0.name) }.map(\.name)
            if !missing.isEmpty { problems.append("Es fehlen Stadtbezirke: \(missing.joined(separator: ", ")).") }
        }
        if let ages = seen["altersgruppe"] {
            let missing = QuestionKey.ageGroups.filter { !ages.contains($0) }
            if !missing.isEmpty { problems.append("Es fehlen Altersgruppen: \(missing.joined(separator: ", ")).") }
        }
        if let genders = seen["geschlecht"], !genders.isSuperset(of: ["weiblich", "maennlich"]) {
            problems.append("Für „geschlecht“ braucht es mindestens weiblich und männlich.")
        }
        guard problems.isEmpty else { return .failure(Problems(messages: problems)) }
        if addDistricts, seen["stadtbezirk"] == nil {
            let districts = geography.all(.district).filter { ($0.population ?? 0) > 0 }
            let districtTotal = Double(districts.reduce(0) { $0 + $1.population! })
            guard districtTotal > 0 else { return .failure(Problems(messages: ["Die Geografie enthält keine Einwohnerzahlen der Stadtbezirke."])) }
            let factor = margins.total / districtTotal
            rows += districts.map { .init(variable: "stadtbezirk", category: $0.name, population: Double($0.population!) * factor) }
        }
        return .success(rows)
    }

    static func canonical(variable: String, _ raw: String, geography: GeographySnapshot) -> String? {
        switch variable {
        case "stadtbezirk":
            let slug = Slug.make(raw)
            return geography.all(.district).first { $0.slug == slug || $0.code == raw || Slug.make($0.name) == slug }?.name
        case "altersgruppe":
            let compact = raw.replacingOccurrences(of: " ", with: "")
                .replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "—", with: "-")
                .replacingOccurrences(of: "bis", with: "-").lowercased()
            let aliases = ["80undälter": "80+", "80undmehr": "80+", "80-": "80+", "über80": "80+", "ab80": "80+"]
            let key = aliases[compact] ?? compact
            return QuestionKey.ageGroups.contains(key) ? key : nil
        case "geschlecht":
            switch Slug.make(raw) {
            case "weiblich", "w", "frauen", "frau": return "weiblich"
            case "maennlich", "m", "maenner", "mann": return "maennlich"
            case "divers", "d": return "divers"
            default: return nil
            }
        default:
            return nil
        }
    }

    static func allowed(_ variable: String, _ geography: GeographySnapshot) -> String {
        switch variable {
        case "stadtbezirk": "Name oder Nummer eines Stadtbezirks"
        case "altersgruppe": "erlaubt: 18-29, 30-44, 45-64, 65-79, 80+"
        default: "erlaubt: weiblich, männlich, divers"
        }
    }
}
