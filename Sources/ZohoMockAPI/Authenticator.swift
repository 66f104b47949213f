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
        let parts = header.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "zoho-oauthtoken" else { return nil }
        return String(parts[1])
    }
}
