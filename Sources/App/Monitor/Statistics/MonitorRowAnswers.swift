import Foundation
import GemeinsamCore

/// The answers of one stored response as the statistics need them, read straight from the stored text
/// (`AnswerCodec` format) without building a dictionary: 50,000 answers are read in a few milliseconds.
struct MonitorRowAnswers {
    var age = ""
    var gender = ""
    var ucla: [SurveyStats.Frequency?] = [nil, nil, nil]
    var djg: [SurveyStats.DJGAnswer?] = [nil, nil, nil, nil, nil, nil]
    var direct: SurveyStats.DirectLonelinessAnswer?
    var wishes: UInt64 = 0
    private var others: [(String, String)] = []

    init(_ text: String, wishIndex: [String: Int]) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: ";") { end += 1 }
                var eq = start
                while eq < end, bytes[eq] != UInt8(ascii: "=") { eq += 1 }
                if eq < end {
                    let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<eq]), as: UTF8.self)
                    let value = UnsafeBufferPointer(rebasing: bytes[(eq + 1)..<end])
                    set(key, value, wishIndex: wishIndex)
                }
                start = end + 1
            }
        }
    }

    private mutating func set(_ key: String, _ value: UnsafeBufferPointer<UInt8>, wishIndex: [String: Int]) {
        func text() -> String { String(decoding: value, as: UTF8.self) }
        func digit() -> Int? { value.count == 1 && value[0] >= 0x31 && value[0] <= 0x35 ? Int(value[0] - 0x30) : nil }
        switch key {
        case "ucla1": ucla[0] = digit().flatMap(SurveyStats.Frequency.init(rawValue:))
        case "ucla2": ucla[1] = digit().flatMap(SurveyStats.Frequency.init(rawValue:))
        case "ucla3": ucla[2] = digit().flatMap(SurveyStats.Frequency.init(rawValue:))
        case "djg_e1", "djg_e2", "djg_e3", "djg_s1", "djg_s2", "djg_s3":
            let index = (key.utf8.dropFirst(4).first == UInt8(ascii: "e") ? 0 : 3) + Int(key.utf8.last! - 0x31)
            djg[index] = Self.djgAnswer(value)
        case QuestionKey.direct: direct = digit().flatMap(SurveyStats.DirectLonelinessAnswer.init(rawValue:))
        case QuestionKey.age: age = text()
        case QuestionKey.gender: gender = text()
        case QuestionKey.wishes:
            var bits: UInt64 = 0
            var s = 0
            while s < value.count {
                var e = s
                while e < value.count, value[e] != UInt8(ascii: ",") { e += 1 }
                if let k = wishIndex[String(decoding: UnsafeBufferPointer(rebasing: value[s..<e]), as: UTF8.self)] {
                    bits |= 1 << UInt64(k)
                }
                s = e + 1
            }
            wishes = bits
        default: others.append((key, text()))
        }
    }

    private static func djgAnswer(_ value: UnsafeBufferPointer<UInt8>) -> SurveyStats.DJGAnswer? {
        switch String(decoding: value, as: UTF8.self) {
        case "ja": .ja
        case "nein": .nein
        case "mehr_oder_weniger": .mehrOderWeniger
        default: nil
        }
    }

    /// The first value of another question.
    func value(_ key: String) -> String? { others.first { $0.0 == key }?.1 }
}
