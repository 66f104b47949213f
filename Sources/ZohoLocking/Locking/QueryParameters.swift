import ASCIIBytes

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
        var allParse = true
        CommaList.forEachItem(in: text, omittingEmpty: false) { part in
            guard allParse else { return }
            if let id = ZohoID(String(decoding: part, as: UTF8.self)) { ids.append(id) } else { allParse = false }
        }
        guard allParse else { throw .unableToParseDataType }
        return ids
    }
}

/// `a, b ,c`: comma-separated items with blanks around them trimmed, handed
/// over as UTF-8 bytes (these parameters are read on every list GET: no
/// strings or arrays are made, and the text is walked once).
enum CommaList {
    static func forEachItem(in text: String, omittingEmpty: Bool, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: ",") { end += 1 }
                var first = start
                var last = end
                while first < last, bytes[first].isASCIIBlank { first += 1 }
                while last > first, bytes[last - 1].isASCIIBlank { last -= 1 }
                if !(omittingEmpty && first == last) { body(UnsafeBufferPointer(rebasing: bytes[first..<last])) }
                start = end + 1
            }
        }
    }
}
