import Foundation

extension SurveyStats {
    /// Number for CSV output: '.' as decimal separator, the shortest text that reads back as exactly the same
    /// Double (up to 17 significant digits), integral values without ".0". Very small or large magnitudes use
    /// exponent notation ("1e-05"), which spreadsheet and statistics software read.
    public static func formatNumber(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return "\(value)"
    }

    /// Number for German sentences: ',' as decimal separator, `digits` decimals.
    static func germanNumber(_ value: Double, digits: Int) -> String {
        String(format: "%.\(digits)f", value).replacingOccurrences(of: ".", with: ",")
    }
}
