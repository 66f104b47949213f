import ASCIIBytes
import ZohoJSON

/// A Zoho entity id: a positive 64-bit integer, written as a decimal string.
public struct ZohoID: Hashable, Comparable, Sendable, CustomStringConvertible, JSONRepresentable {
    public let value: Int64

    public init(_ value: Int64) { self.value = value }

    /// Parses a path segment or a string id: decimal digits only, 1...2^63-1.
    public init?(_ text: some StringProtocol) {
        guard !text.isEmpty, text.utf8.count <= 19, text.utf8.allSatisfy(\.isASCIIDigit),
            let value = Int64(text), value > 0
        else { return nil }
        self.value = value
    }

    /// Reads an id sent as a string or as a JSON number (the SDK sends numbers).
    public init?(json: JSONValue) {
        switch json {
        case .string(let text): self.init(text)
        case .number(let number): self.init(number.text)
        default: return nil
        }
    }

    public var description: String { String(value) }
    public var json: JSONValue { .string(description) }
    public static func < (lhs: ZohoID, rhs: ZohoID) -> Bool { lhs.value < rhs.value }
}

/// `{ "name": ..., "id": ... }`, the shape Zoho uses for users, profiles and buttons.
public struct NamedReference: Sendable, Equatable, JSONRepresentable {
    public var name: String?
    public var id: ZohoID

    public init(name: String?, id: ZohoID) {
        self.name = name
        self.id = id
    }

    public var json: JSONValue {
        .object(JSONObject([("name", name.map(JSONValue.string) ?? .null), ("id", id.json)]))
    }
}

/// `{ "api_name": ..., "id": ... }`, the shape Zoho uses for fields and modules.
public struct APINameReference: Sendable, Equatable, JSONRepresentable {
    public var apiName: String
    public var id: ZohoID

    public init(apiName: String, id: ZohoID) {
        self.apiName = apiName
        self.id = id
    }

    public var json: JSONValue {
        .object(JSONObject([("api_name", .string(apiName)), ("id", id.json)]))
    }
}

extension JSONStreamWriter {
    /// An id, as Zoho writes ids: a decimal string.
    public mutating func id(_ id: ZohoID) { decimalString(id.value) }

    public mutating func id(_ id: ZohoID?) {
        if let id { self.id(id) } else { null() }
    }

    /// `{ "name": ..., "id": ... }`, or null.
    public mutating func reference(_ reference: NamedReference?) {
        guard let reference else { return null() }
        beginObject()
        key("name")
        string(reference.name)
        key("id")
        id(reference.id)
        endObject()
    }

    /// `{ "api_name": ..., "id": ... }`.
    public mutating func reference(_ reference: APINameReference) {
        beginObject()
        key("api_name")
        string(reference.apiName)
        key("id")
        id(reference.id)
        endObject()
    }
}
