/// Serialises `JSONValue` to compact UTF-8 bytes.
public enum JSONWriter {
    public static func bytes(_ value: JSONValue) -> [UInt8] {
        // Sized for a typical answer (a lock list is about 640 bytes): most never regrow.
        var out = JSONOutputBuffer(capacity: 1024)
        write(value, into: &out)
        return out.bytes()
    }

    public static func string(_ value: JSONValue) -> String {
        String(decoding: bytes(value), as: UTF8.self)
    }

    public static func write(_ value: JSONValue, into out: inout [UInt8]) {
        out.append(contentsOf: bytes(value))
    }

    @usableFromInline
    static func write(_ value: JSONValue, into out: inout JSONOutputBuffer) {
        switch value {
        case .null: out.append("null")
        case .bool(let flag): out.append(flag ? "true" : "false")
        case .number(let number): out.append(utf8: number.text)
        case .string(let string): writeString(string, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for index in items.indices {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                write(items[index], into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            out.append(UInt8(ascii: "{"))
            let entries = object.entries
            for index in entries.indices {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                writeString(entries[index].key, into: &out)
                out.append(UInt8(ascii: ":"))
                write(entries[index].value, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    @usableFromInline
    static func writeString(_ string: String, into out: inout JSONOutputBuffer) {
        out.append(UInt8(ascii: "\""))
        // Most strings need no escape: copy the runs between escapes whole
        // rather than byte by byte (this is on every response).
        var string = string
        string.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var runStart = 0
            var index = 0
            while index < bytes.count {
                // Eight bytes at a time while none of them needs an escape.
                if index + 8 <= bytes.count,
                    !mayNeedEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                {
                    index += 8
                    continue
                }
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 {
                    out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    writeEscape(byte, into: &out)
                    runStart = index + 1
                }
                index += 1
            }
            out.append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Whether any byte of the word is a control character, `"` or `\`
    /// (the bit tricks of "Bit Twiddling Hacks": haszero and hasless; exact
    /// for the word as a whole, which is all the caller asks).
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highBits != 0 }
        let hasControl = (word &- ones &* 0x20) & ~word & highBits != 0
        return hasControl || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
    }

    private static func writeEscape(_ byte: UInt8, into out: inout JSONOutputBuffer) {
        out.append(92)
        switch byte {
        case UInt8(ascii: "\""): out.append(34)
        case UInt8(ascii: "\\"): out.append(92)
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "t"))
        default:
            out.append(UInt8(ascii: "u"))
            out.append(48)
            out.append(48)
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0x0F)])
        }
    }
}
