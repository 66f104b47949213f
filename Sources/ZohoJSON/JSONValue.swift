/// A parsed or to-be-written JSON document.
///
/// Numbers keep their literal text so that 64-bit ids sent as JSON numbers
/// (the official SDK does that, e.g. `5843104000000002645`) never pass through
/// a `Double` and lose digits.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    public static func int(_ value: Int) -> JSONValue { .number(JSONNumber(value)) }
    public static func int64(_ value: Int64) -> JSONValue { .number(JSONNumber(value)) }

    public var objectValue: JSONObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let array) = self { return array }
        return nil
    }

    public var stringValue: String? {
        if case .string(let string) = self { return string }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let bool) = self { return bool }
        return nil
    }

    public var numberValue: JSONNumber? {
        if case .number(let number) = self { return number }
        return nil
    }

    public var isNull: Bool { self == .null }
    /// The value, or nil for `null`: for keys where `null` means "not given".
    /// (`isNull ? nil : self` in a closure does not do this: JSONValue takes the
    /// nil literal, so that expression is `.null` again.)
    public var nonNull: JSONValue? { isNull ? Optional.none : self }
}

/// A JSON number kept as its literal text.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    public let text: String

    public init(literal text: String) { self.text = text }
    public init(_ value: Int) { self.text = String(value) }
    public init(_ value: Int64) { self.text = String(value) }
    public init(_ value: Double) {
        self.text = value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// The exact integer value, or nil when the literal has a fraction,
    /// an exponent or does not fit 64 bits.
    public var int64Value: Int64? { Int64(text) }
    public var doubleValue: Double? { Double(text) }
    public var description: String { text }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByNilLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(nilLiteral: ()) { self = .null }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(JSONObject(elements))
    }
}

/// Types that present themselves as JSON. Responses are built from these typed
/// values and written by `JSONWriter` in one place.
public protocol JSONRepresentable {
    var json: JSONValue { get }
}

extension Optional where Wrapped: JSONRepresentable {
    public var json: JSONValue { self?.json ?? .null }
}
