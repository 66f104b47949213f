import Foundation
import LockStore
import Logging
import MockHTTP
import ZohoJSON
import ZohoLocking

@testable import ZohoMockAPI

/// An emulator over an in-memory store with the default seed, driven with
/// hand-built requests: no socket, no server thread.
struct EmulatorHarness {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let adminToken = "1000.admin.token"
    static let seedOrgID = "5843104000000000101"
    static let lockedLead = "5843104000000425566"

    let emulator: Emulator

    init(controlToken: String? = nil) throws {
        let store = try SQLiteStore(path: ":memory:", readers: 1)
        let clock = MockClock()
        let seed = try SeedData.read(path: Self.repositoryRoot.appendingPathComponent("seed-data").path)
        let orgIDs = try seed.load(into: store, now: clock.now())
        emulator = Emulator(
            store: store, clock: clock, defaultTimeZone: EmulatorDefaults.timeZone, controlToken: controlToken,
            logger: Logger(label: "zoho-mock-api-tests"), seed: seed, seededOrgIDs: orgIDs)
    }

    /// A Zoho API request with the seed's admin token unless told otherwise.
    func zoho(
        _ method: String, _ path: String, token: String? = adminToken, query: [(name: String, value: String)] = [],
        body: String? = nil, bodyTooLarge: Bool = false
    ) -> Answer {
        var headers: HTTPHeaders = [:]
        if let token { headers = ["Authorization": "Zoho-oauthtoken \(token)"] }
        return send(HTTPRequest(
            method: method, path: path, query: query, headers: headers, body: Array((body ?? "").utf8),
            bodyTooLarge: bodyTooLarge))
    }

    func send(_ request: HTTPRequest) -> Answer {
        Answer(response: emulator.handle(request))
    }
}

/// A response with its body parsed.
struct Answer {
    let response: HTTPResponse

    var status: Int { response.status }
    var json: JSONValue? { try? JSONParser.parse(response.body) }
    var text: String { String(decoding: response.body, as: UTF8.self) }
}
