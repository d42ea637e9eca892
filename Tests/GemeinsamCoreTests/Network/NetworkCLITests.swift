import Foundation
import Testing
@testable import GemeinsamCore

@Suite struct NetworkCLITests {
    @Test func rendersJSONInTheAgreedShape() throws {
        // Path A–B–C: B lies on the only path between A and C; closeness of A is 2/3 (distances 1 and 2).
        let output = try NetworkCLI.analyze(csvText: "source,target\nA,B\nB,C\n", format: .json)
        #expect(output == """
            {"nodes":[
            {"id":"A","degree":1,"betweenness":0.0,"closeness":0.6666666666666666,"component":0,"community":0},
            {"id":"B","degree":2,"betweenness":1.0,"closeness":1.0,"component":0,"community":0},
            {"id":"C","degree":1,"betweenness":0.0,"closeness":0.6666666666666666,"component":0,"community":0}
            ],"components":1,"modularity":0.0,"warnings":[]}

            """)
    }

    @Test func rendersCSVWithAllMeasures() throws {
        let output = try NetworkCLI.analyze(csvText: "source,target,weight\nA,B,2\nB,C,1\nC,A,1\nC,D,1\n", format: .csv)
        let lines = output.components(separatedBy: "\r\n")
        #expect(lines[0] == "id,degree,weighted_degree,betweenness,closeness,clustering,component,community")
        // Communities {A,B} and {C,D}: Q = (2/5 − 0.6²) + (1/5 − 0.4²) = 0.08, better than one group (Q = 0).
        #expect(lines[1] == "A,2,3.0,0.0,0.75,1.0,0,0")
        #expect(lines[3] == "C,3,3.0,0.6666666666666666,1.0,0.3333333333333333,0,1")
        #expect(lines.count == 6 && lines[5].isEmpty)
    }

    @Test func mergesDuplicatesAndSkipsSelfLoopsWithWarnings() throws {
        // setup
        let csv = "source,target,weight\nA,B,1\nB,A,2.5\nA,A,1\nB,C,1\nC,C,1\n"
        // act
        let report = try NetworkCLI.run(csvText: csv, format: .json)
        // check
        #expect(report.analysis.graph.ids == ["A", "B", "C"])
        #expect(report.analysis.weightedDegree == [3.5, 4.5, 1])
        #expect(report.warnings == [
            "2 Zeilen mit gleicher Quelle und gleichem Ziel wurden übersprungen (Zeilen 4, 6).",
            "1 doppelte Verbindung wurde zusammengefasst (Gewichte addiert).",
        ])
        #expect(report.output.hasSuffix(#""warnings":["2 Zeilen mit gleicher Quelle und gleichem Ziel wurden übersprungen (Zeilen 4, 6).","1 doppelte Verbindung wurde zusammengefasst (Gewichte addiert)."]}"# + "\n"))
    }

    @Test func rejectsBadFilesWithClearGermanMessages() throws {
        func message(_ csv: String) -> String? {
            do {
                _ = try NetworkCLI.analyze(csvText: csv, format: .json)
                return nil
            } catch {
                return error.description
            }
        }
        #expect(message("source,ziel\nA,B\n")
            == "Zeile 1: Die Spalte „target“ fehlt. Erwartet wird die Kopfzeile „source,target“ mit optionaler Spalte „weight“.")
        #expect(message("von,nach\nA,B\n")?.hasPrefix("Zeile 1: Die Spalten „source“ und „target“ fehlen.") == true)
        #expect(message("source,target\nA,B\nC,\n") == "Zeile 3: Die Spalte „target“ ist leer.")
        #expect(message("source,target\n  ,B\n") == "Zeile 2: Die Spalte „source“ ist leer.")
        #expect(message("source,target,weight\nA,B,-1\n") == "Zeile 2: Das Gewicht „-1“ ist keine positive Zahl.")
        #expect(message("source,target,weight\nA,B,viel\n") == "Zeile 2: Das Gewicht „viel“ ist keine positive Zahl.")
        #expect(message("source,target,weight\nA,B,\n") == "Zeile 2: Das Gewicht „“ ist keine positive Zahl.")
        #expect(message("source,target\nA,B,C\n") == "Zeile 2: 3 Felder, erwartet 2")
        #expect(message("") == "Zeile 1: Die Datei ist leer")
        #expect(message("source,target\n\"A,B\n") == "Zeile 3: Anführungszeichen wird nicht geschlossen")
        #expect(throws: NetworkCLI.InputError(line: nil, message: "Unbekanntes Format „xml“. Erlaubt sind „json“ und „csv“.")) {
            try NetworkCLI.Format(argument: "xml")
        }
        #expect(try NetworkCLI.Format(argument: "CSV") == .csv)
    }

    @Test func readsSemicolonFilesQuotedIdsAndOddHeaders() throws {
        // setup: a German spreadsheet export with decimal commas, a BOM, spaces and quotes in ids
        let csv = "\u{FEFF}Source ; Target;Weight\r\n\"Kiosk \"\"NachbarBude\"\"\"; Tafel ;1,5\r\nTafel;Kirche, St. Joseph;2\r\n"
        // act
        let report = try NetworkCLI.run(csvText: csv, format: .json)
        // check
        #expect(report.analysis.graph.ids == ["Kiosk \"NachbarBude\"", "Kirche, St. Joseph", "Tafel"].sorted())
        #expect(report.analysis.weightedDegree.reduce(0, +) == 7)
        #expect(report.output.contains(#"{"id":"Kiosk \"NachbarBude\"","degree":1,"#))
        _ = try JSONSerialization.jsonObject(with: Data(report.output.utf8))
    }

    @Test func headerOnlyGivesAnEmptyNetwork() throws {
        let output = try NetworkCLI.analyze(csvText: "source,target\n", format: .json)
        #expect(output == #"{"nodes":[],"components":0,"modularity":0.0,"warnings":["Die Datei enthält keine Verbindungen."]}"# + "\n")
    }

    @Test func escapesControlCharactersInJSON() throws {
        let output = try NetworkCLI.analyze(csvText: "source,target\n\"a\tb\",\"c\\d\"\n", format: .json)
        #expect(output.contains(#""id":"a\tb""#) && output.contains(#""id":"c\\d""#))
    }

    @Test func handlesHundredThousandRows() throws {
        // setup: 100,000 ties among 5,000 actors, many of them repeated (a big export)
        var csv = "source,target\n"
        var rng = Network.SeededRandom(seed: 3)
        var selfLoops = 0
        for _ in 0..<100_000 {
            let a = rng.below(5_000), b = rng.below(5_000)
            if a == b { selfLoops += 1 }
            csv += "akteur\(a),akteur\(b)\n"
        }
        // act
        let ties = try NetworkCLI.parseTies(csvText: csv)
        let graph = Network.Graph(nodes: ties.extraNodes, edges: ties.edges)
        // check
        #expect(ties.rowCount == 100_000)
        #expect(selfLoops > 1 && ties.warnings.first?.hasPrefix("\(selfLoops) Zeilen") == true)
        #expect(ties.edges.count == 100_000 - selfLoops)
        #expect(graph.totalWeight == Double(ties.edges.count))
        #expect(graph.nodeCount == 5_000)
    }
}
