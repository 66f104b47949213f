import Foundation
import Testing
import ZohoJSON

/// The accounts server: `POST /oauth/v2/token` and `/oauth/v2/token/revoke` (docs/zoho-api.md#the-accounts-server).
@Suite struct OAuthTests {
    let server: TestServer
    init() throws { server = try TestServer() }

    func token(_ form: String, query: String = "") throws -> TestResponse {
        try server.request(
            "POST", "/oauth/v2/token" + (query.isEmpty ? "" : "?\(query)"), token: nil, body: form,
            headers: [("Content-Type", "application/x-www-form-urlencoded")])
    }

    static let grant = "grant_type=authorization_code&client_id=1000.CLIENT&client_secret=secret&code=1000.grant.code"
    static let refresh = "grant_type=refresh_token&client_id=1000.CLIENT&client_secret=secret&refresh_token="

    static func looksLikeZohoToken(_ value: JSONValue?) -> Bool {
        guard let text = value?.stringValue else { return false }
        let parts = text.split(separator: ".")
        return parts.count == 3 && parts[0] == "1000"
            && parts[1...].allSatisfy { $0.count == 32 && $0.allSatisfy { "0123456789abcdef".contains($0) } }
    }

    @Test func fullDance_grantAccessCallRefreshRevoke() throws {
        let granted = try token(Self.grant)
        #expect(granted.status == 200)
        #expect(granted.keys == ["access_token", "api_domain", "expires_in", "refresh_token", "token_type"])
        #expect(granted.json["api_domain"] == "http://localhost")
        #expect(granted.json["token_type"] == "Bearer")
        #expect(granted.json["expires_in"] == 3600)
        #expect(Self.looksLikeZohoToken(granted.json["access_token"]))
        #expect(Self.looksLikeZohoToken(granted.json["refresh_token"]))
        let access = try #require(granted.json["access_token"]?.stringValue)
        let refreshToken = try #require(granted.json["refresh_token"]?.stringValue)

        #expect(try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id", token: access).status == 200)

        let refreshed = try token(Self.refresh + refreshToken)
        #expect(refreshed.status == 200)
        #expect(refreshed.keys == ["access_token", "api_domain", "expires_in", "token_type"])
        let second = try #require(refreshed.json["access_token"]?.stringValue)
        #expect(second != access)
        #expect(try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id", token: second).status == 200)

        let revoked = try server.request("POST", "/oauth/v2/token/revoke", token: nil, body: "token=\(refreshToken)")
        #expect(revoked.status == 200)
        #expect(revoked.json == ["status": "success"])
        for stale in [access, second] {
            #expect(try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id", token: stale).json["code"] == "INVALID_TOKEN")
        }
        #expect(try token(Self.refresh + refreshToken).json == ["error": "invalid_code"])
    }

    @Test func grantCode_isSingleUse() throws {
        #expect(try token(Self.grant).json["access_token"] != nil)
        let again = try token(Self.grant)
        #expect(again.status == 200)
        #expect(again.json == ["error": "invalid_code"])
    }

    @Test func seededRefreshToken_works() throws {
        #expect(try token(Self.refresh + "1000.refresh.token").json["access_token"] != nil)
    }

    @Test func fieldsInTheQueryString_areAccepted() throws {
        let response = try server.request("POST", "/oauth/v2/token?\(Self.grant)", token: nil)
        #expect(response.json["access_token"] != nil)
    }

    @Test func refusals_areHTTP200WithAnErrorKey() throws {
        let cases: [(String, String)] = [
            ("grant_type=authorization_code&client_id=nobody&client_secret=secret&code=1000.grant.code", "invalid_client"),
            ("grant_type=authorization_code&client_secret=secret&code=1000.grant.code", "invalid_client"),
            ("grant_type=authorization_code&client_id=1000.CLIENT&client_secret=wrong&code=1000.grant.code", "invalid_client_secret"),
            ("grant_type=authorization_code&client_id=1000.CLIENT&client_secret=secret&code=nope", "invalid_code"),
            ("grant_type=refresh_token&client_id=1000.CLIENT&client_secret=secret&refresh_token=nope", "invalid_code"),
            ("grant_type=password&client_id=1000.CLIENT&client_secret=secret", "unsupported_grant_type"),
            ("", "unsupported_grant_type"),
        ]
        for (form, error) in cases {
            let response = try token(form)
            #expect(response.status == 200, "\(form)")
            #expect(response.json == ["error": .string(error)], "\(form)")
        }
    }

