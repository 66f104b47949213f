import Testing

/// The HTTP layer under load: keep-alive and concurrent clients.
@Suite struct ConnectionTests {
    let server: TestServer
    init() throws { server = try TestServer() }

    @Test func keepAlive_manyRequestsOnOneConnection() throws {
        let connection = try server.connection()
        let auth = [("Authorization", "Zoho-oauthtoken \(SeedTokens.admin)")]
        for index in 0..<200 {
            let response: TestResponse
            switch index % 4 {
            case 0: response = try connection.request("GET", lockPath(Seed.lockedLead) + "?fields=id", headers: auth)
            case 1: response = try connection.request("POST", lockPath(Seed.unlockedLead), headers: auth, body: Array(lockBody("k").utf8))
            case 2:
                let lock = try #require(try connection.request("GET", lockPath(Seed.unlockedLead) + "?fields=id", headers: auth).json["data", 0, "id"]?.stringValue)
                response = try connection.request("DELETE", lockPath(Seed.unlockedLead, lock), headers: auth)
            // `/crm/v7/{module}` is a Records API path now; this one matches nothing.
            default: response = try connection.request("GET", "/crm/v7/bad/1/x", headers: auth)
            }
            #expect([200, 201, 404].contains(response.status))
            #expect(response.headers["connection"]?.lowercased() != "close")
        }
    }

    @Test func concurrentClients_allAnswered() async throws {
        let port = server.port
        let statuses = try await withThrowingTaskGroup(of: [Int].self) { group in
            for _ in 0..<16 {
                group.addTask {
                    let connection = try HTTPConnection(port: port)
                    var seen: [Int] = []
                    for _ in 0..<50 {
                        seen.append(try connection.request(
                            "GET", lockPath(Seed.lockedLead) + "?fields=id",
                            headers: [("Authorization", "Zoho-oauthtoken \(SeedTokens.admin)")]
                        ).status)
                    }
                    return seen
                }
            }
            return try await group.reduce(into: [Int]()) { $0 += $1 }
        }
        #expect(statuses.count == 800)
        #expect(statuses.allSatisfy { $0 == 200 })
    }
}
