import Testing
@testable import GemeinsamCore

@Suite struct CSVTests {
    @Test func parsesQuotedFieldsAndLineEnds() throws {
        let rows = try CSV.parse("a,b\r\n\"x, y\",\"he said \"\"hi\"\"\"\n1,\n")
        #expect(rows == [["a", "b"], ["x, y", "he said \"hi\""], ["1", ""]])
    }

    @Test func skipsBOMAndEmptyLinesAndKeepsMultilineFields() throws {
        let rows = try CSV.parse("\u{FEFF}id;text\n\n1;\"zwei\nZeilen\"", separator: ";")
        #expect(rows == [["id", "text"], ["1", "zwei\nZeilen"]])
    }

    @Test func reportsUnclosedQuoteWithLine() {
        #expect(throws: CSV.ParseError.self) { try CSV.parse("a\n\"offen") }
    }

    @Test func tableRequiresColumnsAndConsistentRows() throws {
        let table = try CSV.Table(text: "source,target\nA,B\n")
        #expect(throws: CSV.ParseError(line: 1, message: "Spalte fehlt: weight")) {
            try table.requireColumns(["source", "weight"])
        }
        #expect(throws: CSV.ParseError(line: 3, message: "1 Felder, erwartet 2")) {
            try CSV.Table(text: "source,target\nA,B\nC\n")
        }
    }

    @Test func writeRoundTrips() throws {
        let rows = [["a", "b;c", "d\"e"], ["1", "", "x\ny"]]
        #expect(try CSV.parse(CSV.write(rows)) == rows)
        #expect(try CSV.parse(CSV.writeForExcel(rows), separator: ";") == rows)
    }
}
