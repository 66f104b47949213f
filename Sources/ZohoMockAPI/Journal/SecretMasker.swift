import ASCIIBytes
import MockHTTP
import ZohoJSON

/// Hides credentials in what the journal shows: tokens are never shown in
/// full, only a prefix that tells them apart (`1000.admin.token` → `1000.****`).
enum SecretMasker {
    /// Form and query fields that carry a credential (the token endpoint's and revocation's).
    static let formFields: Set<String> = ["access_token", "refresh_token", "client_secret", "code", "token"]
    /// JSON keys that carry a credential. Not `code`: Zoho's errors use it for their code.
    static let jsonKeys: Set<String> = ["access_token", "refresh_token", "client_secret", "token", "id_token"]
    /// Each key as it stands in JSON text before its closing quote.
    private static let jsonKeyPatterns = jsonKeys.map { Array("\"\($0)".utf8) }

    /// A third of the secret, at most 8 characters, then `****`.
    static func mask(_ secret: String) -> String {
        String(secret.prefix(min(8, secret.count / 3))) + "****"
    }

    /// `Zoho-oauthtoken 1000.admin.token` → `Zoho-oauthtoken 1000.****`.
    static func authorization(_ header: String) -> String {
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2 else { return mask(header) }
        return "\(parts[0]) \(mask(String(parts[1])))"
    }

    /// A query string or form body with the credential fields' values masked; other bytes as sent.
    static func form(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard FormBytes.separatorsStandAlone(bytes) else { return formByCharacters(text) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var start = 0
        while true {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "&")) ?? bytes.count
            appendMasked(pair: bytes[start..<end], to: &out)
            guard end < bytes.count else { break }
            out.append(UInt8(ascii: "&"))
            start = end + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// One `name=value` of `form`, as bytes: only a credential's value is decoded and masked.
    private static func appendMasked(pair: ArraySlice<UInt8>, to out: inout [UInt8]) {
        guard let equals = pair.firstIndex(of: UInt8(ascii: "=")), let field = FormBytes.name(pair[..<equals]),
            formFields.contains(field)
        else {
            out.append(contentsOf: pair)
            return
        }
        let value = RequestTarget.parseForm("v=" + String(decoding: pair[(equals + 1)...], as: UTF8.self)).first?.value ?? ""
        out.append(contentsOf: pair[...equals])
        out.append(contentsOf: percentEncoded(mask(value)).utf8)
    }

    /// `form` by Characters, for text where a separator joins a Character with its
    /// neighbour (a combining mark after `&`), as the form reader splits it.
    private static func formByCharacters(_ text: String) -> String {
        text.split(separator: "&", omittingEmptySubsequences: false).map { pair -> String in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, let field = RequestTarget.parseForm(String(parts[0])).first?.name,
                formFields.contains(field)
            else { return String(pair) }
            let value = RequestTarget.parseForm("v=" + parts[1]).first?.value ?? ""
            return "\(parts[0])=\(percentEncoded(mask(value)))"
        }.joined(separator: "&")
    }

    /// A JSON value with every string under a credential key masked, at any depth.
    static func json(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let object):
            return .object(JSONObject(object.map { key, item in
                if jsonKeys.contains(key), case .string(let secret) = item { return (key, .string(mask(secret))) }
                return (key, json(item))
            }))
        case .array(let items): return .array(items.map(json))
        default: return value
        }
    }

    /// Whether masking could change the body: a credential key in JSON (or an
    /// escape that could spell one), or a `=` that could start a form field's value.
    /// When false, `body` shows it as sent, so its bytes can be kept without parsing.
    static func mayMask(_ bytes: [UInt8]) -> Bool {
        bytes.contains(UInt8(ascii: "=")) || FormBytes.mayHoldKey(of: jsonKeyPatterns, bytes)
    }

    /// A body as the journal shows it: JSON when it parses, else text with
    /// credential form fields masked; null when empty.
    static func body(_ bytes: [UInt8]) -> JSONValue {
        if bytes.isEmpty { return .null }
        if let parsed = try? JSONParser.parse(bytes) {
            // Most bodies hold no credential key: masking them would only copy them (a
            // 64 MB answer of many items took seconds more).
            return FormBytes.mayHoldKey(of: jsonKeyPatterns, bytes) ? json(parsed) : parsed
        }
        return .string(form(String(decoding: bytes, as: UTF8.self)))
    }

    static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case _ where byte.isASCIIAlphanumeric,
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "*"):
                out.unicodeScalars.append(UnicodeScalar(byte))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
