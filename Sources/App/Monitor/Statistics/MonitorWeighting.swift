import Foundation
import GemeinsamCore

/// How a wave's answers were weighted: to which margins, with which variables and adjustments, and the raking
/// result – or why they could not be weighted.
struct MonitorWeighting: Sendable {
    var marginName: String
    var marginSource: String
    var marginDate: String?
    var variables: [String] = []
    var adjustments: [MonitorStats.MarginAdjustment] = []
    var result: SurveyStats.RakingResult?
    /// German reason when the answers could not be weighted.
    var problem: String?

    /// Rakes `count` answers with their categories (`labels` by margin variable) to `margins`; the weights are 1
    /// when that is not possible.
    static func rake(_ labels: [String: [String]], count: Int, to margins: MarginChoice) -> (MonitorWeighting, [Double]) {
        var weighting = MonitorWeighting(marginName: margins.name, marginSource: margins.source, marginDate: margins.asOf)
        var weights = [Double](repeating: 1, count: count)
        guard count > 0 else { return (weighting, weights) }
        do {
            let prepared = try MonitorStats.prepareMargins(rows: margins.rows, labels: labels)
            weighting.adjustments = prepared.adjustments
            guard let rakeMargins = prepared.margins else {
                weighting.problem = Texts.Monitor.unweighted
                return (weighting, weights)
            }
            weighting.variables = rakeMargins.variables.map(\.name)
            let result = try SurveyStats.rake(labels: prepared.labels, margins: rakeMargins)
            weighting.result = result
            if result.converged {
                weights = result.weights
            } else {
                weighting.problem = Texts.Monitor.notConverged(result.iterations)
            }
        } catch {
            weighting.problem = error.description
        }
        return (weighting, weights)
    }
}
