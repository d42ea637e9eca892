import Foundation

extension SurveyStats {
    /// Rakes weights (iterative proportional fitting) so that the weighted counts of every margin variable
    /// match the population margins.
    ///
    /// - Parameters:
    ///   - labels: for every margin variable the category label of each answer (all arrays equally long);
    ///     variables that are not in `margins` are rejected.
    ///   - initialWeights: design weights, one per answer, positive; nil = all 1.
    /// - Errors carry `row` (0-based answer index) and `column` (variable) where they concern one answer.
    public static func rake(
        labels: [String: [String]],
        initialWeights: [Double]? = nil,
        margins: Margins,
        options: RakingOptions = RakingOptions()
    ) throws(SurveyStatsError) -> RakingResult {
        try validate(options)
        let coded = try RakingCodes(labels: labels, initialWeights: initialWeights, margins: margins)
        return rake(coded: coded, targets: margins.variables.map(\.populations), options: options)
    }

    static func validate(_ options: RakingOptions) throws(SurveyStatsError) {
        if options.maxIterations < 1 {
            throw SurveyStatsError(.invalidOption, message: "Die Höchstzahl der Iterationen muss mindestens 1 sein.")
        }
        if !(options.tolerance > 0) || !options.tolerance.isFinite {
            throw SurveyStatsError(.invalidOption, message: "Die Toleranz muss eine positive Zahl sein.")
        }
        if let trimming = options.trimming {
            if let lower = trimming.lower, !(lower >= 0 && lower < 1) {
                throw SurveyStatsError(.invalidOption, message: "Die untere Kappungsgrenze muss zwischen 0 und 1 "
                    + "(als Vielfaches des mittleren Gewichts) liegen.")
            }
            if let upper = trimming.upper, !(upper > 1 && upper.isFinite) {
                throw SurveyStatsError(.invalidOption, message: "Die obere Kappungsgrenze muss größer als 1 "
                    + "(als Vielfaches des mittleren Gewichts) sein.")
            }
            if trimming.maxCycles < 1 || !(trimming.tolerance >= 0) {
                throw SurveyStatsError(.invalidOption, message: "Die Kappung braucht mindestens einen Durchgang "
                    + "und eine Toleranz ab 0.")
            }
        }
    }

    static func rake(coded: RakingCodes, targets: [[Double]], options: RakingOptions) -> RakingResult {
        let n = coded.rowCount
        let cells = RakingCells(codes: coded.codes, categoryCounts: targets.map(\.count), rowCount: n)
        var weights = coded.initialWeights
        var iterations = 0
        var converged = false
        var deviation = Double.infinity
        var trimCycles = 0
        var trimmingConverged = false
        while true {
            var cellWeights = cells.aggregate(weights)
            let start = cellWeights
            let outcome = rakeCells(codes: cells.cellCodes, weights: &cellWeights, targets: targets,
                                    maxIterations: options.maxIterations, tolerance: options.tolerance)
            iterations += outcome.iterations
            converged = outcome.converged
            deviation = outcome.maxDeviation
            let factors = zip(cellWeights, start).map { $0 / $1 }
            for i in 0..<n { weights[i] *= factors[Int(cells.rowCell[i])] }

            guard let trimming = options.trimming else { break }
            let mean = weights.reduce(0, +) / Double(n)
            let low = (trimming.lower ?? 0) * mean
            let high = (trimming.upper ?? .infinity) * mean
            let slack = trimming.tolerance
            let outside = weights.contains { $0 < low * (1 - slack) || $0 > high * (1 + slack) }
            if !outside { trimmingConverged = true; break }
            if trimCycles == trimming.maxCycles { break }
            trimCycles += 1
            for i in 0..<n { weights[i] = min(max(weights[i], low), high) }
        }

        let (sum, sumOfSquares) = weightSums(weights)
        var report: TrimmingReport? = nil
        if options.trimming != nil {
            let mean = sum / Double(n)
            report = TrimmingReport(cycles: trimCycles, converged: trimmingConverged,
                                    minRatio: (weights.min() ?? 0) / mean, maxRatio: (weights.max() ?? 0) / mean)
        }
        return RakingResult(weights: weights, iterations: iterations, converged: converged,
                            maxRelativeDeviation: deviation,
                            designEffect: Double(n) * sumOfSquares / (sum * sum),
                            effectiveSampleSize: sum * sum / sumOfSquares,
                            trimming: report)
    }

    /// Classic IPF on aggregated cells; see `RakingOptions.tolerance` for the stopping rule.
    static func rakeCells(codes: [[Int32]], weights: inout [Double], targets: [[Double]],
                          maxIterations: Int, tolerance: Double)
        -> (iterations: Int, converged: Bool, maxDeviation: Double)
    {
        var previous = targets.indices.map { categorySums(codes[$0], weights, categories: targets[$0].count) }
        var iterations = 0
        var converged = false
        var deviation = Double.infinity
        while !converged && iterations < maxIterations {
            for v in targets.indices {
                let sums = categorySums(codes[v], weights, categories: targets[v].count)
                let factors = zip(targets[v], sums).map { $0 / $1 }
                codes[v].withUnsafeBufferPointer { code in
                    for c in weights.indices { weights[c] *= factors[Int(code[c])] }
                }
            }
            iterations += 1
            var change = 0.0
            deviation = 0
            for v in targets.indices {
                let sums = categorySums(codes[v], weights, categories: targets[v].count)
                for k in sums.indices {
                    change = max(change, abs(sums[k] - previous[v][k]) / previous[v][k])
                    deviation = max(deviation, abs(sums[k] - targets[v][k]) / targets[v][k])
                }
                previous[v] = sums
            }
            converged = change <= tolerance && deviation <= tolerance
        }
        return (iterations, converged, deviation)
    }

    static func categorySums(_ codes: [Int32], _ weights: [Double], categories: Int) -> [Double] {
        var sums = [Double](repeating: 0, count: categories)
        codes.withUnsafeBufferPointer { code in
            weights.withUnsafeBufferPointer { w in
                for c in 0..<w.count { sums[Int(code[c])] += w[c] }
            }
        }
        return sums
    }
}
