@testable import MockHTTP
import Testing
import ZohoJSON
import ZohoLocking
import ZohoMockControlWire

@testable import ZohoMockAPI

/// The control API's wire types against the server's answers: what the server
/// writes, the client's types read back whole and write again byte for byte.
@Suite struct ControlWireTests {
    let harness: EmulatorHarness

    init() throws { harness = try EmulatorHarness() }

    func control(_ route: ControlRoute, _ values: [String: String] = [:], query: [(name: String, value: String)] = [], body: JSONValue? = nil) -> Answer {
        harness.send(HTTPRequest(
            method: route.method, path: route.path(values), query: query,
            body: body.map(JSONWriter.bytes) ?? []))
    }

    @Test func fault_sentByTheClient_isInstalledAsSent() throws {
        let fault = Fault(
            method: "get", path: "/crm/v7/Leads/*/Locking_Information__s", orgID: EmulatorHarness.seedOrgID, status: 429,
            code: "TOO_MANY_REQUESTS", body: ["error": "slow down"], delayMilliseconds: 5, times: 2, probability: 0.5,
            seed: 18_446_744_073_709_551_615)
        let answer = control(.addFault, body: fault.json)
        #expect(answer.status == 201)
        let installed = try #require(answer.json.flatMap(InstalledFault.init(json:)))
        #expect(installed == InstalledFault(
            id: 1, fault: Fault(
                method: "GET", path: fault.path, orgID: fault.orgID, status: 429, code: "TOO_MANY_REQUESTS",
                body: ["error": "slow down"], delayMilliseconds: 5, times: 2, probability: 0.5, seed: fault.seed),
            seed: 18_446_744_073_709_551_615, matched: 0, fired: 0))
        #expect(installed.remaining == 2)
        #expect(JSONWriter.bytes(installed.json) == answer.response.body)

        let listed = control(.faults)
        #expect(InstalledFault.list(in: try #require(listed.json)) == [installed])
        #expect(JSONWriter.bytes(InstalledFault.listJSON([installed])) == listed.response.body)
    }

    @Test func fault_withDefaults_listsTheDefaults() throws {
        let answer = control(.addFault, body: Fault.delay(milliseconds: 1).json)
        #expect(answer.text == #"{"id":1,"method":null,"path":null,"org_id":null,"status":null,"code":null,"delay_ms":1,"times":null,"probability":1,"drop_connection":false,"seed":"# + "\(try #require(answer.json.flatMap(InstalledFault.init(json:))).seed)" + #","matched":0,"fired":0,"remaining":null}"#)
    }

    @Test func faultRefusals_nameTheFirstProblem() {
        let cases: [(JSONValue, String)] = [
            (["nope": 1], "unknown key nope; a fault rule takes body, code, delay_ms, drop_connection, method, org_id, path, probability, seed, status, times"),
            (["path": "/__mock/health", "status": 1], "faults apply to the Zoho API and the accounts server, not to /__mock/"),
            (["code": "NO_SUCH_CODE", "delay_ms": -1], "code must be a Zoho error code of the catalog: \(ZohoError.knownCodes.joined(separator: ", "))"),
            (["drop_connection": true, "status": 500], "drop_connection answers nothing, so it cannot be combined with status, code or body"),
            (["times": 3], "a fault rule needs status, code, body, delay_ms or drop_connection"),
        ]
        for (body, message) in cases {
            let answer = control(.addFault, body: body)
            #expect(answer.status == 400)
            #expect(answer.json.flatMap(ControlRefusal.message(in:)) == message)
            #expect(throws: ControlRefusal.badRequest(message)) { try Fault(json: body, knownCodes: ZohoError.knownCodes) }
        }
    }

    @Test func clock_answersReadAsClockState() throws {
        let frozen = control(.setClock, body: ClockChange.freeze(at: "2024-01-01T09:00:00+05:30").json)
        #expect(frozen.status == 200)
        let state = try #require(frozen.json.flatMap(ClockState.init(json:)))
        #expect(state == ClockState(now: "2024-01-01T03:30:00+00:00", epochSeconds: 1_704_079_800, frozen: true))
        #expect(JSONWriter.bytes(state.json) == frozen.response.body)
        let moved = control(.setClock, body: ClockChange.advance(seconds: -30).json)
        #expect(moved.json.flatMap(ClockState.init(json:))?.epochSeconds == 1_704_079_770)
    }

    @Test func clockRefusals_keepTheirMessages() {
        let cases: [(JSONValue, String)] = [
            ([1], #"the body must be {"now": "<ISO date-time>"} or {"advance_seconds": N}"#),
            (["later": 1], "unknown key later; the clock takes now or advance_seconds"),
            (["now": 5], ClockChange.nowFormatMessage),
            (["now": "yesterday"], ClockChange.nowFormatMessage),
            (["advance_seconds": .number(JSONNumber(literal: "1.5"))], "advance_seconds must be an integer"),
            (["now": "2024-01-01T00:00:00Z", "advance_seconds": 1], "give exactly one of now and advance_seconds"),
            ([:], "give exactly one of now and advance_seconds"),
        ]
        for (body, message) in cases {
            let answer = control(.setClock, body: body)
            #expect(answer.status == 400, "\(body)")
            #expect(answer.text == JSONWriter.string(ControlRefusal.badRequest(message).json), "\(body)")
        }
    }

    @Test func reset_answersReadAsLoadedOrgsAndOrgReset() throws {
        let everything = control(.reset)
        #expect(LoadedOrgs(json: try #require(everything.json)) == LoadedOrgs(orgIDs: [EmulatorHarness.seedOrgID]))
        #expect(JSONWriter.bytes(LoadedOrgs(orgIDs: [EmulatorHarness.seedOrgID]).json) == everything.response.body)
        let one = control(.reset, query: [(ControlQueryName.org.rawValue, EmulatorHarness.seedOrgID)])
        #expect(one.json.flatMap(OrgReset.init(json:)) == OrgReset(orgID: EmulatorHarness.seedOrgID, restoredFromSeed: true))
        #expect(JSONWriter.bytes(OrgReset(orgID: EmulatorHarness.seedOrgID, restoredFromSeed: true).json) == one.response.body)
    }

    @Test func journal_entriesReadAsRecordedRequests() throws {
        _ = harness.zoho("GET", "/crm/v7/org", query: [("fields", "id")])
        let answer = control(.requests)
        #expect(answer.status == 200)
        let json = try JSONParser.parse(try #require(answer.response.stream).collect())
        let entries = RecordedRequest.list(in: json)
        try #require(entries.count == 1)
        #expect(entries[0].method == "GET")
        #expect(entries[0].path == "/crm/v7/org")
        #expect(entries[0].orgID == EmulatorHarness.seedOrgID)
        #expect(entries[0].status == 200)
        #expect(entries[0].connectionDropped == false)
        #expect(entries[0].responseBodySize > 0)
        #expect(JSONValue.object(JSONObject([(RecordedRequest.listKey, .array(entries.map(\.json)))])) == json)
    }

    /// Accounts requests carry their org in form fields; elsewhere form-like query
    /// fields name no org (only the access token does).
    @Test func journal_findsTheOrgOfAccountsRequestsOnly() throws {
        let credentials = [(name: "client_id", value: "1000.CLIENT"), (name: "grant_type", value: "nonsense")]
        _ = harness.send(HTTPRequest(method: "POST", path: "/oauth/v2/token", query: credentials))
        _ = harness.send(HTTPRequest(method: "GET", path: "/crm/v7/org", query: credentials))
        let json = try JSONParser.parse(try #require(control(.requests).response.stream).collect())
        #expect(RecordedRequest.list(in: json).map(\.orgID) == [EmulatorHarness.seedOrgID, nil])
    }

    @Test func deletions_answerTheirCount() {
        #expect(control(.clearFaults).text == JSONWriter.string(DeletedCount(0).json))
        #expect(control(.clearRequests).text == #"{"deleted":0}"#)
        #expect(control(.health).text == JSONWriter.string(HealthStatus.ok.json))
    }
}

extension HTTPBodyStream {
    /// The whole body, read as the server would send it.
    func collect() -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while let count = buffer.withUnsafeMutableBytes({ read(into: $0) }) { bytes += buffer[..<count] }
        return bytes
    }
}
