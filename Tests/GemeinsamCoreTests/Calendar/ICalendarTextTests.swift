import Foundation
import Testing
@testable import GemeinsamCore

@Suite struct ICalendarTextTests {
    @Test func escapesTextValues() {
        #expect(ICalendarText.escape(#"Kaffee, Kuchen; Spiele \ mehr"#) == #"Kaffee\, Kuchen\; Spiele \\ mehr"#)
        #expect(ICalendarText.escape("Zeile 1\nZeile 2\r\nZeile 3\rZeile 4") == #"Zeile 1\nZeile 2\nZeile 3\nZeile 4"#)
        #expect(ICalendarText.escape("Tab\tbleibt, Glocke\u{07} nicht") == "Tab\tbleibt\\, Glocke nicht")
        #expect(ICalendarText.escape("„Grüße“ – 😀") == "„Grüße“ – 😀")
    }

    @Test func shortLinesAreNotFolded() {
        let line = "SUMMARY:" + String(repeating: "a", count: 67)  // exactly 75 octets
        #expect(ICalendarText.fold(line) == line)
    }

    @Test func foldsAtSeventyFiveOctetsWithoutSplittingUmlauts() {
        // setup: 8 octets + 40 × "Ä" (2 octets each) = 88 octets
        let line = "SUMMARY:" + String(repeating: "Ä", count: 40)
        // act
        let folded = ICalendarText.fold(line)
        // check: 8 + 33 × 2 = 74 octets fit (a 34th would make 76); the rest follows after CRLF + space
        #expect(folded == "SUMMARY:" + String(repeating: "Ä", count: 33) + "\r\n " + String(repeating: "Ä", count: 7))
    }

    @Test func foldsLongMixedTextIntoValidLines() throws {
        // setup: ASCII, 2-byte umlauts, 3-byte dash/euro, 4-byte emoji and a flag (two scalars)
        let line = "DESCRIPTION:" + String(repeating: "Grüße – 5 € für Kaffee 😀🇩🇪 ", count: 12)
        // act
        let folded = ICalendarText.fold(line)
        let physical = splitBytes(Array(folded.utf8))
        // check: every physical line is valid UTF-8 on its own, at most 75 octets
        #expect(physical.count > 5)
        for (index, bytes) in physical.enumerated() {
            #expect(bytes.count <= 75)
            if index > 0 { #expect(bytes.first == UInt8(ascii: " ")) }
            #expect(String(validating: bytes, as: UTF8.self) != nil)
        }
        // unfolding (remove CRLF + one space) gives the line back
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
        // no flag (two regional indicators) was split between lines
        for bytes in physical {
            let indicators = String(decoding: bytes, as: UTF8.self).unicodeScalars.filter { (0x1F1E6...0x1F1FF).contains($0.value) }
            #expect(indicators.count % 2 == 0)
        }
    }

    private func splitBytes(_ bytes: [UInt8]) -> [[UInt8]] {
        var result: [[UInt8]] = [[]]
        var index = 0
        while index < bytes.count {
            if bytes[index] == 13, index + 1 < bytes.count, bytes[index + 1] == 10 {
                result.append([])
                index += 2
            } else {
                result[result.count - 1].append(bytes[index])
                index += 1
            }
        }
        return result
    }

    @Test func foldingAtExactlyASplitPoint() {
        // 74 ASCII octets then "€" (3 octets) must move whole to the next line
        let line = String(repeating: "x", count: 74) + "€"
        #expect(ICalendarText.fold(line) == String(repeating: "x", count: 74) + "\r\n €")
    }

    @Test func dateTimeValues() throws {
        #expect(ICalendarText.utcDateTime(Date(timeIntervalSince1970: 1_764_576_000)) == "20251201T080000Z")
        #expect(ICalendarText.utcDateTime(Date(timeIntervalSince1970: 59.9)) == "19700101T000059Z")
        #expect(ICalendarText.localDateTime(try CalendarDate(iso: "2026-03-29"), try CalendarTime(text: "2:30")) == "20260329T023000")
    }
}
