import Foundation
import Testing
import ZohoLocking

/// `/__mock/faults`: fault rules on the Zoho API and the accounts server (docs/control-api.md#fault-rules).
@Suite struct FaultInjectionTests {
    static let ruleKeys = [
        "code", "delay_ms", "drop_connection", "fired", "id", "matched", "method", "org_id", "path", "probability",
        "remaining", "seed", "status", "times",
    ]
    static let lockListPattern = "/crm/v7/Leads/*/Locking_Information__s"

    @Test func fault_firesExactlyTimesTimes_withZohosTooManyRequests() throws {
        let server = try TestServer()
        let added = try server.control(
            "POST", "/__mock/faults",
            body: #"{"method":"GET","path":"\#(Self.lockListPattern)","code":"TOO_MANY_REQUESTS","times":2}"#)
        #expect(added.status == 201)
        #expect(added.keys == Self.ruleKeys)
        #expect(added.json["id"] == 1)
        #expect(added.json["remaining"] == 2)

        let statuses = try (0..<4).map { _ in try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id") }
        #expect(statuses.map(\.status) == [429, 429, 200, 200])
        #expect(statuses[0].text
            == #"{"code":"TOO_MANY_REQUESTS","details":{},"message":"You have reached the maximum number of API requests allowed","status":"error"}"#)
        #expect(statuses[0].headers["content-type"] == "application/json;charset=UTF-8")
        let rule = try server.control("GET", "/__mock/faults").json["faults", 0]
        #expect(rule?["matched"] == 2)
        #expect(rule?["fired"] == 2)
        #expect(rule?["remaining"] == 0)
        #expect(try server.journal().map { $0["fault_id"] } == [1, 1, .null, .null])
    }

    /// The documented rule with every optional key `null`: each is as if left out.
    @Test func fault_nullKeys_areLeftOut() throws {
        let server = try TestServer()
        let rule = #"""
            {"method":null,"path":null,"org_id":null,"code":"TOO_MANY_REQUESTS","status":null,"body":null,
             "delay_ms":null,"times":null,"probability":null,"drop_connection":null,"seed":null}
            """#
        let added = try server.control("POST", "/__mock/faults", body: rule)
        #expect(added.status == 201)
        #expect(added.json["times"] == .null)
        #expect(added.json["remaining"] == .null)
        let responses = try (0..<3).map { _ in try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id") }
        #expect(responses.map(\.status) == [429, 429, 429])
        #expect(responses[0].json == ZohoError.tooManyRequests.json)
        #expect(try server.request("POST", lockPath(Seed.unlockedLead), body: lockBody("x")).status == 429)
    }

    @Test func fault_code_answersTheCatalogBody_statusOverridesIt_statusAloneUsesTheCatalog() throws {
        let server = try TestServer()
        let cases: [(String, Int, ZohoError)] = [
            (#""code":"NOT_ALLOWED""#, 403, .recordAlreadyLocked),
            (#""code":"INTERNAL_ERROR","status":503"#, 503, .internalError),
            (#""status":401"#, 401, .invalidToken),
            (#""status":500"#, 500, .internalError),
            (#""status":502"#, 502, .internalError),
        ]
        for (fields, status, error) in cases {
            #expect(try server.control("DELETE", "/__mock/faults").status == 200)
            #expect(try server.control("POST", "/__mock/faults", body: "{\(fields),\"path\":\"\(Self.lockListPattern)\"}").status == 201)
            let response = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id")
            #expect(response.status == status, "\(fields)")
            #expect(response.json == error.json, "\(fields)")
        }
    }

    @Test func fault_answersInsteadOfTheAPI_soNothingChanges() throws {
        let server = try TestServer()
        let rule = #"{"method":"POST","path":"\#(Self.lockListPattern)","status":500,"times":1}"#
        #expect(try server.control("POST", "/__mock/faults", body: rule).status == 201)
        #expect(try server.request("POST", lockPath(Seed.unlockedLead), body: lockBody("lost")).status == 500)
        #expect(try server.request("GET", lockPath(Seed.unlockedLead) + "?fields=id").status == 204)
        #expect(try server.request("POST", lockPath(Seed.unlockedLead), body: lockBody("kept")).status == 201)
    }

    @Test func fault_delay_delaysTheRealAnswer() throws {
        let server = try TestServer()
        let rule = #"{"path":"\#(Self.lockListPattern)","delay_ms":400,"times":1}"#
        #expect(try server.control("POST", "/__mock/faults", body: rule).status == 201)
        let started = Date()
        let delayed = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id")
        let elapsed = Date().timeIntervalSince(started)
        #expect(delayed.status == 200)
        #expect(delayed.json["data", 0, "id"] == .string(Seed.lockedLeadLock))
        #expect(elapsed >= 0.4)
        let entry = try #require(try server.journal().first)
        #expect((entry["duration_ms"]?.numberValue?.doubleValue ?? 0) >= 400)
        #expect(entry["fault_id"] == 1)
        let quick = Date()
        #expect(try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id").status == 200)
        #expect(Date().timeIntervalSince(quick) < 0.4)
    }

    @Test func fault_dropConnection_closesWithoutAnswering() throws {
        let server = try TestServer()
        let rule = #"{"path":"\#(Self.lockListPattern)","drop_connection":true,"times":1}"#
        #expect(try server.control("POST", "/__mock/faults", body: rule).status == 201)
        let connection = try server.connection()
        #expect(throws: HTTPConnection.Failure.self) {
            _ = try connection.request("GET", lockPath(Seed.lockedLead) + "?fields=id", headers: [("Authorization", "Zoho-oauthtoken \(SeedTokens.admin)")])
        }
        #expect(try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id").status == 200)
        let dropped = try #require(try server.journal().first)
        #expect(dropped["status"] == .null)
        #expect(dropped["connection_dropped"] == true)
        #expect(dropped["response_body"] == .null)
    }

    @Test func fault_probability_isRepeatable() throws {
        func run(seedKey: String, faultSeed: UInt64 = 1) throws -> [Int] {
            let server = try TestServer(faultSeed: faultSeed)
            let rule = #"{"path":"\#(Self.lockListPattern)","status":500,"probability":0.5\#(seedKey)}"#
            #expect(try server.control("POST", "/__mock/faults", body: rule).status == 201)
            return try (0..<24).map { _ in try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id").status }
        }
        let seeded = try run(seedKey: #","seed":7"#)
        #expect(seeded == (try run(seedKey: #","seed":7"#)))
        #expect(seeded.contains(500) && seeded.contains(200))
        // Without a seed key the rule's sequence comes from --fault-seed.
        let byServerSeed = try run(seedKey: "", faultSeed: 99)
        #expect(byServerSeed == (try run(seedKey: "", faultSeed: 99)))
        #expect(byServerSeed != (try run(seedKey: "", faultSeed: 100)))
    }

    @Test func fault_matchesMethodPathAndOrg() throws {
        let server = try TestServer()
        try server.load(fixture: ControlFixtures.acme)
        let rule = #"{"method":"GET","path":"/crm/*/Leads/*/Locking_Information__s","org_id":"\#(ControlFixtures.acmeOrg)","status":500}"#
        #expect(try server.control("POST", "/__mock/faults", body: rule).status == 201)
        #expect(try server.request("GET", lockPath("7100000000000000031", version: "v8") + "?fields=id", token: ControlFixtures.acmeToken).status == 500)
        // Another org, another method, a longer path: untouched.
        #expect(try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id").status == 200)
        #expect(try server.request("POST", lockPath("7100000000000000032"), token: ControlFixtures.acmeToken, body: lockBody("x")).status == 201)
        #expect(try server.request("GET", lockPath("7100000000000000031", "7100000000000000051"), token: ControlFixtures.acmeToken).status == 200)
        let rules = try server.control("GET", "/__mock/faults").json["faults", 0]
        #expect(rules?["matched"] == 1)
    }

    @Test func fault_appliesToTheAccountsServer_withAnExplicitBody() throws {
        let server = try TestServer()
        let rule = #"{"method":"POST","path":"/oauth/v2/token","body":{"error":"invalid_code"},"times":1}"#
        #expect(try server.control("POST", "/__mock/faults", body: rule).status == 201)
        let form = "grant_type=refresh_token&client_id=1000.CLIENT&client_secret=secret&refresh_token=1000.refresh.token"
        let refused = try server.request("POST", "/oauth/v2/token", token: nil, body: form)
        #expect(refused.status == 200)
        #expect(refused.json == ["error": "invalid_code"])
        #expect(try server.request("POST", "/oauth/v2/token", token: nil, body: form).json["token_type"] == "Bearer")
    }

    @Test func fault_neverAppliesToTheControlAPI() throws {
        let server = try TestServer()
        #expect(try server.control("POST", "/__mock/faults", body: #"{"status":500}"#).status == 201)
        #expect(try server.control("GET", "/__mock/health").status == 200)
        #expect(try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id").status == 500)
    }

    @Test func faults_listAndRemove() throws {
        let server = try TestServer()
        #expect(try server.control("POST", "/__mock/faults", body: #"{"path":"/a","status":500}"#).json["id"] == 1)
        #expect(try server.control("POST", "/__mock/faults", body: #"{"path":"/b","delay_ms":10}"#).json["id"] == 2)
        let listed = try server.control("GET", "/__mock/faults")
        #expect(listed.status == 200)
        #expect(listed.keys == ["faults"])
        #expect(listed.json["faults"]?.arrayValue?.map { $0["path"] } == ["/a", "/b"])
        #expect(listed.json["faults", 1]?.sortedKeys == Self.ruleKeys)

        let removed = try server.control("DELETE", "/__mock/faults/1")
        #expect(removed.status == 200)
        #expect(removed.json == ["deleted": 1])
        let again = try server.control("DELETE", "/__mock/faults/1")
        #expect(again.status == 404)
        #expect(again.json == ["error": "no fault rule 1"])
        #expect(try server.control("DELETE", "/__mock/faults/abc").status == 404)
        #expect(try server.control("DELETE", "/__mock/faults").json == ["deleted": 1])
        #expect(try server.control("GET", "/__mock/faults").json == ["faults": []])
    }

    @Test func fault_refusals() throws {
        let server = try TestServer()
        let cases: [(String, String)] = [
            ("not json", "the body is not a JSON document"),
            ("[]", "a fault rule must be a JSON object"),
            (#"{"status":500,"delay":5}"#,
             "unknown key delay; a fault rule takes body, code, delay_ms, drop_connection, method, org_id, path, probability, seed, status, times"),
            (#"{"code":"NO_SUCH_CODE"}"#, "code must be a Zoho error code of the catalog: " + ZohoError.knownCodes.joined(separator: ", ")),
            (#"{"path":"/__mock/health","status":500}"#, "faults apply to the Zoho API and the accounts server, not to /__mock/"),
            (#"{"path":"crm/v7","status":500}"#, "path must be a path starting with /, with * for any one segment"),
            (#"{"status":99}"#, "status must be an HTTP status from 200 to 599"),
            (#"{"status":500,"probability":1.5}"#, "probability must be a number from 0 to 1"),
            (#"{"status":500,"times":0}"#, "times must be a positive integer (omit it or send null for unlimited)"),
            (#"{"delay_ms":-1}"#, "delay_ms must be an integer from 0 to 60000"),
            (#"{"method":"GET"}"#, "a fault rule needs status, code, body, delay_ms or drop_connection"),
            (#"{"drop_connection":true,"status":500}"#, "drop_connection answers nothing, so it cannot be combined with status, code or body"),
            (#"{"status":500,"org_id":"x"}"#, "org_id must be an org id"),
            (#"{"status":500,"seed":-3}"#, "seed must be a non-negative 64-bit integer"),
        ]
        for (body, message) in cases {
            let response = try server.control("POST", "/__mock/faults", body: body)
            #expect(response.status == 400, "\(body)")
            #expect(response.json == ["error": .string(message)], "\(body)")
        }
        #expect(try server.control("GET", "/__mock/faults").json == ["faults": []])
    }
}
