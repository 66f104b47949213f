import MockHTTP
import ZohoLocking

/// Resolves `Authorization: Zoho-oauthtoken <token>` to the calling user
/// (https://www.zoho.com/crm/developer/docs/api/v8/oauth-overview.html). Which 401 each failure
/// gets is the emulator's choice (docs/behaviour.md): missing or malformed →
/// AUTHENTICATION_FAILURE; unknown, expired or revoked → INVALID_TOKEN.
struct Authenticator: Sendable {
    let store: any TransactionalStore<any CredentialRepository>
    let clock: MockClock

    func caller(for request: HTTPRequest) throws -> Caller {
        guard let token = Self.accessToken(in: request.headers["authorization"]) else {
            throw ZohoError.authenticationFailure
        }
        let now = clock.now()
        guard let caller = try store.read({ try $0.caller(accessToken: token, now: now) }) else {
            throw ZohoError.invalidToken
        }
        return caller
    }

    /// The token of a `Zoho-oauthtoken <token>` header (scheme case-insensitive;
    /// blanks around and between the two parts ignored; anything more is malformed).
    static func accessToken(in header: String?) -> String? {
        guard var header else { return nil }
        // Scanned as UTF-8 bytes in place: this runs on every API request.
        return header.withUTF8 { bytes -> String? in
            var index = 0
            func skipSpaces() { while index < bytes.count, bytes[index] == 0x20 { index += 1 } }
            func word() -> Range<Int> {
                let start = index
                while index < bytes.count, bytes[index] != 0x20 { index += 1 }
                return start..<index
            }
            skipSpaces()
            let schemeRange = word()
            skipSpaces()
            let tokenRange = word()
            skipSpaces()
            guard index == bytes.count, !tokenRange.isEmpty, schemeRange.count == scheme.count else { return nil }
            for (offset, expected) in scheme.enumerated() {
                let byte = bytes[schemeRange.lowerBound + offset]
                guard (byte >= 65 && byte <= 90 ? byte + 32 : byte) == expected else { return nil }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[tokenRange]), as: UTF8.self)
        }
    }

    /// The scheme, lower-case, compared with the header's ASCII-lower-cased bytes.
    private static let scheme = Array("zoho-oauthtoken".utf8)
}
