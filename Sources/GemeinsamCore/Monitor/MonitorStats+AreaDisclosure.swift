import Foundation

extension MonitorStats {
    /// Which parts of one whole must be withheld when the whole and the other parts are published.
    ///
    /// A part below `minimum` is withheld (primary). Whoever knows the whole and the published parts knows the sum of
    /// the withheld ones, so that sum must be 0 or at least `minimum`; otherwise the smallest published part is
    /// withheld as well (ties: the first), until it is. Withholding every part always satisfies this when the whole
    /// reaches `minimum`; a whole below `minimum` has only parts below it, all withheld.
    /// `alreadyWithheld`: parts withheld for another reason (e.g. by `areaDisclosure`).
    public static func withheldParts(_ counts: [Int], alreadyWithheld: [Bool]? = nil, minimum: Int = minimumAnswers) -> [Bool] {
        var withheld = counts.indices.map { counts[$0] < minimum || alreadyWithheld?[$0] == true }
        while true {
            let hidden = counts.indices.filter { withheld[$0] }.reduce(0) { $0 + counts[$1] }
            if hidden == 0 || hidden >= minimum { return withheld }
            let published = counts.indices.filter { !withheld[$0] }
            guard let smallest = published.min(by: { counts[$0] < counts[$1] }) else { return withheld }
            withheld[smallest] = true
        }
    }

    /// The areas whose figures may be published, for every table that splits the city into Stadtbezirke and a
    /// Stadtbezirk into Quartiere (shares, counts, wishes): one decision for all of them, so that no difference
    /// between two published figures – of one table or of two – is the count of fewer than `minimum` people.
    ///
    /// - The Stadtbezirke (and the answers without one) are parts of the city: `withheldParts`.
    /// - A withheld Stadtbezirk withholds all its Quartiere (their sum would be the Stadtbezirk).
    /// - The Quartiere of a published Stadtbezirk (and its answers without a Quartier) are parts of it:
    ///   `withheldParts`.
    /// Then every published figure minus any published figures of disjoint areas inside it is 0 or at least
    /// `minimum` (tested over random answer sets in `AreaDisclosureTests`).
    public struct AreaDisclosure: Sendable, Equatable {
        /// Stadtbezirke withheld; `nil` stands for the answers without a Stadtbezirk.
        public var withheldDistricts: Set<Int?>
        /// Quartiere withheld, by Stadtbezirk; `nil` stands for that Stadtbezirk's answers without a Quartier.
        public var withheldQuartiere: [Int?: Set<Int?>]
        public var cityWithheld: Bool

        public func isWithheld(district: Int?) -> Bool { cityWithheld || withheldDistricts.contains(district) }

        public func isWithheld(quartier: Int?, in district: Int?) -> Bool {
            isWithheld(district: district) || withheldQuartiere[district]?.contains(quartier) == true
        }
    }

    /// `counts[district][quartier]`: how many answers (of the population the figures are about) lie there; `nil`
    /// keys for answers without a Stadtbezirk or Quartier.
    public static func areaDisclosure(_ counts: [Int?: [Int?: Int]], minimum: Int = minimumAnswers) -> AreaDisclosure {
        func ordered<V>(_ d: [Int?: V]) -> [Int?] { d.keys.sorted { ($0 ?? .max) < ($1 ?? .max) } }
        let districts = ordered(counts)
        let districtCounts = districts.map { counts[$0]!.values.reduce(0, +) }
        let total = districtCounts.reduce(0, +)
        let withheldDistricts = withheldParts(districtCounts, minimum: minimum)
        var result = AreaDisclosure(withheldDistricts: [], withheldQuartiere: [:], cityWithheld: total < minimum)
        for (i, district) in districts.enumerated() {
            let quartiere = ordered(counts[district]!)
            if withheldDistricts[i] {
                result.withheldDistricts.insert(district)
                result.withheldQuartiere[district] = Set(quartiere)
                continue
            }
            let withheld = withheldParts(quartiere.map { counts[district]![$0]! }, minimum: minimum)
            result.withheldQuartiere[district] = Set(quartiere.indices.filter { withheld[$0] }.map { quartiere[$0] })
        }
        return result
    }
}
