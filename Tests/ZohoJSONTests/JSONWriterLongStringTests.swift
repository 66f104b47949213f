import Testing
import ZohoJSON

/// `JSONWriter` scans strings eight bytes at a time: escapes must come out the
/// same wherever they fall in a word, and long answers must grow the buffer.
struct JSONWriterLongStringTests {
    /// The escaping rules written out byte by byte, to compare against.
    private func expected(_ text: String) -> String {
        var out = Array("\"".utf8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += Array("\\\"".utf8)
            case UInt8(ascii: "\\"): out += Array("\\\\".utf8)
            case 0x0A: out += Array("\\n".utf8)
            case 0x0D: out += Array("\\r".utf8)
            case 0x09: out += Array("\\t".utf8)
            case 0..<0x20: out += Array(("\\u00" + String(byte >> 4, radix: 16) + String(byte & 0x0F, radix: 16)).utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out + Array("\"".utf8), as: UTF8.self)
    }

    @Test(arguments: ["\"", "\\", "\n", "\u{01}", "\u{1F}", "é", "€", "😀"])
    func write_escapesAtEveryPositionOfALongString(_ special: String) {
        for position in 0..<24 {
            let text = String(repeating: "a", count: position) + special + String(repeating: "b", count: 23 - position)
            #expect(JSONWriter.string(.string(text)) == expected(text), "at \(position)")
        }
    }

    @Test func write_neighbouringBytesOfSpecialValuesAreNotEscaped() {
        // 0x20 (space), 0x21 and 0x23 around `"`, 0x5B and 0x5D around `\`, DEL and 0x7F-0x80 edges.
        let text = " !#$[]^_ ~\u{7F}\u{80}" + String(repeating: " !#[]", count: 8)
        #expect(JSONWriter.string(.string(text)) == "\"" + text + "\"")
    }

    @Test func write_manyEscapesInARow() {
        let text = String(repeating: "\"\\\n\u{02}", count: 10)
        #expect(JSONWriter.string(.string(text)) == expected(text))
    }

    @Test func bytes_growsPastItsFirstKilobyte() {
        let long = String(repeating: "0123456789", count: 500)
        let value: JSONValue = .array(Array(repeating: .string(long), count: 3))
        let text = JSONWriter.string(value)
        #expect(text.utf8.count == 3 * (5000 + 2) + 4)
        #expect(text == "[" + Array(repeating: "\"" + long + "\"", count: 3).joined(separator: ",") + "]")
    }

    @Test func write_intoAppendsToWhatIsThere() {
        var out = Array("x".utf8)
        JSONWriter.write(["a": "b"], into: &out)
        #expect(String(decoding: out, as: UTF8.self) == #"x{"a":"b"}"#)
    }
}
