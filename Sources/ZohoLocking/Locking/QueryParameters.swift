/// Query parameters as the API received them, decoded, in order.
public struct QueryParameters: Sendable {
    public let items: [(name: String, value: String)]

    public init(_ items: [(name: String, value: String)]) { self.items = items }

    /// The first value of a parameter. An empty value counts as absent.
    public subscript(name: String) -> String? {
        guard let value = items.first(where: { $0.name == name })?.value, !value.isEmpty else { return nil }
        return value
    }

    public func contains(_ name: String) -> Bool { items.contains { $0.name == name } }

    /// A positive integer parameter, or the default when absent.
    /// Non-numeric → UNABLE_TO_PARSE_DATA_TYPE; out of range → INVALID_DATA.
    public func positiveInteger(_ name: String, default defaultValue: Int, maximum: Int = Int.max) throws(ZohoError)
        -> Int
    {
        guard let text = self[name] else { return defaultValue }
        guard let value = Int(text) else { throw .unableToParseDataType }
        guard value >= 1, value <= maximum else { throw .invalidParameter(param: name) }
        return value
    }

    /// A comma-separated id list, or nil when absent.
    public func idList(_ name: String) throws(ZohoError) -> [ZohoID]? {
        guard let text = self[name] else { return nil }
        var ids: [ZohoID] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            guard let id = ZohoID(trimmed) else { throw .unableToParseDataType }
            ids.append(id)
        }
        return ids
    }
}

extension Substring {
    func trimmingCharacters(in set: CharacterSetLike) -> Substring {
        var slice = self
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return slice
    }
}

/// The few character classes trimming needs, without Foundation.
enum CharacterSetLike {
    case whitespaces
    func contains(_ character: Character) -> Bool { character == " " || character == "\t" }
}
