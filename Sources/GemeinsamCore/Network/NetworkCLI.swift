import Foundation

/// The logic behind `gemeinsam network analyze --ties FILE.csv [--format json|csv]`, as pure functions.
///
/// The ties file has the header `source,target` and an optional `weight` column (a positive number in every
/// row, `1.5` or `1,5`; without the column every row counts 1). A file whose header uses `;` and no `,` is read
/// with `;` (as German spreadsheets write it). Node ids are strings, trimmed of surrounding spaces. `A,B` and `B,A` are the same undirected tie; repeated rows add their
/// weights. Rows with the same id on both sides are skipped with a warning (the actor stays in the network).
public enum NetworkCLI {
    public enum Format: String, Sendable, CaseIterable {
        case json
        case csv

        /// Parses a `--format` argument.
        public init(argument: String) throws(InputError) {
            guard let format = Format(rawValue: argument.lowercased()) else {
                throw InputError(line: nil, message: "Unbekanntes Format „\(argument)“. Erlaubt sind „json“ und „csv“.")
            }
            self = format
        }
    }

    /// A problem with the input, in German, naming the line where there is one.
    public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
        public var line: Int?
        public var message: String

        public init(line: Int?, message: String) {
            self.line = line
            self.message = message
        }

        public var description: String { line.map { "Zeile \($0): \(message)" } ?? message }
    }

    /// The parsed ties file.
    public struct Ties: Sendable {
        public var edges: [Network.Edge]
        /// Actors of skipped self-loop rows, so that they stay in the network even without other ties.
        public var extraNodes: [String]
        public var rowCount: Int
        public var warnings: [String]
    }

    /// The result of a run: the text for standard output plus the warnings (for standard error in CSV mode).
    public struct Report: Sendable {
        public let output: String
        public let warnings: [String]
        public let analysis: Network.Analysis
    }

    /// Parses, analyses and renders; returns the text to print.
    public static func analyze(csvText: String, format: Format, seed: UInt64 = 42) throws(InputError) -> String {
        try run(csvText: csvText, format: format, seed: seed).output
    }

    /// Like ``analyze(csvText:format:seed:)`` but also returns the warnings and the analysis.
    public static func run(csvText: String, format: Format, seed: UInt64 = 42,
                           options: Network.CentralityOptions = Network.CentralityOptions()) throws(InputError) -> Report {
        let ties = try parseTies(csvText: csvText)
        let graph = Network.Graph(nodes: ties.extraNodes, edges: ties.edges)
        let analysis = Network.analyze(graph, seed: seed, options: options)
        let warnings = ties.warnings + analysis.warnings
        let output = switch format {
        case .json: renderJSON(analysis, warnings: warnings)
        case .csv: renderCSV(analysis)
        }
        return Report(output: output, warnings: warnings, analysis: analysis)
    }

    /// Reads the ties file. Errors: missing `source`/`target` column, an empty id, a weight that is not a
    /// positive number, or malformed CSV.
    public static func parseTies(csvText: String) throws(InputError) -> Ties {
        // Scalars, not Characters: "\r\n" is a single Character and would never end the line.
        let firstLine = csvText.unicodeScalars.prefix { $0 != "\n" && $0 != "\r" }
        let separator: Character = firstLine.contains(";") && !firstLine.contains(",") ? ";" : ","
        let table: CSV.Table
        do {
            table = try CSV.Table(text: csvText, separator: separator)
        } catch {
            throw InputError(line: error.line, message: error.message)
        }
        func column(_ name: String) -> Int? {
            table.column(name) ?? table.header.firstIndex { $0.lowercased() == name }
        }
        let missing = ["source", "target"].filter { column($0) == nil }
        if !missing.isEmpty {
            let names = missing.map { "„\($0)“" }.joined(separator: " und ")
            throw InputError(line: 1, message: (missing.count == 1 ? "Die Spalte \(names) fehlt." : "Die Spalten \(names) fehlen.")
                + " Erwartet wird die Kopfzeile „source,target“ mit optionaler Spalte „weight“.")
        }
        let sourceColumn = column("source")!, targetColumn = column("target")!
        let weightColumn = column("weight")

        var edges: [Network.Edge] = []
        edges.reserveCapacity(table.rows.count)
        var selfLoopLines: [Int] = []
        var selfLoopIds = Set<String>()
        for (n, row) in table.rows.enumerated() {
            let line = n + 2  // the header is line 1; CSV.Table numbers rows the same way
            let source = trimmed(row[sourceColumn])
            let target = trimmed(row[targetColumn])
            if source.isEmpty { throw InputError(line: line, message: "Die Spalte „source“ ist leer.") }
            if target.isEmpty { throw InputError(line: line, message: "Die Spalte „target“ ist leer.") }
            var weight = 1.0
            if let weightColumn {
                let text = trimmed(row[weightColumn])
                guard let value = Double(text) ?? Double(text.replacingOccurrences(of: ",", with: ".")),
                      value.isFinite, value > 0 else {
                    throw InputError(line: line, message: "Das Gewicht „\(text)“ ist keine positive Zahl.")
                }
                weight = value
            }
            if source == target {
                selfLoopLines.append(line)
                selfLoopIds.insert(source)
                continue
            }
            edges.append(Network.Edge(source, target, weight: weight))
        }
        var warnings: [String] = []
        if table.rows.isEmpty { warnings.append("Die Datei enthält keine Verbindungen.") }
        if selfLoopLines.count == 1 {
            warnings.append("Zeile \(selfLoopLines[0]): Quelle und Ziel sind gleich; die Zeile wurde übersprungen.")
        } else if selfLoopLines.count > 1 {
            let shown = selfLoopLines.prefix(10).map(String.init).joined(separator: ", ")
            warnings.append("\(selfLoopLines.count) Zeilen mit gleicher Quelle und gleichem Ziel wurden übersprungen "
                + "(Zeilen \(shown)\(selfLoopLines.count > 10 ? ", …" : "")).")
        }
        return Ties(edges: edges, extraNodes: selfLoopIds.sorted(), rowCount: table.rows.count, warnings: warnings)
    }

    /// `{"nodes":[{"id":…,"degree":…,"betweenness":…,"closeness":…,"component":…,"community":…}],
    /// "components":N,"modularity":…,"warnings":[…]}` with keys in this order and one node per line.
    public static func renderJSON(_ analysis: Network.Analysis, warnings: [String]? = nil) -> String {
        let graph = analysis.graph
        var out = "{\"nodes\":["
        out.reserveCapacity(graph.nodeCount * 120 + 100)
        for v in 0..<graph.nodeCount {
            out += v == 0 ? "\n" : ",\n"
            out += "{\"id\":" + JSONText.quoted(graph.ids[v])
            out += ",\"degree\":" + String(analysis.degree[v])
            out += ",\"betweenness\":" + JSONText.number(analysis.betweenness[v])
            out += ",\"closeness\":" + JSONText.number(analysis.closeness[v])
            out += ",\"component\":" + String(analysis.components.componentOf[v])
            out += ",\"community\":" + String(analysis.communities.communityOf[v]) + "}"
        }
        out += graph.nodeCount > 0 ? "\n]," : "],"
        out += "\"components\":" + String(analysis.components.count)
        out += ",\"modularity\":" + JSONText.number(analysis.communities.modularity)
        out += ",\"warnings\":[" + (warnings ?? analysis.warnings).map(JSONText.quoted).joined(separator: ",") + "]}\n"
        return out
    }

    /// `id,degree,weighted_degree,betweenness,closeness,clustering,component,community`, CRLF line ends.
    public static func renderCSV(_ analysis: Network.Analysis) -> String {
        var rows: [[String]] = [["id", "degree", "weighted_degree", "betweenness", "closeness", "clustering",
                                 "component", "community"]]
        rows.reserveCapacity(analysis.graph.nodeCount + 1)
        for v in 0..<analysis.graph.nodeCount {
            rows.append([analysis.graph.ids[v], String(analysis.degree[v]), number(analysis.weightedDegree[v]),
                         number(analysis.betweenness[v]), number(analysis.closeness[v]), number(analysis.clustering[v]),
                         String(analysis.components.componentOf[v]), String(analysis.communities.communityOf[v])])
        }
        return CSV.write(rows)
    }

    private static func trimmed(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
        if first.properties.isWhitespace || last.properties.isWhitespace {
            return text.trimmingCharacters(in: .whitespaces)
        }
        return text
    }

    /// Shortest text that reads back as the same Double (Swift's `description`, e.g. `0.25`, `1e-05`).
    private static func number(_ value: Double) -> String {
        value.isFinite ? value.description : "nan"
    }
}
