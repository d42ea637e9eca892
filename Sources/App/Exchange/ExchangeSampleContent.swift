import Foundation
import GemeinsamCore
import SQLKit
import Vapor

/// Sample content of the Börse ("Beispiel"): kiosks, sample residents and 48 listings in all 12 Stadtbezirke, in every
/// status, a third taken in at a kiosk.
struct ExchangeSampleSeeder: SampleContent.Seeder {
    var name: String { "Nachbarschaftsbörse" }

    static let sites: [(name: String, org: String, quartierCode: String, phone: String, address: String, hours: String)] = [
        ("NachbarBude Nordstadt", "Beispielträger Nordstadt e. V.", "05", "0231 0000 101", "am Nordmarkt (Beispieladresse)", "Di–Sa 11–18 Uhr"),
        ("Seniorenbüro Hörde", "Beispiel-Seniorenbüro Hörde", "53", "0231 0000 102", "Hörder Zentrum (Beispieladresse)", "Mo–Fr 9–13 Uhr"),
        ("Stadtteilbüro Scharnhorst", "Beispiel-Quartiersmanagement Scharnhorst", "27", "0231 0000 103", "Einkaufszentrum Scharnhorst (Beispieladresse)", "Mo, Mi, Fr 10–16 Uhr"),
        ("Seniorenbüro Huckarde", "Beispiel-Seniorenbüro Huckarde", "82", "0231 0000 104", "Huckarder Markt (Beispieladresse)", "Mo–Do 9–15 Uhr"),
    ]

    static let residents: [(first: String, initial: String)] = [
        ("Erika", "M"), ("Cem", "K"), ("Leyla", "A"), ("Jonas", "W"), ("Marie", "L"), ("Piotr", "S"), ("Hans", "G"), ("Aylin", "D"),
    ]

    /// (kind, category, title, text, timing 0 once / 1 regular / 2 flexible, note)
    static let texts: [(CoreExchange.Kind, CoreExchange.Category, String, String, Int, String?)] = [
        (.request, .walks, "Begleitung zum Arzt gesucht", "Ich brauche am Vormittag Begleitung zur Hausarztpraxis, etwa 20 Minuten zu Fuß. Ich gehe langsam mit Rollator.", 0, "vormittags"),
        (.offer, .company, "Zeit für Gespräche bei Kaffee", "Ich bin Rentnerin und trinke gern Kaffee in Gesellschaft. Treffen am liebsten im Café oder am Kiosk.", 1, "dienstags nachmittags"),
        (.request, .errands, "Hilfe beim Wocheneinkauf", "Schwere Getränkekisten schaffe ich nicht mehr. Wer kann einmal pro Woche mit mir einkaufen gehen? Bezahlt wird an der Kasse.", 1, "freitags"),
        (.offer, .techHelp, "Ich erkläre Smartphone und Tablet", "Geduldige Hilfe bei WhatsApp, Fotos und Videotelefonie mit den Enkeln. Gern in der Bücherei.", 2, nil),
        (.request, .repairs, "Lampe anbringen", "In meiner Küche soll eine Deckenlampe aufgehängt werden. Leiter ist da, mir fehlt die Sicherheit.", 2, nil),
        (.offer, .paperwork, "Hilfe bei Briefen und Formularen", "Ich helfe beim Lesen und Ausfüllen von Formularen, auch auf Türkisch und Arabisch.", 1, "samstags"),
        (.request, .childcare, "Vorlesen für zwei Kinder", "Wir suchen jemanden, der unseren Kindern (5 und 7) einmal pro Woche in der Bibliothek vorliest.", 1, "mittwochs nachmittags"),
        (.offer, .lending, "Bohrmaschine zu verleihen", "Meine Bohrmaschine steht meistens herum. Gern leihe ich sie in der Nachbarschaft aus.", 2, nil),
        (.request, .activities, "Wer spielt mit Skat?", "Zwei Mitspielerinnen oder Mitspieler für eine gemütliche Skatrunde im Nachbarschaftstreff gesucht.", 1, "donnerstags ab 15 Uhr"),
        (.offer, .walks, "Spaziergänge am Morgen", "Ich gehe jeden Morgen eine Runde durch den Park und freue mich über Begleitung.", 1, "morgens gegen 9 Uhr"),
        (.request, .company, "Telefonpartnerin gesucht", "Seit mein Mann gestorben ist, ist es still. Ich würde gern ab und zu mit jemandem telefonieren.", 2, nil),
        (.offer, .errands, "Ich nehme Einkäufe mit", "Ich fahre jeden Samstag zum Wochenmarkt und bringe gern etwas mit.", 1, "samstags"),
        (.request, .techHelp, "Fernseher neu einstellen", "Nach dem Umzug findet mein Fernseher keine Sender mehr. Wer kennt sich aus?", 0, "nachmittags"),
        (.offer, .repairs, "Kleine Reparaturen am Fahrrad", "Platten, Licht, Bremsen: Ich repariere gern Fahrräder in der Nachbarschaft, gegen ein Lächeln.", 2, nil),
        (.request, .paperwork, "Übersetzung Polnisch–Deutsch", "Ich brauche Hilfe beim Verstehen eines Briefs vom Amt. Er ist zwei Seiten lang.", 0, nil),
        (.offer, .activities, "Gemeinsam kochen", "Einmal im Monat koche ich für alle, die mögen, im Gemeinschaftsraum. Zutaten teilen wir.", 1, "erster Sonntag im Monat"),
        (.offer, .childcare, "Hausaufgabenhilfe Mathe", "Pensionierter Lehrer hilft Kindern der Klassen 3 bis 7 bei Mathe, im Jugendtreff.", 1, "montags 16 Uhr"),
        (.request, .lending, "Rollstuhl für einen Ausflug", "Für einen Ausflug mit meiner Mutter suche ich für einen Tag einen Rollstuhl zum Leihen.", 0, nil),
        (.offer, .other, "Blumen gießen im Urlaub", "Wenn Sie verreisen, gieße ich Ihre Pflanzen. Schlüsselübergabe am Kiosk möglich.", 2, nil),
        (.request, .other, "Hilfe beim Umtopfen", "Meine Zimmerpflanzen sind zu groß geworden. Wer hilft beim Umtopfen auf dem Balkon?", 2, nil),
    ]

