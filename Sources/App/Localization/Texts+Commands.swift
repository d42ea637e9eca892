/// German text the `gemeinsam` commands share (see `CommandIO`).
extension German {
    enum Commands {
        static func unreadableFile(_ path: String) -> String { "Die Datei „\(path)“ kann nicht gelesen werden." }
        static func notUTF8(_ path: String) -> String { "Die Datei „\(path)“ ist nicht UTF-8-kodiert." }
    }
}
