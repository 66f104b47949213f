/// A Search Records `criteria` string, parsed:
/// `((Field:operator:value)and(Field:operator:value))`, `or` too, groups in
/// groups, and a lone `Field:operator:value` without parentheses.
///
/// The string comes from a query parameter, so a hostile one must cost
/// little: the parser walks it once, never backtracks, stops at the first
/// fault, and refuses early what Zoho would refuse anyway (more than 10
/// conditions) and what no real criteria needs (deeper nesting, longer text).
public indirect enum SearchCriteria: Sendable, Equatable {
    case condition(SearchCondition)
    /// Every member holds (`and`).
    case all([SearchCriteria])
    /// Some member holds (`or`).
    case any([SearchCriteria])

    /// Zoho's documented maximum of conditions in one criteria string.
    public static let maximumConditions = 10
    /// Parentheses deeper than this are refused: 10 conditions need no more.
    public static let maximumDepth = 10
    /// Bytes of criteria text: room for 10 conditions with 100 `in` values each.
    public static let maximumLength = 32 * 1024

    public static func parse(_ text: String) throws(ZohoError) -> SearchCriteria {
        var parser = SearchCriteriaParser(Array(text.utf8))
        return try parser.parseAll()
    }

    /// Every condition, left to right.
    public var conditions: [SearchCondition] {
        switch self {
        case .condition(let condition): [condition]
        case .all(let members), .any(let members): members.flatMap(\.conditions)
        }
    }
}

/// One `Field:operator:value`: values split on unescaped commas, escapes resolved.
public struct SearchCondition: Sendable, Equatable {
    public var field: String
    public var comparator: String
    public var values: [String]

    public init(field: String, comparator: String, values: [String]) {
        self.field = field
        self.comparator = comparator
        self.values = values
    }
}

/// Recursive descent over bytes; recursion is bounded by `maximumDepth`.
struct SearchCriteriaParser {
    private let bytes: [UInt8]
    private var index = 0
    private var conditionCount = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    private static let open = UInt8(ascii: "("), close = UInt8(ascii: ")")
    private static let colon = UInt8(ascii: ":"), comma = UInt8(ascii: ","), backslash = UInt8(ascii: "\\")

    mutating func parseAll() throws(ZohoError) -> SearchCriteria {
        guard bytes.count <= SearchCriteria.maximumLength else { throw .invalidQuery(.tooLong, apiName: nil) }
        guard !bytes.isEmpty else { throw .invalidQuery(.malformed, apiName: nil) }
        let result: SearchCriteria
        if bytes[0] == Self.open {
            result = try parseSequence(depth: 0)
        } else {
            result = .condition(try parseCondition())
        }
        guard index == bytes.count else { throw .invalidQuery(.malformed, apiName: nil) }
        return result
    }

    /// `term (and|or term)*`, ending at the end or before a `)`. `and` binds
    /// tighter than `or`, so `(a)or(b)and(c)` is a or (b and c).
    private mutating func parseSequence(depth: Int) throws(ZohoError) -> SearchCriteria {
        var alternatives: [SearchCriteria] = []
        var chain = [try parseTerm(depth: depth)]
        while index < bytes.count, bytes[index] != Self.close {
            if consumeWord("and") {
                chain.append(try parseTerm(depth: depth))
            } else if consumeWord("or") {
                alternatives.append(chain.count == 1 ? chain[0] : .all(chain))
                chain = [try parseTerm(depth: depth)]
            } else {
                throw .invalidQuery(.malformed, apiName: nil)
            }
        }
        alternatives.append(chain.count == 1 ? chain[0] : .all(chain))
        return alternatives.count == 1 ? alternatives[0] : .any(alternatives)
    }

    /// `(condition)` or `(sequence)`.
    private mutating func parseTerm(depth: Int) throws(ZohoError) -> SearchCriteria {
        guard depth < SearchCriteria.maximumDepth else { throw .invalidQuery(.tooDeep, apiName: nil) }
        guard index < bytes.count, bytes[index] == Self.open else { throw .invalidQuery(.malformed, apiName: nil) }
        index += 1
        let term: SearchCriteria
        if index < bytes.count, bytes[index] == Self.open {
            term = try parseSequence(depth: depth + 1)
        } else {
            term = .condition(try parseCondition())
        }
        guard index < bytes.count, bytes[index] == Self.close else { throw .invalidQuery(.malformed, apiName: nil) }
        index += 1
        return term
    }

    /// `Field:operator:value[,value…]`, up to an unescaped `)` or the end.
    private mutating func parseCondition() throws(ZohoError) -> SearchCondition {
        conditionCount += 1
        guard conditionCount <= SearchCriteria.maximumConditions else {
            throw .invalidQuery(.tooManyConditions, apiName: nil)
        }
        let field = try readName()
        let comparator = try readName()
        var values: [String] = []
        var current: [UInt8] = []
        while index < bytes.count, bytes[index] != Self.close {
            let byte = bytes[index]
            if byte == Self.backslash, index + 1 < bytes.count {
                // `\(`, `\)`, `\,` and `\\` stand for the character itself.
                current.append(bytes[index + 1])
                index += 2
                continue
            }
            if byte == Self.open { throw .invalidQuery(.malformed, apiName: field) }
            if byte == Self.comma {
                values.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            } else {
                current.append(byte)
            }
            index += 1
        }
        values.append(String(decoding: current, as: UTF8.self))
        return SearchCondition(field: field, comparator: comparator, values: values)
    }

    /// A field or operator name, ended by `:`; blanks around it are trimmed.
    private mutating func readName() throws(ZohoError) -> String {
        let start = index
        while index < bytes.count, bytes[index] != Self.colon {
            let byte = bytes[index]
            if byte == Self.open || byte == Self.close || byte == Self.comma || byte == Self.backslash {
                throw .invalidQuery(.malformed, apiName: nil)
            }
            index += 1
        }
        guard index < bytes.count else { throw .invalidQuery(.malformed, apiName: nil) }
        let name = String(decoding: bytes[start..<index], as: UTF8.self).trimmingBlanks
        index += 1
        guard !name.isEmpty else { throw .invalidQuery(.malformed, apiName: nil) }
        return name
    }

    /// `and`/`or` in any case, with blanks around it.
    private mutating func consumeWord(_ word: String) -> Bool {
        var probe = index
        while probe < bytes.count, bytes[probe] == UInt8(ascii: " ") { probe += 1 }
        for expected in word.utf8 {
            guard probe < bytes.count, bytes[probe] | 0x20 == expected else { return false }
            probe += 1
        }
        while probe < bytes.count, bytes[probe] == UInt8(ascii: " ") { probe += 1 }
        guard probe < bytes.count, bytes[probe] == Self.open else { return false }
        index = probe
        return true
    }
}

extension String {
    /// Without the spaces and tabs around it.
    var trimmingBlanks: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
