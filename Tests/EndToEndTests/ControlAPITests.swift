import Testing

/// `/__mock/health` and `/__mock/fixtures` (README.md#control-api, docs/fixtures.md).
@Suite struct ControlAPITests {
    @Test func health_isOK() throws {
        let server = try TestServer()
        let response = try server.request("GET", "/__mock/health", token: nil)
        #expect(response.status == 200)
        #expect(response.json == ["status": "ok"])
    }

    @Test func fixtures_loadAndAnswerTheOrgIDs() throws {
        let server = try TestServer(seed: false)
        let response = try server.load(fixture: TenancyTests.twin)
        #expect(response.json == ["orgs": ["7300000000000000001"]])
        #expect(try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id", token: "1000.twin.token").status == 204)
    }

    @Test func fixtures_mergeByID() throws {
        let server = try TestServer()
        let rename = #"{"orgs":[{"id":"5843104000000000101","records":[{"module":"Leads","id":"5843104000000425566","name":"Renamed","owner_id":"5843104000000424672"}]}]}"#
        try server.load(fixture: rename)
        let entry = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=Locked_For__s").json["data", 0]
        #expect(entry?["Locked_For__s", "name"] == "Renamed")
        #expect(entry?["id"] == .string(Seed.lockedLeadLock))
    }

    @Test func fixtures_badReference_rejectsTheWholeDocument() throws {
        let server = try TestServer(seed: false)
        let bad = """
            { "orgs": [{ "id": "7400000000000000001",
              "profiles": [{ "id": "1", "name": "Administrator" }],
              "users": [{ "id": "2", "name": "U", "profile_id": "1" }],
              "tokens": [{ "access_token": "1000.partial.token", "user_id": "2" }],
              "records": [{ "module": "Leads", "id": "3", "owner_id": "99" }] }] }
            """
        let response = try server.request("POST", "/__mock/fixtures", token: nil, body: bad)
        #expect(response.status == 400)
        #expect(response.json == ["error": "$.orgs[0].records[0].owner_id: no user 99 in org 7400000000000000001"])
        // Nothing of it was kept: the token of the same document does not exist.
        #expect(try server.request("GET", lockPath("3") + "?fields=id", token: "1000.partial.token").json["code"] == "INVALID_TOKEN")
    }

    @Test func fixtures_refusals() throws {
        let server = try TestServer(seed: false)
        let cases: [(String, String)] = [
            ("not json", "the body is not a JSON document"),
            ("{}", "$.orgs: is required and must be an array"),
            (#"{"orgs":[{"edition":"gold"}]}"#, "$.orgs[0].edition: must be one of free, standard, professional, enterprise, ultimate"),
            (#"{"orgs":[{"id":"x"}]}"#, "$.orgs[0].id: must be a positive 64-bit id"),
            (#"{"orgs":[{"records":[{"module":"Widgets","id":"1"}]}]}"#, "$.orgs[0].records[0].module: unknown module Widgets"),
            (#"{"orgs":[{"time_zone":"Mars/Olympus"}]}"#, "$.orgs[0].time_zone: unknown time zone Mars/Olympus"),
        ]
        for (body, message) in cases {
            let response = try server.request("POST", "/__mock/fixtures", token: nil, body: body)
            #expect(response.status == 400, "\(body)")
            #expect(response.json == ["error": .string(message)], "\(body)")
        }
    }

    @Test func lockWithoutConfiguration_isRefused() throws {
        let server = try TestServer()
        let body = #"{"orgs":[{"id":"5843104000000000101","locks":[{"module":"Accounts","record_id":"5843104000000425600","locked_by_id":"5843104000000424672"}]}]}"#
        let response = try server.request("POST", "/__mock/fixtures", token: nil, body: body)
        #expect(response.status == 400)
        #expect(response.json == ["error": "$.orgs[0].locks[0]: module Accounts has no record locking configuration"])
    }

    @Test func unknownControlPathAndMethod() throws {
        let server = try TestServer()
        #expect(try server.request("GET", "/__mock/nothing", token: nil).status == 404)
        #expect(try server.request("DELETE", "/__mock/health", token: nil).status == 405)
    }

    @Test func controlToken_guardsTheControlAPIOnly() throws {
        let server = try TestServer(controlToken: "s3cret")
        let refused = try server.request("GET", "/__mock/health", token: nil)
        #expect(refused.status == 401)
        #expect(refused.keys == ["error"])
        let allowed = try server.request("GET", "/__mock/health", token: nil, headers: [("Authorization", "Bearer s3cret")])
        #expect(allowed.status == 200)
        // The Zoho API never accepts the control token.
        let zoho = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id", token: "s3cret")
        #expect(zoho.json["code"] == "INVALID_TOKEN")
    }
}
