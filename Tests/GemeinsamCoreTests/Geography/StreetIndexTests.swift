import Foundation
import Testing
@testable import GemeinsamCore

@Suite("Geography: street index")
struct StreetIndexTests {
    let index = StreetIndex(entries: [
        StreetEntry(name: "Oesterholzstraße", subdistricts: [("062", 62), ("061", 52)]),
        StreetEntry(name: "Oesterstraße", subdistricts: [("010", 5)]),
        StreetEntry(name: "Osterweg", subdistricts: [("020", 7)]),
        StreetEntry(name: "Abboweg", subdistricts: [("843", 35)]),
        StreetEntry(name: "Abtweg", subdistricts: [("100", 1)]),
        StreetEntry(name: "Am Ostpark", subdistricts: [("030", 3)]),
        StreetEntry(name: "Am Ostparkweg", subdistricts: [("031", 3)]),
    ])

    private func names(_ query: String, limit: Int = 8) -> [String] {
        index.lookup(query, limit: limit).map(\.entry.name)
    }

    @Test func exactComesFirstThenPrefixesShorterFirst() {
        // setup: "Am Ostpark" is exact, "Am Ostparkweg" starts with it
        // act
        let matches = index.lookup("am ostpark")
        // check
        #expect(matches.map(\.entry.name) == ["Am Ostpark", "Am Ostparkweg"])
        #expect(matches.map(\.kind) == [.exact, .prefix])
        #expect(matches[0].exact && !matches[1].exact)
        #expect(matches.map(\.distance) == [0, 0])
        // then beginnings with one typo: "oster" of Osterweg
        #expect(names("oester") == ["Oesterstraße", "Oesterholzstraße", "Osterweg"])
    }

    @Test func shortQueriesAllowOneEditLongerOnesTwo() {
        // "abboweg" has 7 characters: one edit is allowed …
        #expect(names("abbiweg") == ["Abboweg"])
        #expect(index.lookup("abbiweg").first?.distance == 1)
        #expect(index.lookup("abbiweg").first?.kind == .typo)
        // … but not two
        #expect(names("abbiwex") == [])
        #expect(names("obbiweg") == [])
        // "oesterholzstr" has 13: two edits are allowed (a dropped "e" and a swapped pair)
        #expect(names("osterholzstrase").first == "Oesterholzstraße")   // "strase" counts as "straße"
        #expect(names("oesterhloztsr").first == "Oesterholzstraße")
        #expect(names("oesterhlzstrsa") == [])
    }

    @Test func typoInTheBeginningOfALongName() {
        // setup: "osterholz" is neither a beginning nor within two edits of the whole name
        // act
        let matches = index.lookup("osterholz")
        // check: found through the beginning "oesterholz" (one edit)
        #expect(matches.map(\.entry.name) == ["Oesterholzstraße"])
        #expect(matches.first?.kind == .prefixTypo)
        #expect(matches.first?.distance == 1)
    }

    @Test func tooShortOrNonsenseGivesNothing() {
        #expect(index.lookup("").isEmpty)
        #expect(index.lookup("oe").isEmpty)
        #expect(index.lookup(" .- ").isEmpty)
        #expect(index.lookup("qwxzjv").isEmpty)
        #expect(index.lookup("am ostpark", limit: 0).isEmpty)
    }

    @Test func limitIsRespected() {
        #expect(index.lookup("am ostpark", limit: 1).map(\.entry.name) == ["Am Ostpark"])
    }

    @Test func readsTheDortmundFormat() throws {
        // setup
        let csv = "street,street_key,unterbezirke\r\nOESTERHOLZSTRAßE,72333,062:62 061:52\r\nABBOWEG,,843:35\r\n"
        // act
        let entries = try StreetIndex.dortmundFormat(csv: csv)
        // check
        #expect(entries.count == 2)
        #expect(entries[0].name == "Oesterholzstraße")
        #expect(entries[0].registerName == "OESTERHOLZSTRAßE")
        #expect(entries[0].key == "72333")
        #expect(entries[0].subdistricts.map(\.code) == ["062", "061"])
        #expect(entries[0].subdistricts.map(\.addressPoints) == [62, 52])
        #expect(entries[0].totalAddressPoints == 114)
        #expect(entries[1].key == nil)
    }

    @Test func dortmundFormatErrorsNameTheLine() {
        func message(_ csv: String) -> String {
            do {
                _ = try StreetIndex.dortmundFormat(csv: csv)
                return "(kein Fehler)"
            } catch {
                return "\(error)"
            }
        }
        #expect(message("street,key\nA,1\n") == "Zeile 1: Spalte fehlt: unterbezirke")
        #expect(message("street,unterbezirke\nABBOWEG,843-35\n")
                == "Zeile 2: Der Eintrag „843-35“ in „unterbezirke“ hat nicht die Form Code:Anzahl (z. B. 613:12).")
        #expect(message("street,unterbezirke\nABBOWEG,843:35\nACHATWEG,\n") == "Zeile 3: Die Spalte „unterbezirke“ ist leer.")
        #expect(message("street,unterbezirke\n,843:1\n") == "Zeile 2: Die Spalte „street“ ist leer.")
    }
}
