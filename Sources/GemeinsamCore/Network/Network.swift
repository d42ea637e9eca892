import Foundation

/// Analysis of the actor network (Akteursnetz): who cooperates with whom, which groups exist, who connects them.
///
/// Ties collapse into an undirected ``Graph`` whose edge weight counts the ties. All measures use
/// Int-indexed arrays; node `i` is `graph.ids[i]`, and ids are sorted, so results do not depend on the
/// order of the input rows. Measures are checked against networkx 3.6 (see the fixtures in
/// `Tests/GemeinsamCoreTests/Fixtures/network`).
public enum Network {}

extension Network {
    /// One tie between two actors. Ties are undirected: `A–B` and `B–A` are the same edge.
    public struct Edge: Sendable, Hashable {
        public var source: String
        public var target: String
        /// How many ties this edge stands for; must be positive and finite.
        public var weight: Double

        public init(_ source: String, _ target: String, weight: Double = 1) {
            self.source = source
            self.target = target
            self.weight = weight
        }
    }
}
