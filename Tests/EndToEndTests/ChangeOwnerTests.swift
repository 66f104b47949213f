import Testing
import ZohoJSON
import ZohoLocking

/// Change owner, one record and many (docs/zoho-api.md#change-owner): `Owner` and
/// `Modified_*` move; a lock refuses it only when its configuration restricts
/// `change_owner` (the seed's Leads configuration does, locked for all profiles).
@Suite struct ChangeOwnerTests {
    let server: TestServer
    static let mark = "5843104000000424690"
    init() throws { server = try TestServer() }

    func single(_ id: String, _ body: String, token: String = SeedTokens.admin) throws -> TestResponse {
        try server.request("POST", recordPath("Leads", id) + "/actions/change_owner", token: token, body: body)
    }

    func many(_ body: String, module: String = "Leads", token: String = SeedTokens.admin) throws -> TestResponse {
        try server.request("POST", recordPath(module) + "/actions/change_owner", token: token, body: body)
    }

    static func toMark(ids: [String]? = nil) -> String {
        let ids = ids.map { #""ids":[\#($0.map { "\"\($0)\"" }.joined(separator: ","))],"# } ?? ""
        return #"{\#(ids)"owner":{"id":"\#(mark)"},"notify":true,"related_modules":[{"api_name":"Tasks","id":"1"}]}"#
    }

    static func changed(_ id: String) -> JSONValue {
        ["code": "SUCCESS", "details": ["id": .string(id)], "message": "record updated", "status": "success"]
    }

    func reconfigureLeads(_ keys: String) throws {
        let response = try server.request(
            "PUT", configurationPath("Leads"), body: configurationBody(#"{"lock_type":"both",\#(keys)}"#))
        #expect(response.status == 200, "\(response.text)")
    }

    // MARK: - unlocked

    @Test func unlockedRecord_changesOwnerAndModified() throws {
        server.server.clock.freeze(at: ZohoDateTime.parse("2024-03-01T10:00:00-05:00")!)
        let response = try single(Seed.unlockedLead, Self.toMark())
        #expect(response.status == 200)
        #expect(response.json == ["data": [Self.changed(Seed.unlockedLead)]])
        let record = try #require(try server.record(Seed.unlockedLead))
        #expect(record["Owner", "id"] == .string(Self.mark))
        #expect(record["Owner", "name"] == "Mark Henry")
        #expect(record["Modified_Time"] == "2024-03-01T10:00:00-05:00")
        #expect(record["Modified_By", "id"] == .string(Seed.patricia))
    }

    @Test func numericIDs_asTheSDKSendsThem_areAccepted() throws {
        let response = try many(#"{"ids":[\#(Seed.unlockedLead)],"owner":{"id":\#(Self.mark)}}"#)
        #expect(response.status == 200)
        #expect(response.json == ["data": [Self.changed(Seed.unlockedLead)]])
    }

    // MARK: - locked

    @Test func lockedAndRestricted_answersRecordLockedAndChangesNothing() throws {
        let response = try single(Seed.lockedLead, Self.toMark())
        #expect(response.status == 400)
        #expect(response.json == ["data": [recordLockedItem(Seed.lockedLead)]])
        #expect(try server.record(Seed.lockedLead)?["Owner", "id"] == .string(Seed.patricia))
    }

    @Test func lockedButNotRestricted_passesAndKeepsTheLock() throws {
        try reconfigureLeads(#""restricted_actions":["update","delete"]"#)
        let response = try single(Seed.lockedLead, Self.toMark())
        #expect(response.status == 200)
        #expect(response.json == ["data": [Self.changed(Seed.lockedLead)]])
        #expect(try server.record(Seed.lockedLead)?["Owner", "id"] == .string(Self.mark))
        #expect(try server.lockEntry(Seed.lockedLead)?["id"] == .string(Seed.lockedLeadLock))
    }

    @Test func excludedProfile_passes_othersStayBound() throws {
        try reconfigureLeads(#""locked_for":"all_profiles_except_excluded_profiles","lock_excluded_profiles":[{"id":"5843104000000026011"}]"#)
        let mark = try single(Seed.lockedLead, Self.toMark(), token: SeedTokens.standard)
        #expect(mark.json == ["data": [recordLockedItem(Seed.lockedLead)]])
        let patricia = try single(Seed.lockedLead, Self.toMark())
        #expect(patricia.status == 200)
        #expect(patricia.json == ["data": [Self.changed(Seed.lockedLead)]])
        #expect(try server.lockEntry(Seed.lockedLead)?["id"] == .string(Seed.lockedLeadLock))
    }

    // MARK: - many records

    @Test func many_mixesLockedUnknownAndChanged_in207() throws {
        let response = try many(Self.toMark(ids: [Seed.lockedLead, Seed.unlockedLead, "42", Seed.otherUnlockedLead]))
        #expect(response.status == 207)
        #expect(response.json == ["data": [
            recordLockedItem(Seed.lockedLead), Self.changed(Seed.unlockedLead),
            ["code": "INVALID_DATA", "details": ["id": "42"], "message": "the related id given seems to be invalid", "status": "error"],
            Self.changed(Seed.otherUnlockedLead),
        ]])
        #expect(try server.record(Seed.otherUnlockedLead)?["Owner", "id"] == .string(Self.mark))
        #expect(try server.record(Seed.lockedLead)?["Owner", "id"] == .string(Seed.patricia))
    }

    @Test func many_allLocked_answersTheItemsStatus() throws {
        let response = try many(Self.toMark(ids: [Seed.lockedLead, Seed.docSampleLead]))
        #expect(response.status == 400)
        #expect(response.json == ["data": [recordLockedItem(Seed.lockedLead), recordLockedItem(Seed.docSampleLead)]])
    }

    // MARK: - automatic locking

    @Test func changedRecord_meetsAutomaticLocking() throws {
        #expect(try server.request("PUT", recordPath("Leads", Seed.unlockedLead), body: dataBody(#"{"Rating":"Hot"}"#)).status == 200)
        try reconfigureLeads(#""locking_rules":[{"name":"hot","lock_existing_records":false,"criteria":{"comparator":"equal","field":{"api_name":"Rating"},"value":"Hot"}}]"#)
        #expect(try server.lockEntry(Seed.unlockedLead) == nil)
        #expect(try single(Seed.unlockedLead, Self.toMark()).status == 200)
        #expect(try server.lockEntry(Seed.unlockedLead)?["Lock_Source__s"] == "Automatic")
    }

    // MARK: - errors

    struct Refusal: Sendable, CustomTestStringConvertible {
        let name: String, body: String, status: Int, json: JSONValue
        var testDescription: String { name }
    }

    static func error(_ code: String, _ message: String, _ details: JSONValue) -> JSONValue {
        ["code": .string(code), "details": details, "message": .string(message), "status": "error"]
    }

    static let refusals: [Refusal] = [
        Refusal(name: "no owner", body: #"{"ids":["1"]}"#, status: 400,
                json: error("MANDATORY_NOT_FOUND", "required field not found", ["api_name": "owner", "json_path": "$.owner"])),
        Refusal(name: "owner without id", body: #"{"ids":["1"],"owner":{}}"#, status: 400,
                json: error("MANDATORY_NOT_FOUND", "required field not found", ["api_name": "id", "json_path": "$.owner.id"])),
        Refusal(name: "unknown owner", body: #"{"ids":["\#(Seed.unlockedLead)"],"owner":{"id":"42"}}"#, status: 400,
                json: error("INVALID_DATA", "invalid data", ["api_name": "id", "json_path": "$.owner.id"])),
        Refusal(name: "no ids", body: #"{"owner":{"id":"\#(mark)"}}"#, status: 400,
                json: error("MANDATORY_NOT_FOUND", "required field not found", ["api_name": "ids", "json_path": "$.ids"])),
        Refusal(name: "empty ids", body: #"{"ids":[],"owner":{"id":"\#(mark)"}}"#, status: 400,
                json: error("MANDATORY_NOT_FOUND", "required field not found", ["api_name": "ids", "json_path": "$.ids"])),
        Refusal(name: "bad id", body: #"{"ids":["x"],"owner":{"id":"\#(mark)"}}"#, status: 400,
                json: error("INVALID_DATA", "invalid data", ["api_name": "ids", "json_path": "$.ids[0]", "expected_data_type": "long"])),
        Refusal(name: "501 ids", body: #"{"ids":[\#(Array(repeating: "1", count: 501).joined(separator: ","))],"owner":{"id":"\#(mark)"}}"#,
                status: 400, json: error("LIMIT_EXCEEDED", "Record count exceeded", ["limit": 500])),
        Refusal(name: "notify not a boolean", body: #"{"ids":["1"],"owner":{"id":"\#(mark)"},"notify":"yes"}"#, status: 400,
                json: error("INVALID_DATA", "invalid data", ["api_name": "notify", "json_path": "$.notify", "expected_data_type": "boolean"])),
        Refusal(name: "unknown related module", body: #"{"ids":["1"],"owner":{"id":"\#(mark)"},"related_modules":[{"api_name":"Notes"}]}"#,
                status: 400, json: error("INVALID_DATA", "invalid data", [
                    "supported_values": ["Tasks", "Events", "Calls", "Contacts", "Deals"], "api_name": "api_name",
                    "json_path": "$.related_modules[0].api_name"])),
        Refusal(name: "not JSON", body: "owner", status: 400,
                json: error("UNABLE_TO_PARSE_DATA_TYPE", "either the request body or parameters is in wrong format", [:])),
    ]

    @Test(arguments: refusals) func badBodies_areRefusedWhole(_ refusal: Refusal) throws {
        let response = try many(refusal.body)
        #expect(response.status == refusal.status)
        #expect(response.json == refusal.json)
        #expect(try server.record(Seed.unlockedLead)?["Owner", "id"] == .string(Seed.patricia))
    }

    @Test func unknownRecordInPath_andModule_areRefused() throws {
        let unknown = try single("42", Self.toMark())
        #expect(unknown.status == 400)
        #expect(unknown.json == Self.error("INVALID_DATA", "the related id given seems to be invalid", ["resource_path_index": 1]))
        let module = try many(Self.toMark(ids: [Seed.unlockedLead]), module: "Campaigns")
        #expect(module.status == 400)
        #expect(module.json == Self.error("INVALID_MODULE", "the module name given seems to be invalid", ["resource_path_index": 0]))
    }

    @Test func scope_isChangeOwnerCreate() throws {
        // The read-only token has module scopes but not ZohoCRM.change_owner.
        let response = try single(Seed.unlockedLead, Self.toMark(), token: SeedTokens.readOnly)
        #expect(response.status == 401)
        #expect(response.json["code"] == "OAUTH_SCOPE_MISMATCH")
    }
}
