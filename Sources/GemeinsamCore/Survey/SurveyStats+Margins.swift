import Foundation

extension SurveyStats {
    /// Population margins for raking: for each variable (e.g. Altersgruppe, Geschlecht, Stadtbezirk) the
    /// population of each category. Variables keep the order of their first appearance; raking adjusts them
    /// in that order.
    public struct Margins: Sendable, Equatable {
        public struct Variable: Sendable, Equatable {
            public let name: String
            public let categories: [String]
            public let populations: [Double]

            public var total: Double { populations.reduce(0, +) }
        }

        /// What to do when the variables' totals differ.
        public enum TotalsPolicy: Sendable {
            /// Throw `inconsistentTotals` (default). Raking cannot meet margins with different totals:
            /// samplics then oscillates until its iteration limit and ends on the last variable's total.
            case mustMatch
            /// Scale every variable's populations proportionally to the first variable's total.
            case rescaleToFirstVariable
        }

        public struct Row: Sendable, Equatable {
            public var variable: String
            public var category: String
            public var population: Double

            public init(variable: String, category: String, population: Double) {
                self.variable = variable
                self.category = category
                self.population = population
            }
        }

        public let variables: [Variable]

        /// Population total (the first variable's total; all agree after validation).
        public var total: Double { variables[0].total }

        public func variable(named name: String) -> Variable? { variables.first { $0.name == name } }

        /// Totals agree when they differ by at most this share of the larger one (rounding noise only).
        public static let totalsRelativeTolerance = 1e-9

        /// Validates the rows: no empty names, no duplicate (variable, category), populations positive and
        /// finite, equal totals per variable (see `TotalsPolicy`). Errors carry `row` = index into `rows`.
        public init(rows: [Row], totalsPolicy: TotalsPolicy = .mustMatch) throws(SurveyStatsError) {
            if rows.isEmpty {
                throw SurveyStatsError(.emptyFile, message: "Es sind keine Randverteilungen angegeben.")
            }
            var order: [String] = []
            var categories: [String: [String]] = [:]
            var populations: [String: [Double]] = [:]
            var seen: [String: [String: Int]] = [:]
            for (index, row) in rows.enumerated() {
                let variable = row.variable.trimmingCharacters(in: .whitespaces)
                let category = row.category.trimmingCharacters(in: .whitespaces)
                if variable.isEmpty {
                    throw SurveyStatsError(.invalidValue, row: index, column: "variable",
                                           message: "Der Name der Variable ist leer.")
                }
                if category.isEmpty {
                    throw SurveyStatsError(.invalidValue, row: index, column: "category",
                                           message: "Die Kategorie ist leer.")
                }
                guard row.population.isFinite, row.population > 0 else {
                    throw SurveyStatsError(.nonPositivePopulation, row: index, column: "population",
                                           message: "Die Bevölkerungszahl für „\(variable)“ = „\(category)“ muss "
                                               + "größer als 0 sein (gefunden: \(SurveyStats.formatNumber(row.population))).")
                }
                if let first = seen[variable]?[category] {
                    throw SurveyStatsError(.duplicateMargin, row: index,
                                           message: "„\(variable)“ = „\(category)“ steht doppelt in den "
                                               + "Randverteilungen (zuerst in Eintrag Nr. \(first + 1)).")
                }
                if categories[variable] == nil { order.append(variable) }
                seen[variable, default: [:]][category] = index
                categories[variable, default: []].append(category)
                populations[variable, default: []].append(row.population)
            }
            var variables = order.map { Variable(name: $0, categories: categories[$0]!, populations: populations[$0]!) }
            let totals = variables.map(\.total)
            let reference = totals[0]
            let consistent = totals.allSatisfy {
                abs($0 - reference) <= Margins.totalsRelativeTolerance * max($0, reference)
            }
            if !consistent {
                switch totalsPolicy {
                case .mustMatch:
                    let list = variables.map { "\($0.name) \(SurveyStats.formatNumber($0.total))" }
                    throw SurveyStatsError(.inconsistentTotals,
                                           message: "Die Randverteilungen ergeben unterschiedliche Gesamtzahlen ("
                                               + list.joined(separator: ", ") + "). Alle Variablen müssen dieselbe "
                                               + "Bevölkerung beschreiben; bitte die Zahlen angleichen.")
                case .rescaleToFirstVariable:
                    variables = variables.map { variable in
                        let factor = reference / variable.total
                        return Variable(name: variable.name, categories: variable.categories,
                                        populations: variable.populations.map { $0 * factor })
                    }
                }
            }
            self.variables = variables
        }
    }
}
