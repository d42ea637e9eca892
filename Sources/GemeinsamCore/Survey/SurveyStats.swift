/// Pure statistics for the Einsamkeitsmonitor (issue 6): scoring of the loneliness instruments
/// (UCLA-3 in the SOEP form, De Jong Gierveld 6, direct item), raking of survey weights to population
/// margins, weighted shares with logit intervals, and disclosure control.
///
/// The caseless enum is only a namespace; the name avoids the app's `Survey` (Umfrage) model.
public enum SurveyStats {}
