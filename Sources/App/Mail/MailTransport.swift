import Foundation

/// One plain-text mail, ready to go.
struct OutgoingMail: Sendable, Equatable {
    var id: UUID
    var from: String
    var to: String
    var subject: String
    var body: String
    var date: Date

    /// RFC 5322 text with a UTF-8 body; header values never contain line breaks (no header injection).
    var rfc5322: String {
        func clean(_ s: String) -> String {
            s.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        let domain = from.split(separator: "@").last.map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "> ")) } ?? "localhost"
        let headers = [
            "From: \(Self.encodeHeader(clean(from)))",
            "To: \(clean(to))",
            "Subject: \(Self.encodeHeader(clean(subject)))",
            "Date: \(formatter.string(from: date))",
            "Message-ID: <\(id.uuidString.lowercased())@\(domain)>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "Auto-Submitted: auto-generated",
        ]
        let normalizedBody = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + normalizedBody + "\r\n"
    }

    /// RFC 2047 encoded word for non-ASCII header text (the display name part stays readable in every client).
    static func encodeHeader(_ text: String) -> String {
        if text.allSatisfy({ $0.isASCII }) { return text }
        if let open = text.lastIndex(of: "<"), text.hasSuffix(">") {
            let name = text[..<open].trimmingCharacters(in: .whitespaces)
            return "=?UTF-8?B?\(Data(name.utf8).base64EncodedString())?= " + text[open...]
        }
        return "=?UTF-8?B?\(Data(text.utf8).base64EncodedString())?="
    }
}

/// Delivers mails. Throwing `MailTransportError.unavailable` means: keep the mails queued and try later.
protocol MailTransport: Sendable {
    func send(_ mail: OutgoingMail) async throws
    var name: String { get }
}

enum MailTransportError: Error, Equatable {
    /// The transport cannot work at all (e.g. no sendmail binary); nothing was sent.
    case unavailable(String)
    /// This one mail failed.
    case failed(String)
}

/// Runs the system's sendmail interface (`sendmail -t -i`), as Postfix, Exim, OpenSMTPD and msmtp provide it.
struct SendmailTransport: MailTransport {
    let path: String
    var name: String { Texts.Mail.sendmailName(path) }

    /// Writing to a sendmail that already exited must not kill the app.
    private static let ignoreSIGPIPE: Void = { signal(SIGPIPE, SIG_IGN) }()

    func send(_ mail: OutgoingMail) async throws {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw MailTransportError.unavailable(Texts.Mail.sendmailMissing(path))
        }
        _ = Self.ignoreSIGPIPE
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-t", "-i"]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            process.terminationHandler = { p in
                if p.terminationStatus == 0 { continuation.resume() } else {
                    continuation.resume(throwing: MailTransportError.failed(Texts.Mail.sendmailExit(p.terminationStatus)))
                }
            }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: MailTransportError.unavailable(Texts.Mail.sendmailNotStarted(path)))
                return
            }
            // a sendmail that exits early makes the write fail (EPIPE, SIGPIPE is ignored); its exit code tells
            try? input.fileHandleForWriting.write(contentsOf: Data(mail.rfc5322.utf8))
            try? input.fileHandleForWriting.close()
        }
    }
}

/// Writes each mail as an .eml file into a directory (development and tests).
struct FileMailTransport: MailTransport {
    let directory: String
    var name: String { Texts.Mail.filesName(directory) }

    func send(_ mail: OutgoingMail) async throws {
        let dir = URL(fileURLWithPath: directory, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let stamp = String(Int(mail.date.timeIntervalSince1970 * 1000))
            let file = dir.appendingPathComponent("\(stamp)-\(mail.id.uuidString.lowercased()).eml")
            try Data(mail.rfc5322.utf8).write(to: file, options: .atomic)
        } catch {
            throw MailTransportError.unavailable(Texts.Mail.filesNotWritable(directory))
        }
    }
}
