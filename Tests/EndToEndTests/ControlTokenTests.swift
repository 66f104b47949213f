import Testing

/// `--control-token` guards every control endpoint, the new ones too; the Zoho API never accepts it.
@Suite struct ControlTokenTests {
    static let endpoints: [(String, String, String?)] = [
        ("POST", "/__mock/reset", nil), ("GET", "/__mock/state", nil), ("GET", "/__mock/requests", nil),
        ("DELETE", "/__mock/requests", nil), ("POST", "/__mock/faults", #"{"status":500,"path":"/x"}"#),
        ("GET", "/__mock/faults", nil), ("DELETE", "/__mock/faults", nil), ("GET", "/__mock/clock", nil),
        ("POST", "/__mock/clock", #"{"advance_seconds":1}"#), ("DELETE", "/__mock/clock", nil),
        ("GET", "/__mock/openapi.json", nil),
    ]

    @Test func everyControlEndpoint_needsTheControlToken() throws {
        let server = try TestServer(controlToken: "s3cret")
        for (method, path, body) in Self.endpoints {
            let refused = try server.control(method, path, body: body)
            #expect(refused.status == 401, "\(method) \(path)")
            #expect(refused.json == ["error": "the control API needs Authorization: Bearer <control token>"], "\(method) \(path)")
            let wrong = try server.control(method, path, body: body, headers: [("Authorization", "Bearer wrong")])
            #expect(wrong.status == 401, "\(method) \(path)")
            let allowed = try server.control(method, path, body: body, headers: [("Authorization", "Bearer s3cret")])
            #expect((200...201).contains(allowed.status), "\(method) \(path): \(allowed.status) \(allowed.text)")
        }
    }

    @Test func theControlToken_isNeverAnAPIToken_andIsNotJournaledAsOne() throws {
        let server = try TestServer(controlToken: "s3cret")
        let zoho = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id", token: "s3cret")
        #expect(zoho.status == 401)
        #expect(zoho.json["code"] == "INVALID_TOKEN")
        let journal = try server.control("GET", "/__mock/requests", headers: [("Authorization", "Bearer s3cret")])
        #expect(journal.json["requests"]?.arrayValue?.count == 1)
        #expect(journal.json["requests", 0, "org_id"] == .null)
        #expect(journal.json["requests", 0, "authorization"] == "Zoho-oauthtoken s3****")
    }
}
