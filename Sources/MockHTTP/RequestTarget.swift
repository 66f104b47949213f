/// Splits and decodes a request target (`/path?query`) as sent on the wire.
public struct RequestTarget: Sendable, Equatable {
    public let path: String
    public let rawQuery: String

    public init(_ target: String) {
        if let mark = target.firstIndex(of: "?") {
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
        text.split(separator: "&", omittingEmptySubsequences: true).map { pair in
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

    /// Decodes `%XX` escapes; nil when an escape is malformed or the result is not UTF-8.
    public static func percentDecode(_ text: Substring) -> String? {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return String(text) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                return nil
            }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - 48
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - 87
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - 55
        default: return nil
        }
    }
}

extension Substring {
    fileprivate func replacingPlusWithSpace() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "+" ? " " : $0 }))
    }
}
