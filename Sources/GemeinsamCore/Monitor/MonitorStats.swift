/// Pure logic of the Einsamkeitsmonitor dashboard on top of `SurveyStats`: choropleth classes, count tables with
/// disclosure control, the gap ranking (need against supply) and paired before/after comparisons.
///
/// The caseless enum is only a namespace.
public enum MonitorStats {
    /// No published figure may describe fewer answers than this.
    public static let minimumAnswers = 10
}