    @Test func redirectURIMismatch_andExpiringGrantCodes() throws {
        try server.load(fixture: """
            {"orgs":[{"id":"5843104000000000101","oauth_clients":[{"client_id":"1000.WEB","client_secret":"s","user_id":"5843104000000424672",
              "scopes":["ZohoCRM.modules.ALL"],"redirect_uri":"https://app.example/callback",
              "grant_codes":["1000.web.code",{"code":"1000.short.code","expires_in":120}]}]}]}
            """)
        let wrong = try token("grant_type=authorization_code&client_id=1000.WEB&client_secret=s&code=1000.web.code&redirect_uri=https://evil.example/")
        #expect(wrong.json == ["error": "invalid_redirect_uri"])
        let right = try token("grant_type=authorization_code&client_id=1000.WEB&client_secret=s&code=1000.web.code&redirect_uri=https://app.example/callback")
        #expect(right.json["access_token"] != nil)
        server.server.clock.advance(by: 121)
        let expired = try token("grant_type=authorization_code&client_id=1000.WEB&client_secret=s&code=1000.short.code")
        #expect(expired.json == ["error": "invalid_code"])
    }

    @Test func accessTokens_expireWhenTheClockMoves() throws {
        let access = try #require(try token(Self.grant).json["access_token"]?.stringValue)
        server.server.clock.advance(by: 3599)
        #expect(try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id", token: access).status == 200)
        server.server.clock.advance(by: 1)
        let expired = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id", token: access)
        #expect(expired.status == 401)
        #expect(expired.json["code"] == "INVALID_TOKEN")
    }

    @Test func issuedTokens_carryTheClientsScopesAndUser() throws {
        try server.load(fixture: """
            {"orgs":[{"id":"5843104000000000101","oauth_clients":[{"client_id":"1000.RO","client_secret":"s","user_id":"5843104000000424690",
              "scopes":["ZohoCRM.modules.lockinginformation.READ","ZohoCRM.modules.READ"],"refresh_tokens":["1000.ro.refresh"]}]}]}
            """)
        let access = try #require(try token("grant_type=refresh_token&client_id=1000.RO&client_secret=s&refresh_token=1000.ro.refresh").json["access_token"]?.stringValue)
        #expect(try server.request("POST", lockPath(Seed.unlockedLead), token: access, body: lockBody("x")).json["code"] == "OAUTH_SCOPE_MISMATCH")
        // The client's user has a profile without record locking.
        #expect(try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id", token: access).json["code"] == "NO_PERMISSION")
    }

    @Test func revoke_accessTokenAloneAndUnknownTokens() throws {
        let granted = try token(Self.grant)
        let access = try #require(granted.json["access_token"]?.stringValue)
        let refreshToken = try #require(granted.json["refresh_token"]?.stringValue)
        #expect(try server.request("POST", "/oauth/v2/token/revoke?token=\(access)", token: nil).json == ["status": "success"])
        #expect(try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id", token: access).json["code"] == "INVALID_TOKEN")
        #expect(try token(Self.refresh + refreshToken).json["access_token"] != nil)
        let unknown = try server.request("POST", "/oauth/v2/token/revoke", token: nil, body: "token=1000.nope")
        #expect(unknown.status == 400)
        #expect(unknown.json == ["error": "invalid_token", "status": "failure"])
    }

    @Test func otherMethodsAndPaths() throws {
        #expect(try server.request("GET", "/oauth/v2/token", token: nil).status == 405)
        let missing = try server.request("POST", "/oauth/v2/other", token: nil)
        #expect(missing.status == 404)
        #expect(missing.headers["content-type"] == "application/json;charset=UTF-8")
    }
}

extension OAuthTests {
    /// Zoho keeps at most 30 live access tokens per refresh token; the 31st deletes the oldest.
    @Test func thirtyFirstAccessToken_deletesTheOldest() throws {
        var tokens: [String] = []
        for _ in 0..<31 {
            tokens.append(try #require(try token(Self.refresh + "1000.refresh.token").json["access_token"]?.stringValue))
        }
        #expect(try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id", token: tokens[0]).json["code"] == "INVALID_TOKEN")
        #expect(try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id", token: tokens[1]).status == 200)
        #expect(try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id", token: tokens[30]).status == 200)
    }
}
