import Foundation
import GemeinsamCore

/// Population margins from an official table (CSV `variable,category,population`), checked and translated to the
/// categories the answers use. Used by the upload page and `gemeinsam survey import-margins`.
enum MarginImport {
    typealias T = Texts.MarginImport

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
        else { return .failure(Problems(messages: [T.unreadable])) }

        var problems: [String] = []
        var rows: [SurveyStats.Margins.Row] = []
        var seen: [String: Set<String>] = [:]
        for (i, row) in table.rows.enumerated() {
            let line = i + 2
            let variable = row[vIndex].trimmingCharacters(in: .whitespaces).lowercased()
            let raw = row[cIndex].trimmingCharacters(in: .whitespaces)
            guard variables.contains(variable) else {
                problems.append(T.unknownVariable(line: line, row[vIndex], allowed: variables))
                continue
            }
            guard let category = canonical(variable: variable, raw, geography: geography) else {
                problems.append(T.categoryMismatch(line: line, raw, variable: variable))
                continue
            }
            if !(seen[variable, default: []].insert(category).inserted) {
                problems.append(T.duplicateCategory(line: line, raw, variable: variable))
                continue
            }
            rows.append(.init(variable: variable, category: category,
                              population: Double(row[pIndex].trimmingCharacters(in: .whitespaces)) ?? 0))
        }
        if seen["stadtbezirk"] != nil {
            let missing = geography.all(.district).filter { !seen["stadtbezirk"]!.contains($0.name) }.map(\.name)
            if !missing.isEmpty { problems.append(T.missingDistricts(missing)) }
        }
        if let ages = seen["altersgruppe"] {
            let missing = QuestionKey.ageGroups.filter { !ages.contains($0) }
            if !missing.isEmpty { problems.append(T.missingAgeGroups(missing)) }
        }
        if let genders = seen["geschlecht"], !genders.isSuperset(of: ["weiblich", "maennlich"]) {
            problems.append(T.gendersMissing)
        }
        guard problems.isEmpty else { return .failure(Problems(messages: problems)) }
        if addDistricts, seen["stadtbezirk"] == nil {
            let districts = geography.all(.district).filter { ($0.population ?? 0) > 0 }
            let districtTotal = Double(districts.reduce(0) { $0 + $1.population! })
            guard districtTotal > 0 else { return .failure(Problems(messages: [T.noDistrictPopulation])) }
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
}
