import ZohoJSON

/// The accounts server's token endpoint and revocation
/// (https://www.zoho.com/crm/developer/docs/api/v8/access-refresh.html); what the emulator
/// accepts and answers: docs/zoho-api.md#the-accounts-server.
///
/// Zoho answers most token-endpoint failures with HTTP 200 and `{"error": code}`;
/// the SDK then raises with that code. Successful answers carry `expires_in` in
/// seconds and never `expires_in_sec` (the SDK would read milliseconds), and
/// `api_domain` is the emulator's own base URL so clients keep calling it.
public struct OAuthService: Sendable {
    /// Access tokens live one hour.
    public static let accessTokenLifetime: Int64 = 3600
    /// Live access tokens per refresh token; the next one deletes the oldest.
    public static let accessTokensPerRefreshToken = 30

    /// Clients, grant codes and tokens: nothing else of the store.
    public typealias Repository = OAuthRepository

    private let store: any TransactionalStore<any Repository>
    private let clock: MockClock

    public init<Store: TransactionalStore>(store: Store, clock: MockClock) where Store.Repository: Repository {
        self.store = store.narrowed { $0 as any Repository }
        self.clock = clock
    }

    /// `POST /oauth/v2/token` with the form fields (body and query merged).
    public func token(_ fields: [String: String], apiDomain: String) throws -> ZohoReply {
        try store.write { repository in
            let outcome: Result<JSONObject, OAuthError>
            switch fields["grant_type"] {
            case "authorization_code": outcome = try exchangeGrantCode(repository, fields, apiDomain: apiDomain)
            case "refresh_token": outcome = try refresh(repository, fields, apiDomain: apiDomain)
            default: outcome = .failure(.unsupportedGrantType)
            }
            switch outcome {
            case .success(let body): return ZohoReply(status: 200, body: .object(body))
            case .failure(let refusal): return ZohoReply(refusal: refusal)
            }
        }
    }

    /// `POST /oauth/v2/token/revoke?token=…`: a refresh token takes its access
    /// tokens with it; an access token is revoked alone. Unknown → HTTP 400.
    public func revoke(_ token: String?) throws -> ZohoReply {
        try store.write { repository in
            guard let token, !token.isEmpty,
                try repository.revokeRefreshToken(token) || repository.revokeAccessToken(token)
            else {
                return ZohoReply(refusal: .invalidToken)
            }
            return ZohoReply(status: 200, body: ["status": "success"])
        }
    }

    private func client(_ repository: any Repository, _ fields: [String: String]) throws
        -> Result<(client: OAuthClient, orgID: ZohoID), OAuthError>
    {
        guard let clientID = fields["client_id"], let found = try repository.oauthClient(clientID: clientID) else {
            return .failure(.invalidClient)
        }
        guard fields["client_secret"] == found.client.clientSecret else { return .failure(.invalidClientSecret) }
        return .success(found)
    }

    private func exchangeGrantCode(_ repository: any Repository, _ fields: [String: String], apiDomain: String)
        throws -> Result<JSONObject, OAuthError>
    {
        let found: (client: OAuthClient, orgID: ZohoID)
        switch try client(repository, fields) {
        case .failure(let refusal): return .failure(refusal)
        case .success(let value): found = value
        }
        let now = clock.now()
        guard let code = fields["code"], let grant = try repository.unusedGrantCode(code),
            grant.clientID == found.client.clientID, grant.expiresAt.map({ $0 > now }) ?? true
        else { return .failure(.invalidCode) }
        if let registered = found.client.redirectURI, let given = fields["redirect_uri"], given != registered {
            return .failure(.invalidRedirectURI)
        }
        try repository.markGrantCodeUsed(code)
        let refreshToken = Self.newToken()
        try repository.insertRefreshToken(refreshToken, clientID: found.client.clientID, orgID: found.orgID)
        var body = try issueAccessToken(repository, found, refreshToken: refreshToken, apiDomain: apiDomain, now: now)
        body["refresh_token"] = .string(refreshToken)
        return .success(Self.ordered(body))
    }

    private func refresh(_ repository: any Repository, _ fields: [String: String], apiDomain: String)
        throws -> Result<JSONObject, OAuthError>
    {
        let found: (client: OAuthClient, orgID: ZohoID)
        switch try client(repository, fields) {
        case .failure(let refusal): return .failure(refusal)
        case .success(let value): found = value
        }
        guard let refreshToken = fields["refresh_token"], try repository.liveRefreshToken(refreshToken) == found.client.clientID
        else { return .failure(.invalidCode) }
        return .success(try issueAccessToken(repository, found, refreshToken: refreshToken, apiDomain: apiDomain, now: clock.now()))
    }

    private func issueAccessToken(
        _ repository: any Repository, _ found: (client: OAuthClient, orgID: ZohoID), refreshToken: String,
        apiDomain: String, now: Int64
    ) throws -> JSONObject {
        let grant = AccessTokenGrant(
            accessToken: Self.newToken(), userID: found.client.userID, scopes: found.client.scopes,
            expiresAt: now + Self.accessTokenLifetime, refreshToken: refreshToken)
        try repository.upsertToken(orgID: found.orgID, grant)
        try repository.pruneAccessTokens(refreshToken: refreshToken, keeping: Self.accessTokensPerRefreshToken)
        return JSONObject([
            ("access_token", .string(grant.accessToken)), ("api_domain", .string(apiDomain)),
            ("token_type", "Bearer"), ("expires_in", .int64(Self.accessTokenLifetime)),
        ])
    }

    /// Grant-exchange answers list the refresh token second, as Zoho's sample does.
    private static func ordered(_ body: JSONObject) -> JSONObject {
        let order = ["access_token", "refresh_token", "api_domain", "token_type", "expires_in"]
        return JSONObject(order.compactMap { key in body[key].map { (key, $0) } })
    }

    /// `1000.<32 hex>.<32 hex>`, the shape of Zoho's tokens.
    static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        func hex() -> String {
            (0..<2).map { _ in
                let value = generator.next() as UInt64
                let text = String(value, radix: 16)
                return String(repeating: "0", count: 16 - text.count) + text
            }.joined()
        }
        return "1000.\(hex()).\(hex())"
    }
}
