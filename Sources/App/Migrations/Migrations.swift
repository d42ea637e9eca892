import Fluent
import Vapor

enum Migrations {
    static func register(on app: Application) {
        app.migrations.add(CreateSetting())
        app.migrations.add(CreateArea())
        app.migrations.add(CreateUser())
        app.migrations.add(CreateLoginFailure())
        app.migrations.add(SessionRecord.migration)
        // 002 Begegnung
        app.migrations.add(CreatePlace())
        app.migrations.add(CreateOffer())
        app.migrations.add(CreateRoomBooking())
        // 003 Nachbarschaftsbörse
        ExchangeMigrations.all.forEach { app.migrations.add($0) }
        // 005 Einsamkeitsmonitor
        app.migrations.add(CreateSurvey())
        app.migrations.add(CreateSurveyResponse())
        // 006 Begegnung: editing and rooms
        app.migrations.add(AddBookingDecisionNote())
        // 004 Akteursnetz (registered after 006: databases that already ran 005 and 006 add it on the next start)
        app.migrations.add(CreateActor())
        // 007 Börse: volunteer hours confirmed by an actor
        app.migrations.add(AddVolunteerHoursActor())
    }
}
