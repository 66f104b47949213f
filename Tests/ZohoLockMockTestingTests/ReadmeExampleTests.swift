// The Swift Testing example of docs/testing.md, verbatim (Tests/python/doc_examples.py checks it): update both.
import Foundation
import Testing
import ZohoLockMockTesting

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

let acmeFixtures = """
    { "orgs": [{ "id": "7000000000000000001", "name": "Acme", "edition": "enterprise",
      "profiles": [{ "id": "1", "name": "Administrator", "record_locking": true }],
      "users": [{ "id": "2", "name": "Ann", "email": "ann@acme.example", "profile_id": "1" }],
      "tokens": [{ "access_token": "1000.acme.token", "user_id": "2", "scopes": ["ZohoCRM.modules.ALL"] }],
      "records": [{ "module": "Leads", "id": "3", "name": "A lead", "owner_id": "2" }],
      "record_locking_configurations": [{ "module": "Leads", "id": "4", "lock_type": "manual" }] }] }
    """

@Test func lockSurvivesOneRateLimit() async throws {
    let mock = try ZohoLockMock(fixtures: acmeFixtures)  // in memory, on a free port
    defer { mock.stop() }
    try await mock.control.freezeClock(at: "2024-01-01T09:00:00Z")
    try await mock.control.addFault(.error(code: "TOO_MANY_REQUESTS", method: "POST", times: 1))

    // Your client would make this call (and retry after the 429); here it is by hand.
    var request = URLRequest(url: mock.baseURL.appendingPathComponent("crm/v7/Leads/3/Locking_Information__s"))
    request.httpMethod = "POST"
    request.setValue("Zoho-oauthtoken \(mock.token!)", forHTTPHeaderField: "Authorization")
    request.httpBody = Data(#"{"data":[{"Locked_Reason__s":"review"}]}"#.utf8)
    for expected in [429, 201] {
        let (_, response) = try await URLSession.shared.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == expected)
    }

    let posts = try await mock.control.requests(method: "POST")
    #expect(posts.map(\.status) == [429, 201])
    #expect(posts[1].responseBody?["data"]?[0]?["details"]?["Created_Time"] == "2024-01-01T04:00:00-05:00")
}
