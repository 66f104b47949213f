import Testing
import ZohoLocking
import ZohoLockingFakes

/// The accounts server's rules (`OAuthService`) over the in-memory store, with a frozen clock.
@Suite struct OAuthServiceTests {
    typealias F = ServiceFixture
    static let domain = "http://127.0.0.1:8080"
    let store: InMemoryStore
    let clock: MockClock
    let service: OAuthService

    init() throws {
        store = try F.store()
        clock = F.clock()
        service = OAuthService(store: store, clock: clock)
    }

    func token(_ fields: [String: String]) throws -> ZohoReply {
        try service.token(fields, apiDomain: Self.domain)
    }

    func exchange(_ code: String = "code-1", secret: String = "secret") throws -> ZohoReply {
        try token([
            "grant_type": "authorization_code", "client_id": "1000.client", "client_secret": secret, "code": code,
            "redirect_uri": "https://app.example/callback",
        ])
    }

    func refresh(_ refreshToken: String = "1000.refresh") throws -> ZohoReply {
        try token([
            "grant_type": "refresh_token", "client_id": "1000.client", "client_secret": "secret",
            "refresh_token": refreshToken,
        ])
    }

    static func refusal(_ code: String) -> ZohoReply { ZohoReply(status: 200, body: ["error": .string(code)]) }

    func callerUser(_ accessToken: String, at time: Int64 = F.now) throws -> ZohoID? {
        try store.read { try $0.caller(accessToken: accessToken, now: time) }?.user.id
    }

    @Test func grantCode_givesTokensInZohosOrderAndTheTokenWorks() throws {
        let reply = try exchange()
        #expect(reply.status == 200)
        let body = try #require(reply.body?.objectValue)
        #expect(body.keys == ["access_token", "refresh_token", "api_domain", "token_type", "expires_in"])
        #expect(body["api_domain"] == .string(Self.domain))
        #expect(body["token_type"] == "Bearer")
        #expect(body["expires_in"] == .int64(OAuthService.accessTokenLifetime))
        let accessToken = try #require(body["access_token"]?.stringValue)
        #expect(accessToken.hasPrefix("1000.") && accessToken.count == 70)
        #expect(try callerUser(accessToken) == F.adminID)
        let refreshToken = try #require(body["refresh_token"]?.stringValue)
        #expect(try store.read { try $0.liveRefreshToken(refreshToken) } == "1000.client")
    }

    @Test func grantCode_isUsedOnce() throws {
        _ = try exchange()
        #expect(try exchange() == Self.refusal("invalid_code"))
    }

    @Test func grantCode_expires() throws {
        _ = clock.advance(by: 60)
        #expect(try exchange("code-short") == Self.refusal("invalid_code"))
        #expect(try store.read { try $0.unusedGrantCode("code-short") } != nil)
    }

