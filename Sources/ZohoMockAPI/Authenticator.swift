import MockHTTP
import ZohoLocking

/// Resolves `Authorization: Zoho-oauthtoken <token>` to the calling user
/// (§3.1, contract §4): missing or malformed → AUTHENTICATION_FAILURE;
/// unknown, expired or revoked → INVALID_TOKEN.
struct Authenticator: Sendable {
    let store: any LockingStore
    let clock: MockClock

    func caller(for request: HTTPRequest) throws -> Caller {
        guard let token = Self.accessToken(in: request.header("Authorization")) else {
            throw ZohoError.authenticationFailure
        }
        let now = clock.now()
        guard let caller = try store.read({ try $0.caller(accessToken: token, now: now) }) else {
            throw ZohoError.invalidToken
        }
        return caller
    }

    /// The token of a `Zoho-oauthtoken <token>` header (scheme case-insensitive).
    static func accessToken(in header: String?) -> String? {
        guard let header else { return nil }
        // Split as UTF-8 bytes: this runs on every API request.
        let parts = header.utf8.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].count == scheme.count,
            zip(parts[0], scheme).allSatisfy({ ($0 >= 65 && $0 <= 90 ? $0 + 32 : $0) == $1 })
        else { return nil }
        return String(decoding: parts[1], as: UTF8.self)
    }

    /// The scheme, lower-case, compared with the header's ASCII-lower-cased bytes.
    private static let scheme = Array("zoho-oauthtoken".utf8)
}
