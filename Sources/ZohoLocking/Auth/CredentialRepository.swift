/// What credentials resolve to: the authenticator's caller, and the org a
/// request belongs to for the journal.
public protocol CredentialRepository {
    /// The caller an access token resolves to, or nil when the token is unknown,
    /// revoked or expired at `now`.
    func caller(accessToken: String, now: Int64) throws -> Caller?
    /// The org an access token, refresh token, grant code or client id belongs to.
    func orgID(forCredential credential: String) throws -> ZohoID?
}
