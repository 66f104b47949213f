import Foundation
import Testing

/// What a client past the connection limit is told: Zoho's answer to too
/// many concurrent calls, then the connection closes.
@Suite struct ConnectionLimitTests {
    @Test func pastTheLimit_aRequestGets429TooManyRequests_asZohoJSON() throws {
        let server = try TestServer { $0.connectionLimit = 4 }
        let held = try (0..<4).map { _ in try server.connection() }
        usleep(100_000)
        let response = try server.connection().request(
            "GET", lockPath(Seed.lockedLead) + "?fields=id", headers: [("Authorization", "Zoho-oauthtoken \(SeedTokens.admin)")])
        #expect(response.status == 429)
        #expect(response.headers["retry-after"] == "1")
        #expect(response.headers["connection"] == "close")
        #expect(response.json["code"] == "TOO_MANY_REQUESTS")
        #expect(response.json["status"] == "error")
        #expect(response.keys == ["code", "details", "message", "status"])
        // The held connections are served as usual.
        let served = try held[0].request(
            "GET", lockPath(Seed.lockedLead) + "?fields=id", headers: [("Authorization", "Zoho-oauthtoken \(SeedTokens.admin)")])
        #expect(served.status == 200)
    }
}