    @Test func refusals_nameTheirCause() throws {
        #expect(try exchange(secret: "wrong") == Self.refusal("invalid_client_secret"))
        #expect(try token(["grant_type": "authorization_code", "client_id": "1000.nobody"]) == Self.refusal("invalid_client"))
        #expect(try token(["grant_type": "password"]) == Self.refusal("unsupported_grant_type"))
        #expect(try token([
            "grant_type": "authorization_code", "client_id": "1000.client", "client_secret": "secret", "code": "code-1",
            "redirect_uri": "https://elsewhere.example",
        ]) == Self.refusal("invalid_redirect_uri"))
        #expect(try refresh("1000.unknown") == Self.refusal("invalid_code"))
    }

    @Test func refresh_givesAnAccessTokenThatExpiresAfterAnHour() throws {
        let reply = try refresh()
        let body = try #require(reply.body?.objectValue)
        #expect(body.keys == ["access_token", "api_domain", "token_type", "expires_in"])
        let accessToken = try #require(body["access_token"]?.stringValue)
        #expect(try callerUser(accessToken, at: F.now + OAuthService.accessTokenLifetime - 1) == F.adminID)
        #expect(try callerUser(accessToken, at: F.now + OAuthService.accessTokenLifetime) == nil)
    }

    @Test func refresh_keepsTheNewestThirtyAccessTokens() throws {
        let tokens = try (0...OAuthService.accessTokensPerRefreshToken).map { _ in
            try #require(try refresh().body?.objectValue?["access_token"]?.stringValue)
        }
        #expect(try callerUser(tokens[0]) == nil)
        #expect(try callerUser(tokens[1]) == F.adminID)
        #expect(try callerUser(tokens[OAuthService.accessTokensPerRefreshToken]) == F.adminID)
    }

    @Test func revokingARefreshToken_takesItsAccessTokensWithIt() throws {
        let accessToken = try #require(try refresh().body?.objectValue?["access_token"]?.stringValue)
        #expect(try service.revoke("1000.refresh") == ZohoReply(status: 200, body: ["status": "success"]))
        #expect(try callerUser(accessToken) == nil)
        #expect(try refresh() == Self.refusal("invalid_code"))
    }

    @Test func revokingAnAccessToken_leavesTheRefreshToken() throws {
        #expect(try service.revoke("1000.admin") == ZohoReply(status: 200, body: ["status": "success"]))
        #expect(try callerUser("1000.admin") == nil)
        #expect(try refresh().status == 200)
    }

    @Test func revokingAnUnknownToken_is400() throws {
        let refused = ZohoReply(status: 400, body: ["error": "invalid_token", "status": "failure"])
        #expect(try service.revoke("1000.unknown") == refused)
        #expect(try service.revoke("") == refused)
        #expect(try service.revoke(nil) == refused)
    }
}

/// A service needs nothing of a store but its own protocols: `OAuthService` runs
/// on a store whose repository is an `OAuthRepository` and nothing more.
@Suite struct OAuthServiceNarrowStoreTests {
    /// The in-memory repository seen as only an `OAuthRepository`.
    struct OAuthOnly: OAuthRepository {
        let base: InMemoryRepository

        func oauthClient(clientID: String) throws -> (client: OAuthClient, orgID: ZohoID)? {
            try base.oauthClient(clientID: clientID)
        }
        func unusedGrantCode(_ code: String) throws -> (clientID: String, expiresAt: Int64?)? {
            try base.unusedGrantCode(code)
        }
        func markGrantCodeUsed(_ code: String) throws { try base.markGrantCodeUsed(code) }
        func liveRefreshToken(_ token: String) throws -> String? { try base.liveRefreshToken(token) }
        func upsertToken(orgID: ZohoID, _ token: AccessTokenGrant) throws { try base.upsertToken(orgID: orgID, token) }
        func insertRefreshToken(_ token: String, clientID: String, orgID: ZohoID) throws {
            try base.insertRefreshToken(token, clientID: clientID, orgID: orgID)
        }
        func revokeRefreshToken(_ token: String) throws -> Bool { try base.revokeRefreshToken(token) }
        func pruneAccessTokens(refreshToken: String, keeping limit: Int) throws {
            try base.pruneAccessTokens(refreshToken: refreshToken, keeping: limit)
        }
        func revokeAccessToken(_ token: String) throws -> Bool { try base.revokeAccessToken(token) }
    }

    struct OAuthOnlyStore: TransactionalStore {
        let base: InMemoryStore

        func read<T>(_ body: (OAuthOnly) throws -> T) throws -> T { try base.read { try body(OAuthOnly(base: $0)) } }
        func write<T>(_ body: (OAuthOnly) throws -> T) throws -> T { try base.write { try body(OAuthOnly(base: $0)) } }
    }

    @Test func grantExchange_runsOnAnOAuthOnlyStore() throws {
        let store = try ServiceFixture.store()
        let service = OAuthService(store: OAuthOnlyStore(base: store), clock: ServiceFixture.clock())
        let reply = try service.token(
            ["grant_type": "authorization_code", "client_id": "1000.client", "client_secret": "secret", "code": "code-1"],
            apiDomain: "http://localhost")
        let accessToken = try #require(reply.body?.objectValue?["access_token"]?.stringValue)
        let caller = try store.read { try $0.caller(accessToken: accessToken, now: ServiceFixture.now) }
        #expect(caller?.user.id == ServiceFixture.adminID)
    }
}
