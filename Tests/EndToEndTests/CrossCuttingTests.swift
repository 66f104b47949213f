import Testing
import ZohoJSON

/// Authentication and the cross-cutting errors (docs/zoho-api.md#errors).
@Suite struct CrossCuttingTests {
    let server: TestServer
    init() throws { server = try TestServer() }

    @Test func missingOrMalformedAuthorization_returnsAuthenticationFailure() throws {
        let headers: [[(String, String)]] = [
            [], [("Authorization", "Bearer 1000.admin.token")], [("Authorization", "Zoho-oauthtoken")],
            [("Authorization", "1000.admin.token")], [("Authorization", "Zoho-oauthtoken 1000.admin.token extra")],
            [("Authorization", "Zoho-oauthtokens 1000.admin.token")], [("Authorization", "Zoho-oauthtoken\t1000.admin.token")],
        ]
        for header in headers {
            let response = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id", token: nil, headers: header)
            #expect(response.status == 401)
            #expect(response.json == [
                "code": "AUTHENTICATION_FAILURE", "details": [:], "message": "Authentication failed", "status": "error",
            ])
        }
    }

    @Test func schemeIsCaseInsensitive_andBlanksAroundThePartsAreIgnored() throws {
        for value in ["zoho-OAUTHTOKEN 1000.admin.token", "  Zoho-oauthtoken   1000.admin.token  "] {
            let response = try server.request(
                "GET", lockPath(Seed.lockedLead) + "?fields=id", token: nil, headers: [("Authorization", value)])
            #expect(response.status == 200, "\(value)")
        }
    }

    @Test func unknownOrExpiredToken_returnsInvalidToken() throws {
        for token in ["1000.nobody.token", SeedTokens.expired] {
            let response = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id", token: token)
            #expect(response.status == 401)
            #expect(response.json == [
                "code": "INVALID_TOKEN", "details": [:], "message": "invalid oauth token", "status": "error",
            ])
        }
    }

    @Test func authenticationComesBeforeTheURL() throws {
        #expect(try server.request("GET", "/crm/v7/nothing/here", token: nil).status == 401)
    }

    @Test func unknownPath_returnsInvalidURLPattern404() throws {
        for path in [
            // `/crm/v7/Leads` and `/crm/v7/Leads/1` are Records API paths; these are not.
            lockPath(Seed.lockedLead, Seed.lockedLeadLock) + "/x", "/crm/v7/Leads/1/Notes", "/crm/v7",
            "/crm/v9/Leads/1/Locking_Information__s", "/", "/crm/v7/Leads/1/Locking_Information__s/", "/crm/v9/Leads/1",
        ] {
            let response = try server.request("GET", path)
            #expect(response.status == 404, "\(path)")
            #expect(response.json == [
                "code": "INVALID_URL_PATTERN", "details": [:],
                "message": "Please check if the URL trying to access is a correct one", "status": "error",
            ])
        }
    }

    @Test func methodNotDefinedForThePath_returnsInvalidRequestMethod403() throws {
        let cases = [
            ("PATCH", lockPath(Seed.lockedLead)), ("PUT", lockPath(Seed.lockedLead)), ("DELETE", lockPath(Seed.lockedLead)),
            ("POST", lockPath(Seed.lockedLead, Seed.lockedLeadLock)), ("PATCH", lockPath(Seed.lockedLead, Seed.lockedLeadLock)),
            // The Records API answers POST on the collection only; search is GET only.
            ("POST", "/crm/v7/Leads/search"), ("POST", "/crm/v7/Leads/\(Seed.unlockedLead)"), ("PATCH", "/crm/v7/Leads"),
        ]
        for (method, path) in cases {
            let response = try server.request(method, path, body: lockBody("x"))
            #expect(response.status == 403, "\(method) \(path)")
            #expect(response.json == [
                "code": "INVALID_REQUEST_METHOD", "details": [:],
                "message": "The http request method type is not a valid one", "status": "error",
            ])
        }
    }

    @Test func versionsBeforeV3_returnAPINotSupported() throws {
        for version in ["v1", "v2", "v2.1"] {
            let response = try server.request("GET", lockPath(Seed.lockedLead, version: version) + "?fields=id")
            #expect(response.status == 400)
            #expect(response.json == [
                "code": "API_NOT_SUPPORTED", "details": ["supported_version": 3],
                "message": "the API is not supported in this version", "status": "error",
            ])
        }
    }

    @Test func bodyOverOneMebibyte_isReadAndDropped_then413JSON() throws {
        let connection = try server.connection()
        // A client that writes its whole body before reading (Python's http.client does)
        // must still read the answer: the server reads the body, drops it, then answers.
        try connection.sendRaw(Array((
            "POST \(lockPath(Seed.unlockedLead)) HTTP/1.1\r\nHost: x\r\n"
            + "Authorization: Zoho-oauthtoken \(SeedTokens.admin)\r\nContent-Length: 2000000\r\n\r\n").utf8)
            + [UInt8](repeating: UInt8(ascii: "{"), count: 2_000_000))
        let response = try connection.readResponse()
        #expect(response.status == 413)
        #expect(response.headers["connection"] == "close")
        #expect(response.json == Self.tooLarge)
        #expect(try server.request("GET", lockPath(Seed.unlockedLead) + "?fields=id").status == 204)
    }

    @Test(arguments: ["Expect: 100-continue\r\nContent-Length: 2000000", "Content-Length: 67108865"])
    func bodyOverTheLimit_waitingForContinueOrPastTheDrainBound_answeredUnread(headers: String) throws {
        let connection = try server.connection()
        // Only the headers go out: the server must answer without waiting for the body.
        try connection.sendRaw(Array((
            "POST \(lockPath(Seed.unlockedLead)) HTTP/1.1\r\nHost: x\r\n"
            + "Authorization: Zoho-oauthtoken \(SeedTokens.admin)\r\n\(headers)\r\n\r\n").utf8))
        let response = try connection.readResponse()
        #expect(response.status == 413)
        #expect(response.json == Self.tooLarge)
    }

    private static let tooLarge: JSONValue = [
        "code": "REQUEST_ENTITY_TOO_LARGE", "details": ["maximum_size": 1_048_576],
        "message": "the request body is larger than the allowed size", "status": "error",
    ]

    @Test func chunkedBodyOverTheLimit_returns413() throws {
        let connection = try server.connection()
        var bytes = Array((
            "POST \(lockPath(Seed.unlockedLead)) HTTP/1.1\r\nHost: x\r\n"
            + "Authorization: Zoho-oauthtoken \(SeedTokens.admin)\r\nTransfer-Encoding: chunked\r\n\r\n").utf8)
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 65_536)
        for _ in 0..<17 { bytes += Array("10000\r\n".utf8) + chunk + Array("\r\n".utf8) }
        bytes += Array("0\r\n\r\n".utf8)
        try connection.sendRaw(bytes)
        let response = try connection.readResponse()
        #expect(response.status == 413)
        #expect(response.json["code"] == "REQUEST_ENTITY_TOO_LARGE")
    }
}

extension CrossCuttingTests {
    /// A path with literal segments belongs to its own endpoint for every method:
    /// `POST /org` is a wrong method on `/org`, not a record insert into module "org".
    @Test func literalPaths_ownEveryMethod() throws {
        for (method, path) in [("POST", "/crm/v7/org"), ("DELETE", "/crm/v7/users"), ("PUT", "/crm/v7/settings/fields")] {
            let response = try server.request(method, path, body: "{}")
            #expect(response.status == 403, "\(method) \(path)")
            #expect(response.json["code"] == "INVALID_REQUEST_METHOD", "\(method) \(path)")
        }
    }
}
