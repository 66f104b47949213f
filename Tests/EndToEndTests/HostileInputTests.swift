import Foundation
import Testing

/// Garbage in every place the API reads: the answer is always one of Zoho's
/// JSON errors (never a crash, an HTML page or a lost write), and the server
/// keeps serving afterwards.
@Suite struct HostileInputTests {
    let server: TestServer
    init() throws { server = try TestServer() }

    /// Asserts a Zoho error body: the four keys, `status: "error"`, a 4xx status.
    func expectZohoError(_ response: TestResponse, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect((400..<500).contains(response.status), "\(label): \(response.status)", sourceLocation: sourceLocation)
        #expect(response.headers["content-type"] == "application/json;charset=UTF-8", "\(label)", sourceLocation: sourceLocation)
        let body = response.json
        let wrapped = body["data", 0] ?? body["record_locking_configurations", 0]
        let error = wrapped ?? body
        #expect(error.sortedKeys == ["code", "details", "message", "status"], "\(label): \(response.text)", sourceLocation: sourceLocation)
        #expect(error["status"] == "error", "\(label)", sourceLocation: sourceLocation)
    }

    static let sqlMetacharacters = ["'", "\"", "' OR '1'='1", "1; DROP TABLE locks;--", "%27%20OR%201=1", "\\", "%00", "*"]

