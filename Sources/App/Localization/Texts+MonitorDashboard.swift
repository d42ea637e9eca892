import Foundation
import GemeinsamCore

/// German text of the monitor's dashboard, free-text review and CSV downloads (headings shared with the survey
/// are in `German.Monitor`).
extension German {
    enum MonitorDashboard {
        // MARK: selection and navigation

        static let unknownWave = "Diese Befragungswelle gibt es nicht."
        static let unknownOutcome = "Diese Messgröße gibt es nicht."
        static let unknownArea = "Dieses Gebiet gibt es nicht."
        static let overviewLink = "Übersicht"
        static func pendingCount(_ count: Int) -> String { " (\(count) zu prüfen)" }
        static let wavesGroup = "Befragungswellen"
        static func waveOption(_ name: String, isSample: Bool) -> String { name + (isSample ? " (Beispiel)" : "") }
        static let outcomesGroup = "Messgrößen"
        static let latestWave = "neueste Welle"
        static let defaultOutcome = "Standard (UCLA-3)"
        static let allMyQuartiere = "alle meine Quartiere"
        static let myQuartiereGroup = "Meine Quartiere"
        static let districtsGroup = "Stadtbezirke"
        /// A Quartier by its name, a Stadtbezirk as „Stadtbezirk …“.
        static func areaName(_ area: AreaRecord?) -> String {
            guard let area else { return "ohne Ortsangabe" }
            return area.kind == .district ? "Stadtbezirk " + area.name : area.name
        }
        static let yourQuartier = "Ihr Quartier"
        static let yourQuartiere = "Ihre Quartiere"

        // MARK: headline and method

        static let wholeCitySuffix = " (ganze Stadt)"
        static func headlineInterval(_ interval: String, answers: String) -> String {
            "95-%-Konfidenzintervall: \(interval); \(answers) Antworten mit dieser Angabe."
        }
        static func answersInWave(_ count: String) -> String { "Antworten in dieser Welle: \(count)." }
        static func weightedTo(_ name: String, source: String, asOf: String?) -> String {
            "Gewichtet nach: \(name)" + (source.isEmpty ? "" : ", Quelle: \(source)") + (asOf.map { ", Stand \($0)" } ?? "") + "."
        }
        static func variableName(_ variable: String) -> String {
            ["stadtbezirk": "Stadtbezirk", "altersgruppe": "Altersgruppe", "geschlecht": "Geschlecht"][variable] ?? variable
        }
        static func weightingVariables(_ names: [String]) -> String {
            "Gewichtungsmerkmale: " + names.joined(separator: ", ") + "."
        }
        static func adjustment(_ a: MonitorStats.MarginAdjustment) -> String {
            let name = variableName(a.variable)
            if a.variableDropped { return "\(name): keine verwendbaren Angaben; nicht zur Gewichtung genutzt." }
            var parts: [String] = []
            if a.missingAnswers > 0 {
                parts.append("\(GermanFormat.integer(a.missingAnswers)) Antworten ohne passende Angabe wurden mit ihrem Anteil an allen Antworten berücksichtigt")
            }
            if !a.droppedCategories.isEmpty {
                parts.append("ohne Antworten und deshalb nicht berücksichtigt: " + a.droppedCategories.joined(separator: ", "))
            }
            return "\(name): " + parts.joined(separator: "; ") + "."
        }
        static func raking(converged: Bool, iterations: Int, designEffect: String, effectiveSize: String) -> String {
            "Raking (iterative Anpassung): \(converged ? "konvergiert" : "nicht konvergiert") nach \(iterations) Durchgängen; "
                + "Designeffekt (Kish) \(designEffect), effektive Fallzahl \(effectiveSize)."
        }
        static let intervalMethod = "Konfidenzintervalle: Logit-Intervall mit der effektiven Fallzahl nach Kish."

        // MARK: maps, bars and tables

        static func mapTitle(_ outcome: String, per: String) -> String { "Karte: \(outcome) \(per)" }
        static func barsTitle(_ outcome: String, by: String) -> String { "Balkendiagramm: \(outcome) \(by)" }
        static let perDistrict = "je Stadtbezirk"
        static let perQuartier = "je Quartier"
        static let byAge = "nach Altersgruppe"
        static let byAgeYears = "nach Altersgruppe (Jahre)"
        static let byRisk = "nach Lebenslage"
        static func riskGroup(_ factor: String, _ group: String) -> String { "\(factor): \(group)" }
        static let fewerThanTen = "unter 10 Antworten"
        static let fewerThanTenShort = "<10"
        static let fewerThanTenOnMap = "unter 10 Antworten (auf der Karte „<10“)"
        static func legendRange(_ low: String?, _ high: String?) -> String {
            switch (low, high) {
            case (nil, nil): "alle Werte"
            case let (nil, h?): "unter \(h)"
            case let (l?, nil): "\(l) und mehr"
            case let (l?, h?): "\(l) bis unter \(h)"
            }
        }
        /// A share with its interval for tooltips: "Borsigplatz: 12,3 % (95-%-KI 8,1 – 17,9 %, 120 Antworten)".
        static func shareTooltip(_ name: String, share: String, interval: String, answers: String) -> String {
            "\(name): \(share) (95-%-KI \(interval), \(answers) Antworten)"
        }
        static let districtColumn = "Stadtbezirk"
        static let quartierColumn = "Quartier"
        static let ageColumn = "Altersgruppe"
        static let riskColumn = "Lebenslage"
        static let shareColumn = "Anteil"
        static let intervalColumn = "95-%-KI"
        static let answersColumn = "Antworten"
        static let totalColumn = "zusammen"
        static let channelTableLabel = "Tabelle der Antworten nach Gebiet und Weg"
        static let channelCaption = "Antworten je Quartier und Weg (online, Kiosk, Papier)"

