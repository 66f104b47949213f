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

    /// A comma-separated id list, or nil when absent. An empty item is not an id.
    public func idList(_ name: String) throws(ZohoError) -> [ZohoID]? {
        guard let text = self[name] else { return nil }
        var ids: [ZohoID] = []
        for part in CommaList.items(of: text, omittingEmpty: false) {
            guard let id = ZohoID(String(decoding: part, as: UTF8.self)) else { throw .unableToParseDataType }
            ids.append(id)
        }
        return ids
    }
}

/// `a, b ,c`: comma-separated items with blanks around them trimmed, as UTF-8
/// slices (these parameters are read on every list GET; no strings are made).
enum CommaList {
    static func items(of text: String, omittingEmpty: Bool) -> [Substring.UTF8View.SubSequence] {
        text.utf8.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false).compactMap { part in
            var slice = part[...]
            while let first = slice.first, first == 0x20 || first == 0x09 { slice = slice.dropFirst() }
            while let last = slice.last, last == 0x20 || last == 0x09 { slice = slice.dropLast() }
            return omittingEmpty && slice.isEmpty ? nil : slice
        }
    }
}
