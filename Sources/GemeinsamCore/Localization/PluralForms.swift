/// The CLDR plural categories (https://unicode.org/reports/tr35/tr35-numbers.html#Language_Plural_Rules).
public enum PluralCategory: String, Sendable, Hashable, CaseIterable {
    case zero, one, two, few, many, other
}

/// A gettext `Plural-Forms` rule: `nplurals=N; plural=EXPR;`, where EXPR is the C expression subset gettext
/// accepts (unsigned integers, `n`, `! * / % + - < > <= >= == != && || ?:` and parentheses).
///
/// Headers come from translation files, so parsing is bounded: at most `maximumLength` characters and at most
/// `maximumDepth` levels of nesting (parentheses, `!`, `?:` and the depth of the expression tree), so neither
/// parsing nor evaluation can exhaust the stack. Arithmetic is on unsigned 64-bit integers with wrap-around like
/// gettext's `unsigned long`; division or remainder by zero gives 0 instead of a crash.
public struct PluralForms: Sendable, Hashable, CustomStringConvertible {
    public static let maximumLength = 1_000
    public static let maximumDepth = 64
    /// More forms than any language needs (Arabic has 6).
    public static let maximumCount = 16

    /// `nplurals`: how many forms a plural entry has.
    public let count: Int
    /// The `plural=` expression as written (trimmed).
    public let expression: String
    private let root: PluralExpression

    /// Parses a header value such as `nplurals=2; plural=(n != 1);` (whitespace anywhere, last `;` optional).
    public init(header: String) throws(PluralFormsError) {
        guard header.utf8.count <= Self.maximumLength else { throw PluralFormsError(.tooLong, at: 0) }
        var lexer = PluralLexer(Array(header.utf8))
        try lexer.expectWord("nplurals")
        try lexer.expect(.assign)
        let countToken = try lexer.next()
        guard case .number(let value) = countToken.kind else {
            throw PluralFormsError(.unexpectedToken, at: countToken.offset)
        }
        guard (1...UInt64(Self.maximumCount)).contains(value) else {
            throw PluralFormsError(.invalidCount, at: countToken.offset)
        }
        try lexer.expect(.semicolon)
        try lexer.expectWord("plural")
        try lexer.expect(.assign)
        let start = lexer.offset
        var parser = PluralParser(lexer: lexer)
        let (root, end) = try parser.parseAll()
        self.count = Int(value)
        self.root = root
        self.expression = String(decoding: Array(header.utf8)[start..<end], as: UTF8.self)
            .trimmingCharacters(in: .whitespaces)
    }

    /// A rule from its parts, e.g. `PluralForms(count: 2, expression: "n != 1")`.
    public init(count: Int, expression: String) throws(PluralFormsError) {
        try self.init(header: "nplurals=\(count); plural=\(expression);")
    }

    /// The header value, `nplurals=N; plural=EXPR;`.
    public var header: String { "nplurals=\(count); plural=\(expression);" }
    public var description: String { header }

    /// The form for `number` (its magnitude is used); a result outside `0..<count` gives form 0, as gettext does.
    public func index(for number: Int) -> Int {
        let value = root.evaluate(UInt64(number.magnitude))
        return value < UInt64(count) ? Int(value) : 0
    }

    public static func == (lhs: PluralForms, rhs: PluralForms) -> Bool {
        lhs.count == rhs.count && lhs.root == rhs.root
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        hasher.combine(root)
    }
}

/// Why a `Plural-Forms` value was rejected; `offset` is the UTF-8 offset in the header where it was noticed.
public struct PluralFormsError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        case tooLong, tooDeep, invalidCount, numberTooLarge, unexpectedCharacter, unexpectedToken, unexpectedEnd
    }

    public var kind: Kind
    public var offset: Int

    public init(_ kind: Kind, at offset: Int) {
        self.kind = kind
        self.offset = offset
    }

    public var description: String { "Plural-Forms: \(kind) at offset \(offset)" }
}

indirect enum PluralExpression: Sendable, Hashable {
    enum Operator: Sendable, Hashable {
        case multiply, divide, remainder, add, subtract
        case less, greater, lessOrEqual, greaterOrEqual, equal, notEqual, and, or
    }

    case number(UInt64)
    case n
    case not(PluralExpression)
    case binary(Operator, PluralExpression, PluralExpression)
    case conditional(PluralExpression, PluralExpression, PluralExpression)

    func evaluate(_ n: UInt64) -> UInt64 {
        switch self {
        case .number(let value): return value
        case .n: return n
        case .not(let operand): return operand.evaluate(n) == 0 ? 1 : 0
        case .conditional(let condition, let then, let otherwise):
            return condition.evaluate(n) != 0 ? then.evaluate(n) : otherwise.evaluate(n)
        case .binary(.and, let left, let right): return left.evaluate(n) != 0 && right.evaluate(n) != 0 ? 1 : 0
        case .binary(.or, let left, let right): return left.evaluate(n) != 0 || right.evaluate(n) != 0 ? 1 : 0
        case .binary(let op, let leftNode, let rightNode):
            let left = leftNode.evaluate(n)
            let right = rightNode.evaluate(n)
            switch op {
            case .multiply: return left &* right
            case .divide: return right == 0 ? 0 : left / right
            case .remainder: return right == 0 ? 0 : left % right
            case .add: return left &+ right
            case .subtract: return left &- right
            case .less: return left < right ? 1 : 0
            case .greater: return left > right ? 1 : 0
            case .lessOrEqual: return left <= right ? 1 : 0
            case .greaterOrEqual: return left >= right ? 1 : 0
            case .equal: return left == right ? 1 : 0
            case .notEqual: return left != right ? 1 : 0
            case .and, .or: return 0  // handled above
            }
        }
    }
}
