import ZohoLocking

extension SQLiteRepository: OAuthRepository {
    public func oauthClient(clientID: String) throws -> (client: OAuthClient, orgID: ZohoID)? {
        try one(
            "SELECT org_id, client_secret, user_id, scopes, redirect_uri FROM oauth_clients WHERE client_id = ?",
            [.text(clientID)]
        ) { row in
            let client = OAuthClient(
                clientID: clientID, clientSecret: row.text(1), userID: ZohoID(row.int64(2)),
                scopes: ScopeList.decode(row.text(3)), redirectURI: row.optionalText(4), grantCodes: [], refreshTokens: [])
            return (client, ZohoID(row.int64(0)))
        }
    }

    public func unusedGrantCode(_ code: String) throws -> (clientID: String, expiresAt: Int64?)? {
        try one("SELECT client_id, expires_at FROM grant_codes WHERE code = ? AND used = 0", [.text(code)]) { row in
            (row.text(0), row.optionalInt64(1))
        }
    }

    public func markGrantCodeUsed(_ code: String) throws {
        try run("UPDATE grant_codes SET used = 1 WHERE code = ?", [.text(code)])
    }

    public func liveRefreshToken(_ token: String) throws -> String? {
        try one("SELECT client_id FROM refresh_tokens WHERE token = ? AND revoked = 0", [.text(token)]) { $0.text(0) }
    }

    public func insertRefreshToken(_ token: String, clientID: String, orgID: ZohoID) throws {
        try run(
            "INSERT INTO refresh_tokens (token, org_id, client_id, revoked) VALUES (?, ?, ?, 0)",
            [.text(token), .integer(orgID.value), .text(clientID)])
    }

    public func revokeRefreshToken(_ token: String) throws -> Bool {
        let changed = try run("UPDATE refresh_tokens SET revoked = 1 WHERE token = ? AND revoked = 0", [.text(token)])
        guard changed > 0 else { return false }
        try run("DELETE FROM access_tokens WHERE refresh_token = ?", [.text(token)])
        return true
    }

    public func pruneAccessTokens(refreshToken: String, keeping limit: Int) throws {
        try run(
            """
            DELETE FROM access_tokens WHERE refresh_token = ?1 AND rowid NOT IN
                (SELECT rowid FROM access_tokens WHERE refresh_token = ?1 ORDER BY rowid DESC LIMIT ?2)
            """,
            [.text(refreshToken), .integer(Int64(limit))])
    }

    public func revokeAccessToken(_ token: String) throws -> Bool {
        try run("DELETE FROM access_tokens WHERE token = ?", [.text(token)]) > 0
    }
}
