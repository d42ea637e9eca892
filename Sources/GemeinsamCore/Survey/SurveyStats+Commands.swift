import Foundation

/// The `gemeinsam survey …` commands as pure functions: CSV text in, CSV text out (RFC 4180, CRLF). Numbers
/// are written with `formatNumber` ('.' decimals, exact round-trip); booleans as 1/0; missing or suppressed
/// values as empty fields.
extension SurveyStats {
    static let uclaColumns = ["ucla1", "ucla2", "ucla3"]
    static let djgColumns = ["djg_e1", "djg_e2", "djg_e3", "djg_s1", "djg_s2", "djg_s3"]
    public static let scoreHeader = ["id", "ucla_mean", "ucla_burdened", "ucla_sum3",
                                     "djg_total", "djg_emotional", "djg_social", "djg_category"]

    /// `gemeinsam survey score --answers FILE.csv`.
    ///
    /// Input: `id`, and the UCLA block `ucla1,ucla2,ucla3` (1 = nie … 5 = sehr oft or the labels) and/or the
    /// De Jong Gierveld block `djg_e1…djg_e3,djg_s1…djg_s3` (ja / mehr oder weniger / nein); empty = missing.
    /// A block that is absent leaves its output fields empty; a block that is only partly present is an error.
    /// Output: `id,ucla_mean,ucla_burdened,ucla_sum3,djg_total,djg_emotional,djg_social,djg_category`
    /// (`djg_category` as German label).
    public static func score(answersCSV: String) throws(SurveyStatsError) -> String {
        let file = answersFile
        let table = try readTable(answersCSV, file: file)
        try requireColumns(table, ["id"], file: file)
        let hasUCLA = uclaColumns.contains { table.column($0) != nil }
        let hasDJG = djgColumns.contains { table.column($0) != nil }
        if !hasUCLA && !hasDJG {
            throw SurveyStatsError(.missingColumn, file: file, line: 1,
                                   message: "Es fehlen die Spalten der Fragebögen: ucla1–ucla3 und/oder djg_e1–djg_s3.")
        }
        if hasUCLA { try requireColumns(table, uclaColumns, file: file) }
        if hasDJG { try requireColumns(table, djgColumns, file: file) }
        let ids = try ids(table, file: file)

        var output: [[String]] = [scoreHeader]
        for (r, row) in table.rows.enumerated() {
            func cell(_ name: String) -> String { table.value(row, name) ?? "" }
            func locate(_ error: SurveyStatsError, _ column: String) -> SurveyStatsError {
                var located = error
                located.file = file
                located.line = r + 2
                located.column = column
                return located
            }
            var fields = [ids[r]]
            if hasUCLA {
                var items: [Frequency?] = []
                for name in uclaColumns {
                    do { items.append(try Frequency.parse(cell(name))) } catch { throw locate(error, name) }
                }
                let score = UCLA3Answers(lackCompanionship: items[0], leftOut: items[1], isolated: items[2]).score
                fields += [score.mean.map(formatNumber) ?? "", score.burdened.map { $0 ? "1" : "0" } ?? "",
                           score.classicSum.map(String.init) ?? ""]
            } else {
                fields += ["", "", ""]
            }
            if hasDJG {
                var items: [DJGAnswer?] = []
                for name in djgColumns {
                    do { items.append(try DJGAnswer.parse(cell(name))) } catch { throw locate(error, name) }
                }
                let score = DJGAnswers(e1: items[0], e2: items[1], e3: items[2],
                                       s1: items[3], s2: items[4], s3: items[5]).score
                fields += [score.total.map(String.init) ?? "", score.emotional.map(String.init) ?? "",
                           score.social.map(String.init) ?? "", score.category?.label ?? ""]
            } else {
                fields += ["", "", "", ""]
            }
            output.append(fields)
        }
        return writeCSV(output)
    }

    /// `gemeinsam survey weight --responses R.csv --margins M.csv [--max-iterations N] [--tolerance T]`.
    ///
    /// R.csv: `id` and one column per margin variable (other columns are ignored); M.csv:
    /// `variable,category,population`. Returns CSV `id,weight` (weights add up to the population total) and a
    /// short German report for stderr.
    public static func weight(
        responsesCSV: String,
        marginsCSV: String,
        maxIterations: Int = 1000,
        tolerance: Double = 1e-10,
        trimming: Trimming? = nil
    ) throws(SurveyStatsError) -> (csv: String, report: String) {
        let margins = try readMargins(marginsCSV)
        let responses = try readTable(responsesCSV, file: responsesFile)
        let (ids, result) = try rakeTable(responses, margins: margins,
                                          options: RakingOptions(maxIterations: maxIterations, tolerance: tolerance,
                                                                 trimming: trimming),
                                          requireIDs: true)
        var rows: [[String]] = [["id", "weight"]]
        rows.reserveCapacity(ids.count + 1)
        for (id, weight) in zip(ids, result.weights) { rows.append([id, formatNumber(weight)]) }
        return (writeCSV(rows), rakingReport(result, answers: ids.count))
    }

