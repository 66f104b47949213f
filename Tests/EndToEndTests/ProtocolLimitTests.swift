import Testing

/// Requests libmicrohttpd refuses before they reach the emulator: it answers
/// them itself and closes the connection. The server must survive each and
/// keep serving others; requests it can parse always get Zoho's JSON.
@Suite struct ProtocolLimitTests {
    let server: TestServer
    init() throws { server = try TestServer() }

    func exchange(_ raw: String) throws -> TestResponse {
        let connection = try server.connection()
        try connection.sendRaw(Array(raw.utf8))
        return try connection.readResponse()
    }

    @Test func headerBlockPastTheLimit_is431AndTheServerGoesOn() throws {
        let response = try exchange("GET /crm/v7/x HTTP/1.1\r\nHost: x\r\nX-Big: \(String(repeating: "a", count: 40_000))\r\n\r\n")
        #expect(response.status == 431)
        #expect(response.headers["connection"]?.lowercased() == "close")
        #expect(try server.request("GET", "/__mock/health", token: nil).status == 200)
    }

    @Test func headersUnderTheLimit_reachTheAPI() throws {
        let response = try server.request(
            "GET", lockPath(Seed.lockedLead) + "?fields=id", headers: [("X-Padding", String(repeating: "p", count: 16_000))])
        #expect(response.status == 200)
    }

    @Test func unsupportedVersionAndBadContentLength() throws {
        #expect(try exchange("GET /crm/v7/x HTTP/9.9\r\nHost: x\r\n\r\n").status == 505)
        #expect(try exchange("POST /crm/v7/x HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n").status == 400)
        #expect(try server.request("GET", "/__mock/health", token: nil).status == 200)
    }

    @Test func requestWithoutHost_stillGetsZohoJSON() throws {
        let response = try exchange("GET \(lockPath(Seed.lockedLead))?fields=id HTTP/1.1\r\n\r\n")
        #expect(response.status == 401)
        #expect(response.json["code"] == "AUTHENTICATION_FAILURE")
    }
}
