@testable import App
import Testing

@Suite struct RowDecodingTests {
    @Test(arguments: [
        ("id", "id"), ("ownerUserID", "owner_user_id"), ("accessibleWC", "accessible_wc"), ("areaKm2", "area_km2"),
        ("isSample", "is_sample"), ("centroidLat", "centroid_lat"), ("homeAreaID", "home_area_id"),
        ("URLPath", "url_path"), ("populationDate", "population_date"), ("lat", "lat"),
    ])
    func propertyNamesBecomeColumnNames(property: String, column: String) {
        #expect(RowDecoding.columnName(property) == column)
    }
}
