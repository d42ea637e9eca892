import Fluent
import SQLKit
import Vapor

// The one place where Fluent's database is seen as the SQLKit database it is: both drivers (SQLite and
// PostgreSQL) conform, so the cast cannot fail for a configured app.
extension Database {
    var sql: any SQLDatabase { self as! any SQLDatabase }
}

extension Application {
    var sql: any SQLDatabase { db.sql }
}

extension Request {
    var sql: any SQLDatabase { db.sql }
}
