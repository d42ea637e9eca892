/// German text the `gemeinsam` commands share (see `CommandIO`).
extension Texts {
    enum Commands {
        static func unreadableFile(_ path: String) -> String { UIText.text("commands.unreadableFile", ["path": "\(path)"]) }
        static func notUTF8(_ path: String) -> String { UIText.text("commands.notUTF8", ["path": "\(path)"]) }
    }
}