        // MARK: wishes

        static let wishesTableLabel = "Tabelle der Wünsche"
        static func wishesCaption(_ area: String, answers: String) -> String {
            "Wünsche in \(area) (\(answers) Antworten mit mindestens einem Wunsch)"
        }
        static let rankColumn = "Rang"
        static let wishColumn = "Wunsch"
        static func fewWishes(_ area: String) -> String { "Für \(area) gibt es weniger als 10 Antworten zu den Wünschen." }

        // MARK: panel

        static let fewerThanTenPairs = "unter 10"
        static func panelIntro(previousWave: String, pairs: String) -> String {
            "Menschen, die mit ihrem persönlichen Code in „" + previousWave
                + "“ und in dieser Welle geantwortet haben: " + pairs + " Paare. Ungewichtet; niemand ist dabei namentlich bekannt."
        }
        static let panelTooFew = "Für einen Vergleich braucht es mindestens 10 Paare."
        static let panelTableLabel = "Tabelle Vorher-Nachher"
        static let panelCaption = "Vorher-Nachher-Vergleich derselben Personen"
        static let outcomeColumn = "Messgröße"
        static let beforeColumn = "vorher"
        static let afterColumn = "nachher"
        static let changeColumn = "Veränderung (95-%-KI)"
        static let pairsColumn = "Paare"
        static let panelMeanRow = "UCLA-3-Mittelwert (1–5)"
        static let panelShareRow = "Anteil einsamkeitsbelastet (UCLA-3)"
        static func meanChange(_ change: String, low: String, high: String) -> String { "\(change) (\(low) bis \(high))" }
        static func shareChange(_ change: String, low: String, high: String) -> String {
            "\(change) Prozentpunkte (\(low) bis \(high))"
        }
        static let noPairs = "keine Paare"

        // MARK: free texts

        static let freeTextsHeading = "Freitexte"
        static let approvedTableLabel = "Tabelle der freigegebenen Freitexte"
        static let approvedCaption = "Freigegebene Freitexte"
        static let areaColumn = "Gebiet"
        static let textColumn = "Text"
        static let reviewChoiceMissing = "Bitte wählen Sie einen Text und eine Entscheidung."
        static let reviewTextGone = "Dieser Text ist nicht (mehr) in der Prüfliste."

        /// Where a Quartier's share in the gap analysis comes from (CSV column „Anteil_Quelle“).
        static func sourceName(_ source: MonitorTables.ShareSource) -> String {
            switch source {
            case .quartier: "Quartier"
            case .district: "Stadtbezirk"
            case .city: "Stadt"
            }
        }
    }

    /// German text of the gap analysis and its supply indicators.
    enum MonitorGaps {
        static let mapTitle = "Karte: Lücke zwischen Bedarf und Angebot je Quartier"
        static func tooltip(_ name: String, rank: Int?, gap: String?) -> String {
            name + ": " + (rank.map { "Rang \($0), Lücke " + (gap ?? "") } ?? "keine Schätzung")
        }
        static let topHeading = "Hier fehlt es am meisten"
        static let noRanking = "Noch keine Quartiere mit Schätzung und Einwohnerzahl."
        static func topEntry(district: String, need: String, outcome: String) -> String {
            " (\(district)): etwa \(need) Menschen \(outcome)"
        }
        static let noEstimate = "keine Schätzung oder keine Einwohnerzahl"
        static let tableLabel = "Tabelle der Lückenanalyse"
        static let tableCaption = "Alle Quartiere nach Lücke (Rang 1 = größte Lücke)"
        static let rankColumn = "Rang"
        static let quartierColumn = "Quartier"
        static let populationColumn = "Einwohner*innen"
        static let shareColumn = "Anteil (95-%-KI)"
        static let needColumn = "Bedarf: geschätzte Zahl (95-%-KI)"
        static let gapColumn = "Lücke"
        static let noPopulation = "keine Zahl"
        /// Said after a share that is not the Quartier's own.
        static func sourceNote(_ source: MonitorTables.ShareSource?) -> String {
            switch source {
            case .district: " Wert des Stadtbezirks"
            case .city: " Wert der Stadt"
            default: ""
            }
        }

        static let offerHoursLabel = "Angebotsstunden pro Woche"
        static let offerHoursUnit = "Stunden pro Woche je 1.000 Einwohner*innen"
        static let offerHoursExplanation =
            "Veröffentlichte Angebote der Säule Begegnung im Quartier, durchschnittliche Stunden pro Woche in den nächsten 12 Wochen."
        static let placesLabel = "Orte zum Treffen"
        static let placesUnit = "Orte je 1.000 Einwohner*innen"
        static let placesExplanation =
            "Veröffentlichte Orte der Säule Begegnung im Quartier (z. B. Seniorenbüro, Stadtteilbüro, Café)."
        static let volunteersLabel = "Aktive Ehrenamtliche"
        static let volunteersUnit = "Ehrenamtliche je 1.000 Einwohner*innen"
        static let volunteersExplanation =
            "Personen mit bestätigten Ehrenamtsstunden in der Nachbarschaftsbörse in den letzten 365 Tagen, gezählt im Quartier des Eintrags, bei dem sie geholfen haben (sonst in ihrem Wohnquartier)."
    }
}
