/// Byte classes of ASCII, for the readers that walk UTF-8 bytes instead of
/// Characters (request targets, headers, JSON, ids, date-times): they run on
/// every request, where Unicode-aware Character and String calls cost far more.
/// Inlinable, so a call from another module costs what the comparison costs.
extension UInt8 {
    /// `0`–`9`.
    @inlinable public var isASCIIDigit: Bool { self &- UInt8(ascii: "0") < 10 }

    /// The value of `0`–`9`; nil for any other byte.
    @inlinable public var asciiDigitValue: UInt8? { isASCIIDigit ? self &- UInt8(ascii: "0") : nil }

    /// The value of a hexadecimal digit, either case; nil for any other byte.
    @inlinable public var asciiHexDigitValue: UInt8? {
        if isASCIIDigit { return self &- UInt8(ascii: "0") }
        let lowered = self | 0x20
        return lowered &- UInt8(ascii: "a") < 6 ? lowered &- UInt8(ascii: "a") + 10 : nil
    }

    /// `a`–`z` and `A`–`Z`.
    @inlinable public var isASCIILetter: Bool { (self | 0x20) &- UInt8(ascii: "a") < 26 }

    /// A letter or a digit of ASCII.
    @inlinable public var isASCIIAlphanumeric: Bool { isASCIILetter || isASCIIDigit }

    /// `A`–`Z` as `a`–`z`; every other byte as it is (no Unicode case mapping).
    @inlinable public var asciiLowercased: UInt8 { self &- UInt8(ascii: "A") < 26 ? self | 0x20 : self }

    /// A space or a horizontal tab.
    @inlinable public var isASCIIBlank: Bool { self == UInt8(ascii: " ") || self == UInt8(ascii: "\t") }
}

extension Sequence<UInt8> {
    /// Whether any byte lies outside ASCII. Text without one splits on ASCII
    /// separator bytes exactly where splitting Characters splits it: only a
    /// non-ASCII scalar (a combining mark) can join a separator to its neighbour.
    @inlinable public var containsNonASCII: Bool { contains { !UTF8.isASCII($0) } }
}
