import ZohoLocking

extension InMemoryRepository: OAuthRepository {
    public func oauthClient(clientID: String) throws -> (client: OAuthClient, orgID: ZohoID)? {
        state.oauthClients[clientID].map { ($0.row, $0.orgID) }
    }

    public func unusedGrantCode(_ code: String) throws -> (clientID: String, expiresAt: Int64?)? {
        guard let grant = state.grantCodes[code]?.row, !grant.used else { return nil }
        return (grant.clientID, grant.expiresAt)
    }

    public func markGrantCodeUsed(_ code: String) throws {
        try change { state in state.grantCodes[code]?.row.used = true }
    }

    public func liveRefreshToken(_ token: String) throws -> String? {
        guard let refresh = state.refreshTokens[token]?.row, !refresh.revoked else { return nil }
        return refresh.clientID
    }

    public func upsertToken(orgID: ZohoID, _ token: AccessTokenGrant) throws {
        try change { state in
            state.accessTokens[token.accessToken] = Stored(orgID: orgID, row: token, order: state.nextOrder())
        }
    }

    public func insertRefreshToken(_ token: String, clientID: String, orgID: ZohoID) throws {
        try change { state in
            guard state.refreshTokens[token] == nil else { throw InMemoryStoreError.duplicateKey(token) }
            state.refreshTokens[token] = Stored(orgID: orgID, row: RefreshToken(clientID: clientID), order: state.nextOrder())
        }
    }

    public func revokeRefreshToken(_ token: String) throws -> Bool {
        guard try liveRefreshToken(token) != nil else { return false }
        try change { state in
            state.refreshTokens[token]?.row.revoked = true
            state.accessTokens = state.accessTokens.filter { $0.value.row.refreshToken != token }
        }
        return true
    }

    public func pruneAccessTokens(refreshToken: String, keeping limit: Int) throws {
        try change { state in
            let made = state.accessTokens.filter { $0.value.row.refreshToken == refreshToken }
            for (token, _) in made.sorted(by: { $0.value.order > $1.value.order }).dropFirst(limit) {
                state.accessTokens[token] = nil
            }
        }
    }

    public func revokeAccessToken(_ token: String) throws -> Bool {
        try change { state in state.accessTokens.removeValue(forKey: token) != nil }
    }
}