    @Test func sqlMetacharactersInEveryParameter() throws {
        for junk in Self.sqlMetacharacters {
            let encoded = junk.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? junk
            let targets = [
                lockPath(Seed.lockedLead) + "?fields=\(encoded)&ids=\(encoded)",
                lockPath(encoded) + "?fields=id",
                lockPath(Seed.lockedLead, module: encoded) + "?fields=id",
                lockPath(Seed.lockedLead, encoded),
                configurationPath(encoded),
                configurationPath("Leads", id: encoded),
                lockPath(Seed.lockedLead) + "?fields=id&page=\(encoded)&per_page=\(encoded)",
            ]
            for target in targets {
                let response = try server.request("GET", target)
                if response.status == 200 { continue }  // e.g. fields=' is an unknown field name, ignored
                expectZohoError(response, target)
            }
            expectZohoError(try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id", token: junk), "token \(junk)")
            expectZohoError(try server.request("POST", lockPath(Seed.unlockedLead), body: #"{"data":[{"Locked_Reason__s":42}]}"#), "body")
        }
        // The database is intact: the seed lock still answers.
        #expect(try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id").status == 200)
    }

    @Test func idsThatOverflow64Bits() throws {
        for id in ["9223372036854775808", "18446744073709551616", "99999999999999999999999999", "0", "-1", "1e5", "0x10"] {
            expectZohoError(try server.request("GET", lockPath(id) + "?fields=id"), "record \(id)")
            expectZohoError(try server.request("DELETE", lockPath(Seed.lockedLead, id)), "lock \(id)")
            expectZohoError(try server.request("GET", configurationPath("Leads", id: id)), "configuration \(id)")
        }
        let body = #"{"lock_type":"manual","excluded_fields":[{"api_name":"Nope","id":18446744073709551616}]}"#
        expectZohoError(try server.createConfiguration("Accounts", body), "numeric id overflow")
        let float = #"{"lock_type":"manual","excluded_fields":[{"id":5.843104e18}]}"#
        expectZohoError(try server.createConfiguration("Accounts", float), "float id")
    }

    @Test func wrongJSONTypesEverywhere() throws {
        let values = ["null", "true", "1", "1.5", "\"s\"", "[]", "{}", "[[]]", "[null]"]
        for value in values {
            for body in [
                #"{"data":\#(value)}"#, #"{"data":[\#(value)]}"#, #"{"data":[{"Locked_Reason__s":\#(value)}]}"#, value,
            ] {
                let response = try server.request("POST", lockPath(Seed.unlockedLead), body: body)
                if response.status == 201 {
                    let lock = try #require(response.json["data", 0, "details", "id"]?.stringValue)
                    #expect(try server.request("DELETE", lockPath(Seed.unlockedLead, lock)).status == 200)
                    continue
                }
                expectZohoError(response, "lock body \(body)")
            }
            for key in ["lock_type", "locked_for", "excluded_fields", "restricted_actions", "restricted_communications",
                        "restricted_custom_buttons", "lock_excluded_profiles", "lock_for_portal_users", "locking_rules", "feature_type"] {
                let body = #"{"lock_type":"manual","\#(key)":\#(value)}"#
                let response = try server.createConfiguration("Accounts", body)
                if response.status == 201 {
                    let id = try #require(response.json["record_locking_configurations", 0, "details", "id"]?.stringValue)
                    #expect(try server.request("DELETE", configurationPath("Accounts", id: id)).status == 200)
                    continue
                }
                expectZohoError(response, "configuration \(body)")
            }
        }
    }

    @Test func pathTricksAndEncodings() throws {
        let targets = [
            "/crm/v7/Leads/../Leads/\(Seed.lockedLead)/Locking_Information__s?fields=id",
            "/crm/v7/Leads/%2e%2e/Locking_Information__s", "/crm//Leads/1/Locking_Information__s",
            "/crm/v7/Leads/\(Seed.lockedLead)/Locking_Information__s%2F1", "/crm/v7/Leads/%ff%fe/Locking_Information__s",
            "/crm/v7/Leads/%/Locking_Information__s", "/crm/v7/%00/1/Locking_Information__s", "//crm/v7",
            "/crm/v7/Leads/\(Seed.lockedLead)/Locking_Information__s?fields=%ff", "/crm/v7/Leads/\(Seed.lockedLead)/Locking_Information__s?%%%",
            "/crm/v7/Leads/" + String(repeating: "9", count: 5000) + "/Locking_Information__s",
        ]
        for target in targets {
            let response = try server.request("GET", target)
            if response.status == 200 || response.status == 204 { continue }
            expectZohoError(response, target)
        }
    }

    @Test func deeplyNestedAndHugeJSON() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        expectZohoError(try server.request("POST", lockPath(Seed.unlockedLead), body: deep), "deep array")
        let criteria = String(repeating: #"{"group_operator":"AND","group":["#, count: 50) + "{}" + String(repeating: "]}", count: 50)
        let nested = #"{"lock_type":"both","locking_rules":[{"name":"r","criteria":\#(criteria)}]}"#
        expectZohoError(try server.createConfiguration("Accounts", nested), "deep criteria")
        // Each element is answered on its own, so a body takes at most 100 (Zoho's limit for records).
        func reasons(_ count: Int) -> String {
            #"{"data":[\#(Array(repeating: #"{"Locked_Reason__s":"x"}"#, count: count).joined(separator: ","))]}"#
        }
        let atLimit = try server.request("POST", lockPath(Seed.unlockedLead), body: reasons(100))
        #expect(atLimit.status == 207)
        #expect(atLimit.json["data"]?.arrayValue?.count == 100)
        let wide = try server.request("POST", lockPath(Seed.otherUnlockedLead), body: reasons(20_000))
        #expect(wide.status == 400)
        #expect(wide.json == ["code": "LIMIT_EXCEEDED", "details": ["limit": 100], "message": "Record count exceeded", "status": "error"])
    }

    @Test func serverStillServesAfterTheBarrage() throws {
        try sqlMetacharactersInEveryParameter()
        try pathTricksAndEncodings()
        #expect(try server.request("GET", "/__mock/health", token: nil).json == ["status": "ok"])
    }
}

extension HostileInputTests {
    /// Clients that open connections and dribble half a request must not stop
    /// others from being served (the pool polls every connection; idle ones
    /// are closed after the connection timeout).
    @Test func slowClients_doNotBlockOthers() throws {
        var slow: [HTTPConnection] = []
        for index in 0..<150 {
            let connection = try server.connection()
            try connection.sendRaw(Array("GET /crm/v7/Leads/\(index)/Locking_Information__s HTTP/1.1\r\nHost: x\r\nX-Slow: ".utf8))
            slow.append(connection)
        }
        let started = ContinuousClock.now
        let response = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id")
        #expect(response.status == 200)
        #expect(ContinuousClock.now - started < .seconds(2))
        withExtendedLifetime(slow) {}
    }

    /// A body that stops halfway leaves no partial write behind.
    @Test func truncatedBody_writesNothing() throws {
        let connection = try server.connection()
        try connection.sendRaw(Array((
            "POST \(lockPath(Seed.unlockedLead)) HTTP/1.1\r\nHost: x\r\n"
            + "Authorization: Zoho-oauthtoken \(SeedTokens.admin)\r\nContent-Length: 100\r\n\r\n"
            + #"{"data":[{"Locked_Reason__s":"#).utf8))
        _ = consume connection  // closes the socket mid-body
        #expect(try server.request("GET", lockPath(Seed.unlockedLead) + "?fields=id").status == 204)
    }
}
