import Testing
import ZohoJSON

/// `GET/DELETE /__mock/requests`: the request journal (docs/control-api.md#request-journal).
@Suite struct RequestJournalTests {
    static let entryKeys = [
        "authorization", "connection_dropped", "duration_ms", "fault_id", "id", "method", "org_id", "path", "query",
        "request_body", "request_body_size", "request_body_truncated", "response_body", "response_body_size",
        "response_body_truncated", "status", "time",
    ]

    @Test func journal_recordsEveryAPIRequest_oldestFirst_withItsKeys() throws {
        let server = try TestServer()
        #expect(try server.control("POST", "/__mock/clock", body: #"{"now":"2024-01-01T09:00:00Z"}"#).status == 200)
        #expect(try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id").status == 200)
        #expect(try server.request("POST", lockPath(Seed.unlockedLead), body: lockBody("journaled")).status == 201)
        #expect(try server.control("GET", "/__mock/health").status == 200)

        let response = try server.control("GET", "/__mock/requests")
        #expect(response.status == 200)
        #expect(response.keys == ["requests"])
        let entries = try #require(response.json["requests"]?.arrayValue)
        #expect(entries.count == 2)  // control requests are not journaled
        let get = entries[0]
        #expect(get.sortedKeys == Self.entryKeys)
        #expect(get["id"] == 1)
        #expect(get["time"] == "2024-01-01T09:00:00+00:00")
        #expect(get["org_id"] == .string(Seed.orgID))
        #expect(get["method"] == "GET")
        #expect(get["path"] == .string(lockPath(Seed.lockedLead)))
        #expect(get["query"] == "fields=id")
        #expect(get["status"] == 200)
        #expect(get["request_body"] == .null)
        #expect(get["request_body_size"] == 0)
        #expect(get["request_body_truncated"] == false)
        #expect(get["response_body", "data", 0, "id"] == .string(Seed.lockedLeadLock))
        #expect(get["fault_id"] == .null)
        #expect(get["connection_dropped"] == false)
        #expect((get["duration_ms"]?.numberValue?.doubleValue ?? -1) >= 0)
        let post = entries[1]
        #expect(post["id"] == 2)
        #expect(post["status"] == 201)
        #expect(post["request_body"] == ["data": [["Locked_Reason__s": "journaled"]]])
        #expect(post["response_body", "data", 0, "message"] == "record added")
    }

