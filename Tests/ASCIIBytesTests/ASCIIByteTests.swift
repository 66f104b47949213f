import ASCIIBytes
import Testing

/// Every byte value against the classes' definitions, spelled out with
/// Character properties (slow, but obviously right), so no byte is misfiled.
struct ASCIIByteTests {
    private static let allBytes = (0...255).map(UInt8.init)

    private static func character(_ byte: UInt8) -> Character { Character(Unicode.Scalar(byte)) }

    @Test func digits_areExactlyZeroToNine_withTheirValues() {
        let digits = Self.allBytes.filter(\.isASCIIDigit)
        #expect(digits == Array("0123456789".utf8))
        #expect(digits.map { $0.asciiDigitValue } == (0...9).map { UInt8($0) })
        #expect(Self.allBytes.filter { $0.asciiDigitValue != nil } == digits)
    }

    @Test func hexDigits_areEitherCase_withTheirValues() {
        let hex = Self.allBytes.filter { $0.asciiHexDigitValue != nil }
        #expect(hex == Array("0123456789ABCDEFabcdef".utf8))
        for byte in hex {
            #expect(byte.asciiHexDigitValue.map(Int.init) == Int(String(Self.character(byte)), radix: 16))
        }
        #expect(UInt8(ascii: "G").asciiHexDigitValue == nil)
        #expect(UInt8(ascii: "g").asciiHexDigitValue == nil)
        #expect(UInt8(ascii: "@").asciiHexDigitValue == nil)
        #expect(UInt8(ascii: "`").asciiHexDigitValue == nil)
    }

    @Test func letters_areExactlyAToZInEitherCase() {
        let letters = Self.allBytes.filter(\.isASCIILetter)
        #expect(letters == Self.allBytes.filter { $0 < 0x80 && Self.character($0).isLetter })
        #expect(letters.count == 52)
        #expect(Self.allBytes.filter(\.isASCIIAlphanumeric).count == 62)
    }

    @Test func lowercasing_changesOnlyUppercaseLetters() {
        for byte in Self.allBytes {
            let expected = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
            #expect(byte.asciiLowercased == expected, "byte \(byte)")
        }
        #expect(Array("Content-TYPE 1é".utf8).map(\.asciiLowercased) == Array("content-type 1é".utf8))
    }

    @Test func blanks_areSpaceAndTabOnly() {
        #expect(Self.allBytes.filter(\.isASCIIBlank) == [0x09, 0x20])
    }

    @Test func nonASCII_isAnyByteFrom0x80() {
        #expect(!Array("plain text ~\u{7F}".utf8).containsNonASCII)
        #expect(Array("café".utf8).containsNonASCII)
        #expect([UInt8(0x80)].containsNonASCII)
        #expect(![UInt8]().containsNonASCII)
        #expect(Self.allBytes.filter { [$0].containsNonASCII } == Array(0x80...0xFF).map(UInt8.init))
    }
}
