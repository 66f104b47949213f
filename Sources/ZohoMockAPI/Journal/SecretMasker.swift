import MockHTTP
import ZohoLocking

/// Hides credentials in what the journal shows: tokens are never shown in
/// full, only a prefix that tells them apart (`1000.admin.token` → `1000.****`).
enum SecretMasker {
    /// Form and query fields that carry a credential (the token endpoint's and revocation's).
    static let formFields: Set<String> = ["access_token", "refresh_token", "client_secret", "code", "token"]
    /// JSON keys that carry a credential. Not `code`: Zoho's errors use it for their code.
    static let jsonKeys: Set<String> = ["access_token", "refresh_token", "client_secret", "token", "id_token"]

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

    /// A body as the journal shows it: JSON when it parses, else text with
    /// credential form fields masked; null when empty.
    static func body(_ bytes: [UInt8]) -> JSONValue {
        if bytes.isEmpty { return .null }
        if let parsed = try? JSONParser.parse(bytes) { return json(parsed) }
        return .string(form(String(decoding: bytes, as: UTF8.self)))
    }

    private static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "*"):
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
