import Foundation
import Testing
import ZohoJSON
import ZohoLockMockTesting

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The in-process emulator and its typed control client, used the way a test of
/// another package would use them.
@Suite struct ZohoLockMockTests {
    static let fixtures = """
        { "orgs": [{ "id": "7600000000000000001", "name": "Inproc", "edition": "enterprise",
          "profiles": [{ "id": "7600000000000000011", "name": "Administrator", "record_locking": true }],
          "users": [{ "id": "7600000000000000021", "name": "Ida", "email": "ida@inproc.example", "profile_id": "7600000000000000011" }],
          "tokens": [{ "access_token": "1000.inproc.token", "user_id": "7600000000000000021",
                       "scopes": ["ZohoCRM.modules.ALL", "ZohoCRM.settings.ALL"], "expires_in": 3600 }],
          "records": [{ "module": "Leads", "id": "7600000000000000031", "name": "Lead", "owner_id": "7600000000000000021" }],
          "record_locking_configurations": [{ "module": "Leads", "id": "7600000000000000041", "lock_type": "manual" }] }] }
        """
    static let seedData = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seed-data").path
    static let lockPath = "/crm/v7/Leads/7600000000000000031/Locking_Information__s"

    /// A plain HTTP call, as the code under test would make it.
    private func call(_ mock: ZohoLockMock, _ method: String, _ path: String, body: String? = nil) async throws -> (Int, JSONValue) {
        var request = URLRequest(url: URL(string: mock.baseURL.absoluteString + path)!)
        request.httpMethod = method
        request.setValue("Zoho-oauthtoken \(mock.token ?? "")", forHTTPHeaderField: "Authorization")
        request.httpBody = body.map { Data($0.utf8) }
        let (data, response) = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<(Data, URLResponse), Error>) in
            URLSession.shared.dataTask(with: request) { data, response, error in
                if let error { continuation.resume(throwing: error) } else { continuation.resume(returning: (data ?? Data(), response!)) }
            }.resume()
        }
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        return (status, (try? JSONParser.parse([UInt8](data))) ?? .null)
    }

    @Test func startsWithFixtures_servesTheAPI_andJournalsIt() async throws {
        let mock = try ZohoLockMock(fixtures: Self.fixtures)
        defer { mock.stop() }
        #expect(mock.baseURL.absoluteString == "http://127.0.0.1:\(mock.port)")
        #expect(mock.token == "1000.inproc.token")
        let (status, body) = try await call(mock, "POST", Self.lockPath, body: #"{"data":[{"Locked_Reason__s":"in process"}]}"#)
        #expect(status == 201)
        #expect(body["data"]?[0]?["message"] == "record added")

        let requests = try await mock.control.requests()
        #expect(requests.count == 1)
        #expect(requests[0].method == "POST")
        #expect(requests[0].path == Self.lockPath)
        #expect(requests[0].status == 201)
        #expect(requests[0].orgID == "7600000000000000001")
        #expect(requests[0].authorization == "Zoho-oauthtoken 1000.****")
        #expect(requests[0].requestBody == ["data": [["Locked_Reason__s": "in process"]]])
        try await mock.control.clearRequests()
        #expect(try await mock.control.requests().isEmpty)
    }

    @Test func faults_fireAsManyTimesAsAsked() async throws {
        let mock = try ZohoLockMock(fixtures: Self.fixtures)
        defer { mock.stop() }
        let id = try await mock.control.addFault(.error(code: "TOO_MANY_REQUESTS", method: "GET", path: "/crm/v7/Leads/*/Locking_Information__s", times: 1))
        #expect(id == 1)
        let (first, body) = try await call(mock, "GET", Self.lockPath + "?fields=id")
        #expect(first == 429)
        #expect(body["code"] == "TOO_MANY_REQUESTS")
        #expect(try await call(mock, "GET", Self.lockPath + "?fields=id").0 == 204)
        let installed = try await mock.control.faults()
        #expect(installed.map(\.fired) == [1])
        #expect(installed.first?.remaining == 0)
        try await mock.control.clearFaults()
        #expect(try await mock.control.faults().isEmpty)

        let refused = await #expect(throws: ZohoLockMockError.self) {
            try await mock.control.addFault(Fault(code: "NO_SUCH_CODE"))
        }
        #expect(refused?.status == 400)
    }

    @Test func clock_freezesAdvancesAndReleases() async throws {
        let mock = try ZohoLockMock(fixtures: Self.fixtures)
        defer { mock.stop() }
        let frozen = try await mock.control.freezeClock(at: Date(timeIntervalSince1970: 1_704_099_600))
        #expect(frozen.now == "2024-01-01T09:00:00+00:00")
        #expect(frozen.frozen)
        #expect(try await mock.control.advanceClock(by: 60).epochSeconds == 1_704_099_660)
        #expect(try await mock.control.clock().epochSeconds == 1_704_099_660)
        #expect(try await mock.control.releaseClock().frozen == false)
    }

    @Test func state_loadsIntoASecondMock_resetReturnsToTheFixtures() async throws {
        let first = try ZohoLockMock(fixtures: Self.fixtures)
        defer { first.stop() }
        #expect(try await call(first, "POST", Self.lockPath, body: #"{"data":[{"Locked_Reason__s":"kept"}]}"#).0 == 201)
        // Both clocks stand at the same instant, so tokens show the same lifetime left.
        let instant = Date()
        try await first.control.freezeClock(at: instant)
        let state = try await first.control.state()

        let second = try ZohoLockMock()
        defer { second.stop() }
        try await second.control.freezeClock(at: instant)
        #expect(second.token == nil)
        #expect(try await second.control.loadFixtures(state) == ["7600000000000000001"])
        #expect(try await second.control.state() == state)

        #expect(try await first.control.reset() == ["7600000000000000001"])
        #expect(try await call(first, "GET", Self.lockPath + "?fields=id").0 == 204)
        #expect(try await second.control.reset(org: "7600000000000000001") == ["7600000000000000001"])
    }

    @Test func seedData_andFixturesAsData() async throws {
        let mock = try ZohoLockMock(fixtures: Data(Self.fixtures.utf8), seedData: Self.seedData)
        defer { mock.stop() }
        #expect(mock.token == "1000.inproc.token")
        let orgs = try await mock.control.state()["orgs"]?.arrayValue?.compactMap { $0["id"]?.stringValue }
        #expect(orgs == ["5843104000000000101", "7600000000000000001"])
        let seedOnly = try ZohoLockMock(seedData: Self.seedData)
        defer { seedOnly.stop() }
        #expect(seedOnly.token == "1000.admin.token")
    }

    @Test func badFixtures_throwWithTheReason() {
        #expect(throws: ZohoLockMockError(message: "the emulator did not start: fixtures[0]: $.orgs: is required and must be an array")) {
            _ = try ZohoLockMock(fixtures: "{}")
        }
        #expect(throws: ZohoLockMockError.self) { _ = try ZohoLockMock(fixtures: "not json") }
    }

    @Test func stop_freesThePort() async throws {
        let mock = try ZohoLockMock(fixtures: Self.fixtures)
        #expect(try await mock.control.requests().isEmpty)
        mock.stop()
        await #expect(throws: ZohoLockMockError.self) { try await MockControlClient(baseURL: mock.baseURL).requests() }
        mock.stop()  // twice is fine
    }

    @Test func controlToken_isSentByTheClient() async throws {
        let mock = try ZohoLockMock(fixtures: Self.fixtures, controlToken: "t0ken")
        defer { mock.stop() }
        #expect(try await mock.control.faults().isEmpty)
        let stranger = MockControlClient(baseURL: mock.baseURL)
        let refused = await #expect(throws: ZohoLockMockError.self) { try await stranger.faults() }
        #expect(refused?.status == 401)
    }
}
