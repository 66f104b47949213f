import ASCIIBytes

/// Splits and decodes a request target (`/path?query`) as sent on the wire.
public struct RequestTarget: Sendable, Equatable {
    public let path: String
    public let rawQuery: String

    public init(_ target: String) {
        // ASCII targets (the usual case) find `?` as a byte; others by Character,
        // where `?` followed by a combining mark is not a question mark.
        let isASCII = target.utf8.withContiguousStorageIfAvailable { !$0.containsNonASCII } ?? false
        let question = isASCII ? target.utf8.firstIndex(of: UInt8(ascii: "?")) : target.firstIndex(of: "?")
        if let mark = question {
            path = Self.percentDecode(target[..<mark]) ?? String(target[..<mark])
            rawQuery = String(target[target.index(after: mark)...])
        } else {
            path = Self.percentDecode(target[...]) ?? target
            rawQuery = ""
        }
    }

    /// `a=1&b=&c` → [(a,1), (b,""), (c,"")]; `+` decodes to a space as forms do.
    public var queryItems: [(name: String, value: String)] {
        Self.parseForm(rawQuery)
    }

    /// Parses `application/x-www-form-urlencoded` text (also query strings).
    public static func parseForm(_ text: String) -> [(name: String, value: String)] {
        // Every request parses its query: ASCII text (what clients send, escapes
        // included) is split as bytes, which is many times cheaper than splitting
        // Characters. Other text keeps the Character rules, where a combining mark
        // after `&` or `=` joins it.
        if let items = text.utf8.withContiguousStorageIfAvailable(parseASCIIForm) ?? nil { return items }
        return text.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = decodeFormComponent(parts[0])
            let value = parts.count > 1 ? decodeFormComponent(parts[1]) : ""
            return (name, value)
        }
    }

    private static func decodeFormComponent(_ text: Substring) -> String {
        let spaced = text.replacingPlusWithSpace()
        return percentDecode(spaced[...]) ?? String(spaced)
    }

    /// `parseForm` over ASCII bytes; nil when the text is not all ASCII.
    private static func parseASCIIForm(_ bytes: UnsafeBufferPointer<UInt8>) -> [(name: String, value: String)]? {
        guard !bytes.containsNonASCII else { return nil }
        var items: [(name: String, value: String)] = []
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "&") { end += 1 }
            if end > start {
                let pair = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if let equals = pair.firstIndex(of: UInt8(ascii: "=")) {
                    items.append((
                        decodeASCIIFormComponent(UnsafeBufferPointer(rebasing: pair[..<equals])),
                        decodeASCIIFormComponent(UnsafeBufferPointer(rebasing: pair[(equals + 1)...]))))
                } else {
                    items.append((decodeASCIIFormComponent(pair), ""))
                }
            }
            start = end + 1
        }
        return items
    }

    /// `decodeFormComponent` for ASCII bytes: `+` is a space, `%XX` a byte; a
    /// malformed escape or a non-UTF-8 result keeps the text with spaces only.
    private static func decodeASCIIFormComponent(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if !bytes.contains(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "%") }) {
            return String(decoding: bytes, as: UTF8.self)
        }
        let spaced = bytes.map { $0 == UInt8(ascii: "+") ? UInt8(ascii: " ") : $0 }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(spaced.count)
        var index = 0
        while index < spaced.count {
            let byte = spaced[index]
            guard byte == UInt8(ascii: "%") else {
                decoded.append(byte)
                index += 1
                continue
            }
            guard index + 2 < spaced.count, let high = spaced[index + 1].asciiHexDigitValue,
                let low = spaced[index + 2].asciiHexDigitValue
            else { return String(decoding: spaced, as: UTF8.self) }
            decoded.append(high << 4 | low)
            index += 3
        }
        return String(validating: decoded, as: UTF8.self) ?? String(decoding: spaced, as: UTF8.self)
    }

    /// Decodes `%XX` escapes; nil when an escape is malformed or the result is not UTF-8.
    public static func percentDecode(_ text: Substring) -> String? {
        // Most paths have no escape: look for one in the contiguous bytes (every request does this).
        let hasEscape = text.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "%")) }
            ?? text.utf8.contains(UInt8(ascii: "%"))
        guard hasEscape else { return String(text) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next()?.asciiHexDigitValue, let low = iterator.next()?.asciiHexDigitValue else {
                return nil
            }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }
}

extension Substring {
    fileprivate func replacingPlusWithSpace() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "+" ? " " : $0 }))
    }
}
