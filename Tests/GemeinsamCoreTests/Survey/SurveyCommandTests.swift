import Foundation
import Testing
@testable import GemeinsamCore

@Suite("Umfrage: Befehle score, weight, estimate")
struct SurveyCommandTests {
    let header = "id,ucla1,ucla2,ucla3,djg_e1,djg_e2,djg_e3,djg_s1,djg_s2,djg_s3\n"

    @Test("score: every column and missing pattern in one file")
    func score() throws {
        // setup
        let input = header
            + "a,4,3,5,ja,mehr oder weniger,nein,ja,mehr oder weniger,nein\n"
            + "b,,4,3,ja,,nein,nein,nein,ja\n"
            + "c,5,,,,,,,,\n"
            + "d,1,2,1,nein,nein,nein,ja,ja,ja\n"
            + "e,sehr oft,oft,oft,Ja,ja,mehr oder weniger,nein,mehr oder weniger,\n"
        // act
        let output = try SurveyStats.score(answersCSV: input)
        // check (by hand): a mean 4, sum 8, DJG 2 + 2 = 4; b mean 3.5, DJG total 3 with emotional missing;
        // c one UCLA item only → nothing; d mean 4/3; e mean 13/3, sum 9, DJG total 5 with social missing
        let expected = [
            "id,ucla_mean,ucla_burdened,ucla_sum3,djg_total,djg_emotional,djg_social,djg_category",
            "a,4,1,8,4,2,2,mäßig einsam",
            "b,3.5,1,,3,,2,mäßig einsam",
            "c,,,,,,,",
            "d,1.3333333333333333,0,3,0,0,0,nicht einsam",
            "e,4.333333333333333,1,9,5,3,,stark einsam",
        ].joined(separator: "\r\n") + "\r\n"
        #expect(output == expected)
    }

