/// What the accounts server needs from storage.
public protocol OAuthRepository {
    /// A registered client and the org it belongs to.
    func oauthClient(clientID: String) throws -> (client: OAuthClient, orgID: ZohoID)?
    /// A grant code, if it exists and was not used yet.
    func unusedGrantCode(_ code: String) throws -> (clientID: String, expiresAt: Int64?)?
    func markGrantCodeUsed(_ code: String) throws
    /// The client a live (not revoked) refresh token belongs to.
    func liveRefreshToken(_ token: String) throws -> String?
    /// Inserts an access token, or replaces the one with the same token.
    func upsertToken(orgID: ZohoID, _ token: AccessTokenGrant) throws
    func insertRefreshToken(_ token: String, clientID: String, orgID: ZohoID) throws
    /// Revokes a refresh token and every access token made from it; false when unknown.
    func revokeRefreshToken(_ token: String) throws -> Bool
    /// Keeps the newest `limit` access tokens made from a refresh token and
    /// deletes the older ones (Zoho: the 31st live token deletes the oldest).
    func pruneAccessTokens(refreshToken: String, keeping limit: Int) throws
    /// Removes an access token; false when unknown.
    func revokeAccessToken(_ token: String) throws -> Bool
}
