struct PluralToken: Equatable {
    enum Kind: Equatable {
        case number(UInt64)
        case n
        case word(String)
        case binary(PluralExpression.Operator)
        case not, question, colon, openParenthesis, closeParenthesis, semicolon, assign, end
    }

    var kind: Kind
    var offset: Int
}

struct PluralLexer {
    private let bytes: [UInt8]
    private(set) var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func peek() throws(PluralFormsError) -> PluralToken {
        let saved = offset
        defer { offset = saved }
        return try next()
    }

    mutating func expect(_ kind: PluralToken.Kind) throws(PluralFormsError) {
        let token = try next()
        guard token.kind == kind else {
            throw PluralFormsError(token.kind == .end ? .unexpectedEnd : .unexpectedToken, at: token.offset)
        }
    }

    mutating func expectWord(_ word: String) throws(PluralFormsError) { try expect(.word(word)) }

    mutating func next() throws(PluralFormsError) -> PluralToken {
        while offset < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]) { offset += 1 }
        let start = offset
        guard offset < bytes.count else { return PluralToken(kind: .end, offset: start) }
        let byte = bytes[offset]
        let following: UInt8? = offset + 1 < bytes.count ? bytes[offset + 1] : nil
        func single(_ kind: PluralToken.Kind) -> PluralToken {
            offset += 1
            return PluralToken(kind: kind, offset: start)
        }
        func pair(_ second: UInt8, _ kind: PluralToken.Kind,
                  else otherwise: PluralToken.Kind?) throws(PluralFormsError) -> PluralToken {
            if following == second {
                offset += 2
                return PluralToken(kind: kind, offset: start)
            }
            guard let otherwise else { throw PluralFormsError(.unexpectedCharacter, at: start) }
            return single(otherwise)
        }
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
            while offset < bytes.count, bytes[offset] == UInt8(ascii: "_")
                    || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[offset] | 0x20) {
                offset += 1
            }
            let word = String(decoding: bytes[start..<offset], as: UTF8.self)
            return PluralToken(kind: word == "n" ? .n : .word(word), offset: start)
        case UInt8(ascii: "*"): return single(.binary(.multiply))
        case UInt8(ascii: "/"): return single(.binary(.divide))
        case UInt8(ascii: "%"): return single(.binary(.remainder))
        case UInt8(ascii: "+"): return single(.binary(.add))
        case UInt8(ascii: "-"): return single(.binary(.subtract))
        case UInt8(ascii: "?"): return single(.question)
        case UInt8(ascii: ":"): return single(.colon)
        case UInt8(ascii: "("): return single(.openParenthesis)
        case UInt8(ascii: ")"): return single(.closeParenthesis)
        case UInt8(ascii: ";"): return single(.semicolon)
        case UInt8(ascii: "<"): return try pair(UInt8(ascii: "="), .binary(.lessOrEqual), else: .binary(.less))
        case UInt8(ascii: ">"): return try pair(UInt8(ascii: "="), .binary(.greaterOrEqual), else: .binary(.greater))
        case UInt8(ascii: "="): return try pair(UInt8(ascii: "="), .binary(.equal), else: .assign)
        case UInt8(ascii: "!"): return try pair(UInt8(ascii: "="), .binary(.notEqual), else: .not)
        case UInt8(ascii: "&"): return try pair(UInt8(ascii: "&"), .binary(.and), else: nil)
        case UInt8(ascii: "|"): return try pair(UInt8(ascii: "|"), .binary(.or), else: nil)
        default: throw PluralFormsError(.unexpectedCharacter, at: start)
        }
    }

    private mutating func number() throws(PluralFormsError) -> PluralToken {
        let start = offset
        var value: UInt64 = 0
        while offset < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset]) {
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(UInt64(bytes[offset] - UInt8(ascii: "0")))
            guard !overflow1 && !overflow2 else { throw PluralFormsError(.numberTooLarge, at: start) }
            value = sum
            offset += 1
        }
        return PluralToken(kind: .number(value), offset: start)
    }
}

/// Recursive descent with C precedence; `nesting` bounds the recursion, `depth` the tree.
struct PluralParser {
    private typealias Node = (expression: PluralExpression, depth: Int)
    private static let levels: [[PluralExpression.Operator]] = [
        [.or], [.and], [.equal, .notEqual], [.less, .greater, .lessOrEqual, .greaterOrEqual],
        [.add, .subtract], [.multiply, .divide, .remainder],
    ]

    private var lexer: PluralLexer
    private var nesting = 0

    init(lexer: PluralLexer) { self.lexer = lexer }

    /// The expression and the offset where it ends (before the optional final `;`).
    mutating func parseAll() throws(PluralFormsError) -> (PluralExpression, Int) {
        let node = try conditional()
        var token = try lexer.next()
        let end = token.offset
        if token.kind == .semicolon { token = try lexer.next() }
        guard token.kind == .end else { throw PluralFormsError(.unexpectedToken, at: token.offset) }
        return (node.expression, end)
    }

    private mutating func enter(at offset: Int) throws(PluralFormsError) {
        nesting += 1
        guard nesting <= PluralForms.maximumDepth else { throw PluralFormsError(.tooDeep, at: offset) }
    }

    private func make(_ expression: PluralExpression, _ children: Int..., at offset: Int) throws(PluralFormsError) -> Node {
        let depth = 1 + (children.max() ?? 0)
        guard depth <= PluralForms.maximumDepth else { throw PluralFormsError(.tooDeep, at: offset) }
        return (expression, depth)
    }

    private mutating func conditional() throws(PluralFormsError) -> Node {
        let start = lexer.offset
        try enter(at: start)
        defer { nesting -= 1 }
        let condition = try binary(level: 0)
        guard try lexer.peek().kind == .question else { return condition }
        _ = try lexer.next()
        let then = try conditional()
        try lexer.expect(.colon)
        let otherwise = try conditional()
        return try make(.conditional(condition.expression, then.expression, otherwise.expression),
                        condition.depth, then.depth, otherwise.depth, at: start)
    }

    private mutating func binary(level: Int) throws(PluralFormsError) -> Node {
        guard level < Self.levels.count else { return try unary() }
        var left = try binary(level: level + 1)
        while true {
            let token = try lexer.peek()
            guard case .binary(let op) = token.kind, Self.levels[level].contains(op) else { return left }
            _ = try lexer.next()
            let right = try binary(level: level + 1)
            left = try make(.binary(op, left.expression, right.expression), left.depth, right.depth, at: token.offset)
        }
    }

    private mutating func unary() throws(PluralFormsError) -> Node {
        let token = try lexer.next()
        switch token.kind {
        case .not:
            try enter(at: token.offset)
            defer { nesting -= 1 }
            let operand = try unary()
            return try make(.not(operand.expression), operand.depth, at: token.offset)
        case .number(let value): return (.number(value), 1)
        case .n: return (.n, 1)
        case .openParenthesis:
            let inner = try conditional()
            try lexer.expect(.closeParenthesis)
            return inner
        case .end: throw PluralFormsError(.unexpectedEnd, at: token.offset)
        default: throw PluralFormsError(.unexpectedToken, at: token.offset)
        }
    }
}