    @Test("score: only the UCLA block; semicolon files")
    func scoreUCLAOnly() throws {
        let output = try SurveyStats.score(answersCSV: "id;ucla1;ucla2;ucla3\nx;3;3;3\n")
        #expect(output == "id,ucla_mean,ucla_burdened,ucla_sum3,djg_total,djg_emotional,djg_social,djg_category\r\n"
            + "x,3,0,6,,,,\r\n")
    }

    @Test("score: German errors with line and column")
    func scoreErrors() {
        let invalid = #expect(throws: SurveyStatsError.self) {
            try SurveyStats.score(answersCSV: header + "a,1,1,1,ja,ja,ja,ja,ja,ja\n" + "b,1,2,3,ja,ja,ja,ja,ja,ja\n"
                + "c,1,1,1,ja,ja,ja,ja,ja,ja\n" + "d,2,7,1,ja,ja,ja,ja,ja,ja\n")
        }
        #expect(invalid?.description == "Antwortdatei, Zeile 5, Spalte „ucla2“: ungültiger Wert „7“ (erlaubt: 1 bis 5, "
            + "nie, selten, manchmal, oft, sehr oft oder leer für keine Angabe)")
        let djg = #expect(throws: SurveyStatsError.self) {
            try SurveyStats.score(answersCSV: header + "a,1,1,1,ja,ja,ja,ja,jein,ja\n")
        }
        #expect(djg?.line == 2)
        #expect(djg?.column == "djg_s2")
        let partial = #expect(throws: SurveyStatsError.self) {
            try SurveyStats.score(answersCSV: "id,ucla1,ucla3\na,1,1\n")
        }
        #expect(partial?.description == "Antwortdatei, Zeile 1: Die Spalte „ucla2“ fehlt.")
        let duplicate = #expect(throws: SurveyStatsError.self) {
            try SurveyStats.score(answersCSV: "id,ucla1,ucla2,ucla3\na,1,1,1\nb,1,1,1\na,2,2,2\n")
        }
        #expect(duplicate?.description == "Antwortdatei, Zeile 4, Spalte „id“: Die ID „a“ kommt doppelt vor (zuerst in Zeile 2).")
        let noBlocks = #expect(throws: SurveyStatsError.self) { try SurveyStats.score(answersCSV: "id,x\n1,2\n") }
        #expect(noBlocks?.kind == .missingColumn)
        let malformed = #expect(throws: SurveyStatsError.self) { try SurveyStats.score(answersCSV: "id,ucla1\n\"a,1\n") }
        #expect(malformed?.kind == .malformedCSV)
        // CSV.ParseError reports the line where the file ends, not where the quote opened
        #expect(malformed?.description == "Antwortdatei, Zeile 3: Anführungszeichen wird nicht geschlossen")
        let emptyFile = #expect(throws: SurveyStatsError.self) { try SurveyStats.score(answersCSV: "") }
        #expect(emptyFile?.kind == .emptyFile)
        let headerOnly = #expect(throws: SurveyStatsError.self) { try SurveyStats.score(answersCSV: "id,ucla1,ucla2,ucla3\n") }
        #expect(headerOnly?.description == "Antwortdatei: Die Datei enthält keine Datenzeilen.")
        let ragged = #expect(throws: SurveyStatsError.self) {
            try SurveyStats.score(answersCSV: "id,ucla1,ucla2,ucla3\na,1,1,1\nb,1,1\n")
        }
        #expect(ragged?.description == "Antwortdatei, Zeile 3: 3 Felder, erwartet 4")
    }

    @Test("weight: equals samplics on the fixture within 1e-9; report in German")
    func weight() throws {
        // act: unit initial weights, tolerance 1e-12 as in generate.py
        let (csv, report) = try SurveyStats.weight(responsesCSV: try SurveyFixtures.text("responses"),
                                                   marginsCSV: try SurveyFixtures.text("margins"),
                                                   maxIterations: 1000, tolerance: 1e-12)
        // check
        let output = try CSV.Table(text: csv)
        #expect(output.header == ["id", "weight"])
        let expected = try SurveyFixtures.table("expected_weights")
        #expect(output.rows.map { $0[0] } == expected.rows.map { $0[0] })
        let weights = try SurveyFixtures.doubles(output, "weight")
        let reference = try SurveyFixtures.doubles(expected, "weight_unit")
        #expect(zip(weights, reference).allSatisfy { abs($0 - $1) <= 1e-9 * $1 })
        #expect(report.hasPrefix("Gewichtung von 2000 Antworten: konvergiert nach 9 Iterationen"))
        #expect(report.contains("Kish-Designeffekt 1,203"))
    }

    @Test("weight: input errors name file, line and column")
    func weightErrors() {
        let margins = "variable,category,population\nalter,jung,40\nalter,alt,60\nort,N,50\nort,S,50\n"
        let unknown = #expect(throws: SurveyStatsError.self) {
            try SurveyStats.weight(responsesCSV: "id,alter,ort\n1,jung,N\n2,alt,S\n3,mittel,S\n", marginsCSV: margins)
        }
        #expect(unknown?.description.hasPrefix("Antwortdatei, Zeile 4, Spalte „alter“: Die Kategorie „mittel“") == true)
        let missingColumn = #expect(throws: SurveyStatsError.self) {
            try SurveyStats.weight(responsesCSV: "id,alter\n1,jung\n", marginsCSV: margins)
        }
        #expect(missingColumn?.description == "Antwortdatei, Zeile 1: Die Spalte „ort“ fehlt.")
        let population = #expect(throws: SurveyStatsError.self) {
            try SurveyStats.weight(responsesCSV: "id,alter,ort\n1,jung,N\n", marginsCSV: margins + "ort,W,-5\n")
        }
        #expect(population?.kind == .nonPositivePopulation)
        #expect(population?.line == 6)
        let notNumber = #expect(throws: SurveyStatsError.self) {
            try SurveyStats.weight(responsesCSV: "id,alter,ort\n1,jung,N\n", marginsCSV: margins + "ort,W,viele\n")
        }
        #expect(notNumber?.description == "Randverteilungsdatei, Zeile 6, Spalte „population“: „viele“ ist keine Zahl "
            + "(Dezimalpunkt, keine Tausenderpunkte).")
        let totals = #expect(throws: SurveyStatsError.self) {
            try SurveyStats.weight(responsesCSV: "id,alter,ort\n1,jung,N\n", marginsCSV: margins + "ort,W,5\n")
        }
        #expect(totals?.kind == .inconsistentTotals)
        let empty = #expect(throws: SurveyStatsError.self) {
            try SurveyStats.weight(responsesCSV: "id,alter,ort\n1,jung,N\n2,alt,\n", marginsCSV: margins)
        }
        #expect(empty?.kind == .missingCategory)
        #expect(empty?.line == 3)
        #expect(empty?.column == "ort")
    }

    @Test("weight: not converged is said in the report")
    func weightNotConverged() throws {
        let margins = "variable,category,population\nv,A,50\nv,B,50\nw,X,70\nw,Y,30\n"
        let (_, report) = try SurveyStats.weight(responsesCSV: "id,v,w\n1,A,X\n2,A,Y\n3,B,X\n", marginsCSV: margins,
                                                 maxIterations: 3, tolerance: 1e-12)
        #expect(report.contains("NICHT konvergiert nach 3 Iterationen"))
    }

    @Test("estimate: equals the Python reference for Stadtbezirk and Quartier (with suppression)")
    func estimate() throws {
        for by in ["stadtbezirk", "quartier"] {
            // act
            let csv = try SurveyStats.estimate(responsesCSV: try SurveyFixtures.text("responses"),
                                               marginsCSV: try SurveyFixtures.text("margins"), by: by, outcome: "einsam")
            // check: same rows and flags; numbers within 1e-9 (weights raked with tolerance 1e-10 vs 1e-12)
            let output = try CSV.Table(text: csv)
            let expected = try SurveyFixtures.table("expected_estimate_\(by)")
            #expect(output.header == expected.header)
            try #require(output.rows.count == expected.rows.count)
            for (row, reference) in zip(output.rows, expected.rows) {
                #expect(row[0] == reference[0])
                #expect(row[1] == reference[1])
                #expect(row[5] == reference[5])
                for column in 2...4 {
                    if reference[column].isEmpty {
                        #expect(row[column].isEmpty)
                    } else {
                        let value = try #require(Double(row[column]))
                        #expect(SurveyFixtures.close(value, try #require(Double(reference[column]))))
                    }
                }
            }
        }
    }

    @Test("estimate: outcome values and columns are checked")
    func estimateErrors() throws {
        let responses = try SurveyFixtures.text("responses")
        let margins = try SurveyFixtures.text("margins")
        let bad = #expect(throws: SurveyStatsError.self) {
            try SurveyStats.estimate(responsesCSV: responses.replacingOccurrences(of: "R0003,", with: "R0003,")
                .replacingOccurrences(of: "\nR0002,45-64,weiblich,Eving,Q1,0.640187,\n",
                                      with: "\nR0002,45-64,weiblich,Eving,Q1,0.640187,ja\n"),
                marginsCSV: margins, by: "stadtbezirk", outcome: "einsam")
        }
        #expect(bad?.description == "Antwortdatei, Zeile 3, Spalte „einsam“: ungültiger Wert „ja“ (erlaubt: 0, 1 oder leer "
            + "für keine Angabe)")
        let missing = #expect(throws: SurveyStatsError.self) {
            try SurveyStats.estimate(responsesCSV: responses, marginsCSV: margins, by: "bezirk", outcome: "einsam")
        }
        #expect(missing?.description == "Antwortdatei, Zeile 1: Die Spalte „bezirk“ fehlt.")
    }

    @Test("CSV output equals CSV.write, quoting included; trimming equals Foundation's")
    func csvOutput() {
        let rows = [["id", "weight"], ["a,b", "1"], ["say \"hi\"", "2"], ["line\nbreak", ""], ["Hörde", "3.5"], ["", "cr\r"]]
        #expect(SurveyStats.writeCSV(rows) == CSV.write(rows))
        for field in ["", " a", "a ", "\ta\t", "\u{00A0}x\u{00A0}", "Ö", " Ö ", "x y"] {
            #expect(SurveyStats.trimmed(field) == field.trimmingCharacters(in: .whitespaces))
        }
    }

    @Test("number format: exact round trip, integers without decimals")
    func numbers() {
        #expect(SurveyStats.formatNumber(300) == "300")
        #expect(SurveyStats.formatNumber(0.1) == "0.1")
        #expect(SurveyStats.formatNumber(1.0 / 3.0) == "0.3333333333333333")
        #expect(Double(SurveyStats.formatNumber(1e-5)) == 1e-5)
        let x = 209.27611892897153
        #expect(Double(SurveyStats.formatNumber(x)) == x)
    }
}
