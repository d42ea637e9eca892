/// An input problem with a German message. `line`/`column` point into the file the user gave;
/// Core functions that work on arrays fill `row` (0-based index of the answer) instead, and the CSV
/// commands translate it to a line.
public struct SurveyStatsError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case invalidValue
        case missingColumn
        case emptyFile
        case duplicateID
        case unknownCategory
        case missingCategory
        case marginWithoutRespondents
        case duplicateMargin
        case nonPositivePopulation
        case inconsistentTotals
        case unknownVariable
        case invalidOption
        case invalidWeights
        case malformedCSV
        case notConverged
        case reservedName
    }

    public var kind: Kind
    /// Which input the problem is in (e.g. „Antwortdatei“), when there are several.
    public var file: String?
    /// Line in the input file (1 = header), when known.
    public var line: Int?
    /// 0-based index of the answer in the arrays given to a Core function, when known.
    public var row: Int?
    /// Column or variable the problem is in, when known.
    public var column: String?
    /// German message without the position prefix.
    public var message: String

    public init(_ kind: Kind, file: String? = nil, line: Int? = nil, row: Int? = nil, column: String? = nil,
                message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.row = row
        self.column = column
        self.message = message
    }

    public var description: String {
        var position: [String] = file.map { [$0] } ?? []
        if let line { position.append("Zeile \(line)") } else if let row { position.append("Antwort Nr. \(row + 1)") }
        if let column { position.append("Spalte „\(column)“") }
        return position.isEmpty ? message : position.joined(separator: ", ") + ": " + message
    }

    /// The same error located in a CSV file whose data rows start at line 2.
    func located(in file: String, dataStartLine: Int = 2) -> SurveyStatsError {
        var copy = self
        copy.file = copy.file ?? file
        if line == nil, let row {
            copy.line = row + dataStartLine
            copy.row = nil
        }
        return copy
    }
}
