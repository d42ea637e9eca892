import Foundation
import Testing
@testable import GemeinsamCore

@Suite("Geography: street names and slugs")
struct StreetNameTests {
    @Test(arguments: [
        ("Oesterholzstraße", "oesterholzstr"),
        ("OESTERHOLZSTR.", "oesterholzstr"),
        ("oesterholz str", "oesterholzstr"),
        ("Oesterholzstrasse", "oesterholzstr"),
        ("  Oesterholz-Straße ", "oesterholzstr"),
        ("Hörder Bahnhofstr.", "hoerderbahnhofstr"),
        ("GROßE HEIMSTRAßE", "grosseheimstr"),
        ("Borsigpl.", "borsigplatz"),
        ("Borsig Pl", "borsigplatz"),
        ("Emmerich-Kálmán-Straße", "emmerichkalmanstr"),
        ("Auf'm Brautschatz", "aufmbrautschatz"),
        ("St.-Georg-Str.", "sanktgeorgstr"),
        ("Wilhelm-Schmidt-Str.", "wilhelmschmidtstr"),
        ("Mu\u{0308}hlenweg", "muehlenweg"),   // decomposed ü
        ("Straße der Republik", "strderrepublik"),
        ("Osterholzstrase", "osterholzstr"),
        ("Oesterholzstrsse", "oesterholzstr"),
        ("Oesterholzstrse", "oesterholzstrse"),
    ])
    func normalize(input: String, expected: String) {
        #expect(StreetName.normalize(input) == expected)
    }

    @Test func spellingsOfOneStreetAgree() {
        let forms = ["Oesterholzstraße", "OESTERHOLZSTR.", "oesterholz str", "OESTERHOLZSTRASSE", "Oesterholz-Str"]
        #expect(Set(forms.map(StreetName.normalize)).count == 1)
    }

    @Test(arguments: [
        ("OESTERHOLZSTRASSE", "Oesterholzstraße"),
        ("OESTERHOLZSTRAßE", "Oesterholzstraße"),
        ("AN DER PAULUSKIRCHE", "An der Pauluskirche"),
        ("WILHELM-SCHMIDT-STR.", "Wilhelm-Schmidt-Straße"),
        ("BERTHA-VON-SUTTNER-STRAßE", "Bertha-von-Suttner-Straße"),
        ("VON-DER-GOLTZ-STRAßE", "Von-der-Goltz-Straße"),
        ("MAX-VON-DER-GRÜN-PLATZ", "Max-von-der-Grün-Platz"),
        ("PLATZ VON ROSTOW AM DON", "Platz von Rostow am Don"),
        ("IM II. WESTFELD", "Im II. Westfeld"),
        ("I. BICKESTRAßE", "I. Bickestraße"),
        ("DR.-SAFIYE-ALI-STRAßE", "Dr.-Safiye-Ali-Straße"),
        ("AUF'M BRAUTSCHATZ", "Auf'm Brautschatz"),
        ("SCHARBEILWEG (VERLÄNGERUNG)", "Scharbeilweg (Verlängerung)"),
        ("1260. PROJEKTIERTE STRAßE", "1260. Projektierte Straße"),
        ("EMMERICH-KÁLMÁN-STRAßE", "Emmerich-Kálmán-Straße"),
        ("ÖSTLICHER WEG", "Östlicher Weg"),
        ("BORSIGPL.", "Borsigplatz"),
    ])
    func displayName(register: String, expected: String) {
        #expect(StreetName.displayName(register) == expected)
    }

    @Test(arguments: [
        ("Dorstfelder Brücke", "dorstfelder-bruecke"),
        ("Hörde", "hoerde"),
        ("Innenstadt-Nord", "innenstadt-nord"),
        ("City", "city"),
        ("Lütgendortmund", "luetgendortmund"),
        ("Kurl-Husen", "kurl-husen"),
        ("  Groß -- Barop!  ", "gross-barop"),
        ("Café René", "cafe-rene"),
        ("Bezirk 12", "bezirk-12"),
        ("–", ""),
    ])
    func slug(name: String, expected: String) {
        #expect(Slug.make(name) == expected)
    }

    @Test func boundedEditDistance() {
        #expect(BoundedEditDistance.distance("abteistr", "abteistr", limit: 2) == 0)
        #expect(BoundedEditDistance.distance("abtiestr", "abteistr", limit: 1) == 1)      // transposition
        #expect(BoundedEditDistance.distance("abteitr", "abteistr", limit: 1) == 1)       // deletion
        #expect(BoundedEditDistance.distance("abteixstr", "abteistr", limit: 1) == 1)     // insertion
        #expect(BoundedEditDistance.distance("abxeistr", "abteistr", limit: 1) == 1)      // substitution
        #expect(BoundedEditDistance.distance("axxeistr", "abteistr", limit: 1) == nil)
        #expect(BoundedEditDistance.distance("axxeistr", "abteistr", limit: 2) == 2)
        #expect(BoundedEditDistance.distance("kitten", "sitting", limit: 3) == 3)
        #expect(BoundedEditDistance.distance("kitten", "sitting", limit: 2) == nil)
        // OSA, not full Damerau–Levenshtein: "ca" → "abc" needs 3 edits here (2 with unrestricted transpositions).
        #expect(BoundedEditDistance.distance("ca", "abc", limit: 3) == 3)
        // Against the closest beginning of the candidate
        #expect(BoundedEditDistance.distance("osterholz", "oesterholzstr", limit: 2, prefixOfCandidate: true) == 1)
        #expect(BoundedEditDistance.distance("oesterholz", "oesterholzstr", limit: 2, prefixOfCandidate: true) == 0)
        #expect(BoundedEditDistance.distance("westfalen", "oesterholzstr", limit: 2, prefixOfCandidate: true) == nil)
    }
}
