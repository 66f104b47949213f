import MockHTTP

/// Byte-level reading for `SecretMasker`, which masks bodies of up to 1 MiB
/// (and answers far larger) on the request's thread: splitting Characters or
/// copying a whole JSON tree there cost hundreds of milliseconds per body.
enum FormBytes {
    /// Whether splitting at `&` and `=` bytes splits where splitting Characters
    /// does: when every such byte has ASCII, or nothing, on both sides. Only
    /// non-ASCII scalars (combining marks, prepended ones) join a Character with them.
    static func separatorsStandAlone(_ bytes: [UInt8]) -> Bool {
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "&") || byte == UInt8(ascii: "=") {
            if index > 0, !UTF8.isASCII(bytes[index - 1]) { return false }
            if index + 1 < bytes.count, !UTF8.isASCII(bytes[index + 1]) { return false }
        }
        return true
    }

    /// A form field's name as the form reader decodes it (`+` a space, `%XX` a byte).
    /// Only escaped names need decoding; plain bytes are the name as they are.
    static func name(_ bytes: ArraySlice<UInt8>) -> String? {
        guard bytes.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "+") }) else {
            return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
        }
        return RequestTarget.parseForm(String(decoding: bytes, as: UTF8.self)).first?.name
    }

    /// Whether JSON text may hold one of the keys, each given as `"key` (its opening
    /// quote and text): a key stands so before its closing quote unless it is
    /// written with escapes, so a text without `\` and without any such run has none.
    static func mayHoldKey(of patterns: [[UInt8]], _ bytes: [UInt8]) -> Bool {
        let lastBytes = Set(patterns.compactMap(\.last))
        return bytes.withUnsafeBufferPointer { text in
            for index in text.indices {
                let byte = text[index]
                if byte == UInt8(ascii: "\\") { return true }
                // Most quotes follow no key's last letter: one comparison passes them by.
                guard byte == UInt8(ascii: "\""), index > 0, lastBytes.contains(text[index - 1]) else { continue }
                for pattern in patterns where index >= pattern.count
                    && UnsafeBufferPointer(rebasing: text[(index - pattern.count)..<index]).elementsEqual(pattern)
                {
                    return true
                }
            }
            return false
        }
    }
}