    /// `gemeinsam survey estimate --responses R.csv --margins M.csv --by VARIABLE --outcome COLUMN`.
    ///
    /// Rakes R.csv to M.csv (default options; an error if raking does not converge), then estimates the
    /// weighted share of outcome 1 per value of column `by` (see `weightedShares` for order, missing values
    /// and suppression). Outcome values: 0, 1, empty = missing. Output CSV
    /// `group,n,share,ci_low,ci_high,suppressed` with one row per group and a last row „Insgesamt“;
    /// suppressed rows have only `group` and `suppressed` = 1.
    public static func estimate(
        responsesCSV: String,
        marginsCSV: String,
        by: String,
        outcome: String
    ) throws(SurveyStatsError) -> String {
        let file = responsesFile
        let margins = try readMargins(marginsCSV)
        let responses = try readTable(responsesCSV, file: file)
        try requireColumns(responses, [by, outcome], file: file)
        var outcomes: [Bool?] = []
        for (r, value) in columnValues(responses, outcome).enumerated() {
            switch value {
            case "": outcomes.append(nil)
            case "0": outcomes.append(false)
            case "1": outcomes.append(true)
            default:
                throw SurveyStatsError(.invalidValue, file: file, line: r + 2, column: outcome,
                                       message: "ungültiger Wert „\(value)“ (erlaubt: 0, 1 oder leer für keine Angabe)")
            }
        }
        let (_, result) = try rakeTable(responses, margins: margins, options: RakingOptions(), requireIDs: false)
        if !result.converged {
            throw SurveyStatsError(.notConverged, message: "Die Gewichtung ist nach \(result.iterations) Iterationen "
                + "nicht konvergiert; ohne passende Gewichte werden keine Anteile geschätzt. "
                + rakingReport(result, answers: result.weights.count))
        }
        let table: ShareTable
        do {
            table = try weightedShares(groups: columnValues(responses, by), outcomes: outcomes, weights: result.weights,
                                       groupOrder: margins.variable(named: by)?.categories ?? [])
        } catch {
            throw error.located(in: file)
        }
        var rows: [[String]] = [["group", "n", "share", "ci_low", "ci_high", "suppressed"]]
        for row in table.groups + [table.total] {
            rows.append([row.group, row.n.map(String.init) ?? "", row.share.map(formatNumber) ?? "",
                         row.ciLow.map(formatNumber) ?? "", row.ciHigh.map(formatNumber) ?? "",
                         row.suppressed ? "1" : "0"])
        }
        return writeCSV(rows)
    }

    static func rakeTable(_ responses: CSV.Table, margins: Margins, options: RakingOptions, requireIDs: Bool)
        throws(SurveyStatsError) -> (ids: [String], result: RakingResult)
    {
        let names = margins.variables.map(\.name)
        try requireColumns(responses, (requireIDs ? ["id"] : []) + names, file: responsesFile)
        let ids = requireIDs ? try ids(responses, file: responsesFile) : []
        var labels: [String: [String]] = [:]
        for name in names { labels[name] = columnValues(responses, name) }
        do {
            return (ids, try rake(labels: labels, margins: margins, options: options))
        } catch {
            throw error.located(in: responsesFile)
        }
    }

    static func rakingReport(_ result: RakingResult, answers: Int) -> String {
        let deviation = String(format: "%.1e", result.maxRelativeDeviation).replacingOccurrences(of: ".", with: ",")
        var text = "Gewichtung von \(answers) Antworten: "
        if result.converged {
            text += "konvergiert nach \(result.iterations) Iterationen (größte relative Abweichung von den "
                + "Randverteilungen \(deviation))."
        } else {
            text += "NICHT konvergiert nach \(result.iterations) Iterationen (größte relative Abweichung von den "
                + "Randverteilungen \(deviation)); die Gewichte treffen die Randverteilungen nicht genau."
        }
        text += " Kish-Designeffekt \(germanNumber(result.designEffect, digits: 3)), effektive Fallzahl "
            + "\(germanNumber(result.effectiveSampleSize, digits: 1))."
        if let trimming = result.trimming {
            text += " Kappung: \(trimming.cycles) Durchgänge, Gewichte zwischen "
                + "\(germanNumber(trimming.minRatio, digits: 2))- und \(germanNumber(trimming.maxRatio, digits: 2))-fachem "
                + "Mittelwert" + (trimming.converged ? "." : " (Grenzen nicht ganz erreicht).")
        }
        return text
    }
}