    @Test func journal_neverShowsATokenInFull() throws {
        let server = try TestServer()
        _ = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id")
        let refreshed = try server.request(
            "POST", "/oauth/v2/token", token: nil,
            body: "grant_type=refresh_token&client_id=1000.CLIENT&client_secret=secret&refresh_token=1000.refresh.token",
            headers: [("Content-Type", "application/x-www-form-urlencoded")])
        let issued = try #require(refreshed.json["access_token"]?.stringValue)
        _ = try server.request("POST", "/oauth/v2/token?grant_type=authorization_code&client_id=1000.CLIENT&client_secret=secret&code=1000.grant.code", token: nil)
        _ = try server.request("POST", "/oauth/v2/token/revoke", token: nil, body: "token=1000.refresh.token")

        let response = try server.control("GET", "/__mock/requests")
        for secret in [SeedTokens.admin, "1000.refresh.token", "1000.grant.code", issued, "client_secret=secret"] {
            #expect(!response.text.contains(secret), "\(secret) appears in the journal")
        }
        let entries = try #require(response.json["requests"]?.arrayValue)
        #expect(entries[0]["authorization"] == "Zoho-oauthtoken 1000.****")
        #expect(entries[1]["org_id"] == .string(Seed.orgID))
        #expect(entries[1]["request_body"]
            == "grant_type=refresh_token&client_id=1000.CLIENT&client_secret=se****&refresh_token=1000.r****")
        #expect(entries[1]["response_body", "access_token"] == .string(String(issued.prefix(8)) + "****"))
        #expect(entries[1]["response_body", "token_type"] == "Bearer")  // what is not a credential stays
        #expect(entries[2]["query"]
            == "grant_type=authorization_code&client_id=1000.CLIENT&client_secret=se****&code=1000.****")
        #expect(entries[2]["response_body", "refresh_token"]?.stringValue?.hasSuffix("****") == true)
        #expect(entries[3]["request_body"] == "token=1000.r****")
        #expect(entries[3]["path"] == "/oauth/v2/token/revoke")
    }

    @Test func journal_filters() throws {
        let server = try TestServer()
        try server.load(fixture: ControlFixtures.acme)
        _ = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id")
        _ = try server.request("GET", lockPath("7100000000000000031") + "?fields=id", token: ControlFixtures.acmeToken)
        _ = try server.request("POST", lockPath("7100000000000000032"), token: ControlFixtures.acmeToken, body: lockBody("x"))
        _ = try server.request("GET", "/crm/v7/settings/record_locking_configurations?module=Leads")
        _ = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id", token: "1000.unknown.token")

        func ids(_ query: String) throws -> [JSONValue] { try server.journal(query).map { $0["id"] ?? .null } }
        #expect(try ids("") == [1, 2, 3, 4, 5])
        #expect(try ids("?org=\(ControlFixtures.acmeOrg)") == [2, 3])
        #expect(try ids("?org=\(Seed.orgID)") == [1, 4])
        #expect(try ids("?method=post") == [3])
        #expect(try ids("?path=/crm/v7/settings/") == [4])
        #expect(try ids("?path=/crm/v7/Leads/71") == [2, 3])
        #expect(try ids("?limit=2") == [4, 5])
        #expect(try ids("?after=3") == [4, 5])
        #expect(try ids("?org=\(ControlFixtures.acmeOrg)&method=GET&limit=1") == [2])
        // An unknown token belongs to no org.
        #expect(try server.journal("?after=4").first?["org_id"] == .null)
        #expect(try server.journal("?after=4").first?["status"] == 401)

        let refusals: [(String, String)] = [
            ("?limit=0", "limit must be a positive integer, got 0"),
            ("?limit=many", "limit must be a positive integer, got many"),
            ("?org=acme", "org must be an org id (decimal digits), got 'acme'"),
            ("?after=-1", "after must be a journal entry id (0 or more), got -1"),
        ]
        for (query, message) in refusals {
            let response = try server.control("GET", "/__mock/requests" + query)
            #expect(response.status == 400, "\(query)")
            #expect(response.json == ["error": .string(message)], "\(query)")
        }
    }

    @Test func journal_isBounded_theOldestAreDropped() throws {
        let server = try TestServer(journalSize: 3)
        for _ in 0..<5 { _ = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id") }
        #expect(try server.journal().map { $0["id"] } == [3, 4, 5])
        for _ in 0..<4 { _ = try server.request("GET", lockPath(Seed.unlockedLead) + "?fields=id") }
        let entries = try server.journal()
        #expect(entries.map { $0["id"] } == [7, 8, 9])
        #expect(entries.map { $0["status"] } == [204, 204, 204])
    }

    @Test func journal_sizeZero_recordsNothing() throws {
        let server = try TestServer(journalSize: 0)
        _ = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id")
        #expect(try server.control("GET", "/__mock/requests").json == ["requests": []])
    }

    @Test func deleteRequests_emptiesTheJournal_idsKeepCounting() throws {
        let server = try TestServer()
        _ = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id")
        _ = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id")
        let cleared = try server.control("DELETE", "/__mock/requests")
        #expect(cleared.status == 200)
        #expect(cleared.json == ["deleted": 2])
        #expect(try server.journal().isEmpty)
        _ = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id")
        #expect(try server.journal().map { $0["id"] } == [3])
        #expect(try server.control("PUT", "/__mock/requests").status == 405)
    }
}
