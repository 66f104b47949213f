/// Writes JSON straight to bytes, for the answers sent most often: building a
/// `JSONValue` tree first and then walking it cost more than the rest of a lock
/// GET together. Values are typed (ids, references, strings); keys are string
/// literals, which need no escaping. The output is byte for byte what
/// `JSONWriter` writes for the equivalent `JSONValue` (tests compare them).
///
/// Inlinable: the domain's views call it once per key and value, and a call
/// across the module boundary for each measured about 900 more instructions per
/// lock GET (callgrind, of about 151,000).
public struct JSONStreamWriter: ~Copyable {
    @usableFromInline var out: JSONOutputBuffer
    /// One bit per open container, innermost lowest: set once it holds a value,
    /// so the next one is preceded by a comma. Deeper than 64 levels is never written.
    @usableFromInline var containerHasValue: UInt64 = 0
    /// A key was just written: its value takes no comma.
    @usableFromInline var afterKey = false

    @inlinable
    public init(capacity: Int = 1024) {
        out = JSONOutputBuffer(capacity: capacity)
    }

    @inlinable public consuming func bytes() -> [UInt8] { out.bytes() }

    @inlinable public mutating func beginObject() { open(UInt8(ascii: "{")) }
    @inlinable public mutating func endObject() { close(UInt8(ascii: "}")) }
    @inlinable public mutating func beginArray() { open(UInt8(ascii: "[")) }
    @inlinable public mutating func endArray() { close(UInt8(ascii: "]")) }

    @inlinable mutating func open(_ bracket: UInt8) {
        separate()
        out.append(bracket)
        containerHasValue <<= 1
    }

    @inlinable mutating func close(_ bracket: UInt8) {
        containerHasValue >>= 1
        out.append(bracket)
    }

    /// An object key; the next call writes its value.
    @inlinable public mutating func key(_ name: StaticString) {
        separate()
        out.append(UInt8(ascii: "\""))
        out.append(name)
        out.append("\":")
        afterKey = true
    }

    /// A key known only at run time, escaped as any string is (a distinct label,
    /// so that literal keys keep the unescaped path).
    @inlinable public mutating func key(string name: String) {
        separate()
        JSONWriter.writeString(name, into: &out)
        out.append(UInt8(ascii: ":"))
        afterKey = true
    }

    @inlinable public mutating func null() {
        separate()
        out.append("null")
    }

    @inlinable public mutating func bool(_ flag: Bool) {
        separate()
        out.append(flag ? "true" : "false")
    }

    @inlinable public mutating func int(_ number: Int) {
        separate()
        out.appendDecimal(Int64(number))
    }

    @inlinable public mutating func string(_ text: String) {
        separate()
        JSONWriter.writeString(text, into: &out)
    }

    @inlinable public mutating func string(_ text: String?) {
        if let text { string(text) } else { null() }
    }

    /// A literal string value (no escaping needed).
    @inlinable public mutating func string(_ text: StaticString) {
        separate()
        out.append(UInt8(ascii: "\""))
        out.append(text)
        out.append(UInt8(ascii: "\""))
    }

    /// An integer as a quoted decimal string, the way Zoho writes 64-bit ids
    /// (a JSON number would lose digits in clients that read numbers as doubles).
    @inlinable public mutating func decimalString(_ number: Int64) {
        separate()
        out.append(UInt8(ascii: "\""))
        out.appendDecimal(number)
        out.append(UInt8(ascii: "\""))
    }

    /// Any value, through `JSONWriter` (for the parts no faster path covers).
    @inlinable public mutating func value(_ value: JSONValue) {
        separate()
        JSONWriter.write(value, into: &out)
    }

    @inlinable mutating func separate() {
        if afterKey {
            afterKey = false
        } else if containerHasValue & 1 != 0 {
            out.append(UInt8(ascii: ","))
        }
        containerHasValue |= 1
    }
}

extension JSONOutputBuffer {
    /// An integer's decimal digits, without making a String.
    @usableFromInline
    mutating func appendDecimal(_ value: Int64) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for 20 digits
        withUnsafeMutableBytes(of: &digits) { buffer in
            var index = buffer.count
            repeat {
                index -= 1
                buffer[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            append(UnsafeBufferPointer(rebasing: buffer.bindMemory(to: UInt8.self)[index...]))
        }
    }
}