    func seed(_ app: Application) async throws -> Int {
        let sql = app.sql
        let existing = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("listings")
            .where("is_sample", .equal, SQLBind(true)).first()?.decode(column: "n", as: Int.self) ?? 0
        if existing > 0 { return 0 }
        let geography = app.geographyStore.snapshot
        let date = app.clock.now
        let today = AppClock.today(at: date)
        let siteIDs = try await Self.ensureSites(geography: geography, now: date, on: sql)

        // sample residents: no usable password, no real address
        var residentIDs: [UUID] = []
        for (i, r) in Self.residents.enumerated() {
            let email = "beispiel-\(i + 1)@beispiel.invalid"
            if let id = try await RoleQueries.userID(email: email, on: sql) { residentIDs.append(id); continue }
            let home = geography.all(.statisticalDistrict)[(i * 7) % geography.all(.statisticalDistrict).count]
            if let id = try await AccountQueries.insert(.init(email: email, passwordHash: "!kein-login", firstName: r.first,
                                                              initial: r.initial, homeAreaID: home.id, isSample: true, verified: true), now: app.clock.now, on: sql) {
                residentIDs.append(id)
            }
        }

        var listings: [ListingRow] = []
        let statuses: [CoreExchange.Status] = [.open, .open, .matched, .open, .done, .withdrawn, .expired, .open]
        let now = date.timeIntervalSince1970
        var n = 0
        for district in geography.all(.district) {
            let quartiere = geography.children(of: district).filter { $0.kind == .statisticalDistrict }
            guard !quartiere.isEmpty else { continue }
            for k in 0..<4 {
                let t = Self.texts[n % Self.texts.count]
                let area = quartiere[k % quartiere.count]
                let status = statuses[n % statuses.count]
                let age = (n * 3) % 25
                let timing: CoreExchange.Timing = switch t.4 {
                case 0: .once(today.adding(days: 3 + n % 20) ?? today)
                case 1: .regular
                default: .flexible
                }
                var validUntil = CoreExchange.Rules.clampedValidUntil(today.adding(days: 30 - age) ?? today, timing: timing)
                if status == .expired || n % 23 == 11 { validUntil = today.adding(days: -(1 + n % 5)) ?? today }
                let viaKiosk = n % 3 == 1
                let resident = Self.residents[n % Self.residents.count]
                let createdAt = now - Double(age * 86_400 + n * 977)
                listings.append(ListingRow(
                    kind: t.0, category: t.1, title: t.2, body: t.3, areaID: area.id, districtID: district.id,
                    publicName: viaKiosk ? ["Gerda", "Mehmet", "Irene", "Klaus"][n % 4] + " " + ["P", "Y", "R", "T"][n % 4] + "."
                        : "\(resident.first) \(resident.initial).",
                    timing: timing.code, timingDate: timing.date, timingNote: t.5, validUntil: validUntil,
                    // one open listing per 23 has passed its last day without the sweep: shown as expired on read
                    status: status == .expired && n % 2 == 0 ? .open : status,
                    authorID: viaKiosk ? nil : residentIDs.isEmpty ? nil : residentIDs[n % residentIDs.count],
                    kioskSiteID: viaKiosk ? siteIDs[n % siteIDs.count] : nil,
                    visitorContact: viaKiosk ? (n % 2 == 0 ? "phone" : "visit") : nil,
                    visitorPhone: viaKiosk && n % 2 == 0 ? "0231 0000 9\(String(format: "%02d", n % 100))" : nil,
                    consentVersion: viaKiosk ? Texts.Kiosk.currentConsent.version : nil, consentAt: viaKiosk ? now : nil,
                    createdAt: createdAt, updatedAt: createdAt, isSample: true))
                n += 1
            }
        }
        try await ListingQueries.insertMany(listings, on: sql)
        return listings.count
    }

    /// The sample kiosks (created once); returns their ids.
    static func ensureSites(geography: GeographySnapshot, now: Date, on sql: any SQLDatabase) async throws -> [Int] {
        var ids: [Int] = []
        for s in sites {
            guard let area = geography.area(kind: .statisticalDistrict, code: s.quartierCode) else { continue }
            if let existing = try await KioskQueries.named(s.name, on: sql) {
                ids.append(existing.id)
            } else if let id = try await KioskQueries.insert(KioskSiteRow(
                name: s.name, organisation: s.org, areaID: area.id, phone: s.phone, address: s.address, openingHours: s.hours,
                createdAt: now.timeIntervalSince1970, isSample: true), on: sql) {
                ids.append(id)
            }
        }
        return ids
    }
}
