import Testing
import ZohoJSON
import ZohoLocking

/// Upsert (docs/zoho-api.md#upsert): each element updates the record it duplicates
/// (by `id`, else by the duplicate-check fields) through the update path, locks
/// included, or is inserted through the insert path. The seed's Leads are locked
/// for all profiles with `Description` excluded; Frey's lead is locked.
@Suite struct UpsertTests {
    let server: TestServer
    static let freyEmail = "theola-frey@noemail.invalid"
    static let wieserEmail = "sage-wieser@noemail.invalid"
    init() throws { server = try TestServer() }

    func upsert(_ body: String, module: String = "Leads", token: String = SeedTokens.admin) throws -> TestResponse {
        try server.request("POST", recordPath(module) + "/upsert", token: token, body: body)
    }

    /// A success item without its `details` (they carry times), and the id they name.
    static func outcome(_ item: JSONValue?) -> (item: JSONValue?, id: String?) {
        guard case .object(var object)? = item else { return (item, nil) }
        let id = object["details"]?.objectValue?["id"]?.stringValue
        object["details"] = Optional<JSONValue>.none
        return (.object(object), id)
    }

    static func success(_ action: String, _ field: String?) -> JSONValue {
        ["code": "SUCCESS", "duplicate_field": field.map(JSONValue.string) ?? .null, "action": .string(action),
         "message": action == "insert" ? "record added" : "record updated", "status": "success"]
    }

    func reconfigureLeads(_ keys: String) throws {
        let response = try server.request(
            "PUT", configurationPath("Leads"), body: configurationBody(#"{"lock_type":"both",\#(keys)}"#))
        #expect(response.status == 200, "\(response.text)")
    }

    // MARK: - insert and update

    @Test func newEmail_isInserted_withZohosItemKeys() throws {
        let response = try upsert(dataBody(#"{"Last_Name":"New","Email":"new@noemail.invalid"}"#))
        #expect(response.status == 200)
        let item = try #require(response.json["data", 0]?.objectValue)
        #expect(item.keys == ["code", "duplicate_field", "action", "details", "message", "status"])
        #expect(Set(item["details"]?.objectValue?.keys ?? []) == ["Modified_Time", "Modified_By", "Created_Time", "id", "Created_By"])
        let (shape, id) = Self.outcome(response.json["data", 0])
        #expect(shape == Self.success("insert", nil))
        let newID = try #require(id)
        let record = try #require(try server.record(newID))
        #expect(record["Email"] == "new@noemail.invalid")
        #expect(record["Owner", "id"] == .string(Seed.patricia))
    }

    @Test func knownEmail_updatesThatRecord_ignoringCase() throws {
        let response = try upsert(dataBody(#"{"Email":"SAGE-Wieser@noemail.invalid","Company":"Upserted"}"#))
        #expect(response.status == 200)
        let (shape, id) = Self.outcome(response.json["data", 0])
        #expect(shape == Self.success("update", "Email"))
        #expect(id == Seed.unlockedLead)
        #expect(try server.record(Seed.unlockedLead)?["Company"] == "Upserted")
    }

    @Test func duplicateCheckFields_areTriedInOrder() throws {
        // No Phone in the element: Company, the next field, names the record.
        let body = #"{"data":[{"Company":"Commercial Press (Sample)","Rating":"Warm"}],"duplicate_check_fields":["Phone","Company"]}"#
        let response = try upsert(body)
        #expect(response.status == 200)
        let (shape, id) = Self.outcome(response.json["data", 0])
        #expect(shape == Self.success("update", "Company"))
        #expect(id == Seed.otherUnlockedLead)
        #expect(try server.record(Seed.otherUnlockedLead)?["Rating"] == "Warm")
    }

    @Test func givenFields_replaceTheDefault() throws {
        // Email alone would match Wieser's lead; with Company checked instead nothing matches.
        let body = #"{"data":[{"Last_Name":"Other","Email":"\#(Self.wieserEmail)","Company":"Nobody"}],"duplicate_check_fields":["Company"]}"#
        let response = try upsert(body)
        #expect(response.status == 200)
        #expect(Self.outcome(response.json["data", 0]).item == Self.success("insert", nil))
    }

    @Test func anID_matchesByID() throws {
        let response = try upsert(dataBody(#"{"id":"\#(Seed.unlockedLead)","Email":"changed@noemail.invalid"}"#))
        #expect(response.status == 200)
        let (shape, id) = Self.outcome(response.json["data", 0])
        #expect(shape == Self.success("update", nil))
        #expect(id == Seed.unlockedLead)
        #expect(try server.record(Seed.unlockedLead)?["Email"] == "changed@noemail.invalid")
    }

    @Test func theSameNewRecordTwice_isInsertedThenUpdated() throws {
        let response = try upsert(dataBody(
            #"{"Last_Name":"Twice","Email":"twice@noemail.invalid"}"#, #"{"Email":"twice@noemail.invalid","Rating":"Hot"}"#))
        #expect(response.status == 200)
        let first = Self.outcome(response.json["data", 0]), second = Self.outcome(response.json["data", 1])
        #expect(first.item == Self.success("insert", nil))
        #expect(second.item == Self.success("update", "Email"))
        let newID = try #require(first.id)
        #expect(newID == second.id)
        #expect(try server.record(newID)?["Rating"] == "Hot")
    }

    // MARK: - locks

    @Test func lockedAndRestricted_answersRecordLocked() throws {
        let response = try upsert(dataBody(#"{"Email":"\#(Self.freyEmail)","Company":"Changed"}"#))
        #expect(response.status == 400)
        #expect(response.json == ["data": [recordLockedItem(Seed.lockedLead)]])
        #expect(try server.record(Seed.lockedLead)?["Company"] == "Dal Tile Corporation")
    }

    @Test func excludedField_passesTheLock() throws {
        let response = try upsert(dataBody(#"{"Email":"\#(Self.freyEmail)","Description":"notes"}"#))
        #expect(response.status == 200)
        #expect(Self.outcome(response.json["data", 0]).item == Self.success("update", "Email"))
        #expect(try server.record(Seed.lockedLead)?["Description"] == "notes")
        #expect(try server.lockEntry(Seed.lockedLead)?["id"] == .string(Seed.lockedLeadLock))
    }

    @Test func excludedProfile_passes_othersStayBound() throws {
        try reconfigureLeads(#""locked_for":"all_profiles_except_excluded_profiles","lock_excluded_profiles":[{"id":"5843104000000026011"}]"#)
        let body = dataBody(#"{"Email":"\#(Self.freyEmail)","Company":"Changed"}"#)
        let standard = try upsert(body, token: SeedTokens.standard)
        #expect(standard.json == ["data": [recordLockedItem(Seed.lockedLead)]])
        let admin = try upsert(body)
        #expect(admin.status == 200)
        #expect(Self.outcome(admin.json["data", 0]).item == Self.success("update", "Email"))
        #expect(try server.record(Seed.lockedLead)?["Company"] == "Changed")
    }

    @Test func insertedRecord_meetsAutomaticLocking() throws {
        try reconfigureLeads(#""locking_rules":[{"name":"hot","lock_existing_records":false,"criteria":{"comparator":"equal","field":{"api_name":"Rating"},"value":"Hot"}}]"#)
        let response = try upsert(dataBody(#"{"Last_Name":"Hot","Email":"hot@noemail.invalid","Rating":"Hot"}"#))
        #expect(response.status == 200)
        let id = try #require(Self.outcome(response.json["data", 0]).id)
        #expect(try server.lockEntry(id)?["Lock_Source__s"] == "Automatic")
    }

    @Test func mixedOutcomes_answer207() throws {
        let response = try upsert(dataBody(
            #"{"Last_Name":"New","Email":"mixed@noemail.invalid"}"#, #"{"Email":"\#(Self.freyEmail)","Company":"X"}"#,
            #"{"Email":"\#(Self.wieserEmail)","Rating":"Cold"}"#, #"{"Email":"nobody@noemail.invalid"}"#))
        #expect(response.status == 207)
        #expect(Self.outcome(response.json["data", 0]).item == Self.success("insert", nil))
        #expect(response.json["data", 1] == recordLockedItem(Seed.lockedLead))
        #expect(Self.outcome(response.json["data", 2]).item == Self.success("update", "Email"))
        #expect(response.json["data", 3] == Self.error(
            "MANDATORY_NOT_FOUND", "required field not found", ["api_name": "Last_Name", "json_path": "$.data[3].Last_Name"]))
    }

    // MARK: - errors

    struct Refusal: Sendable, CustomTestStringConvertible {
        let name: String, body: String, json: JSONValue
        var testDescription: String { name }
    }

    static func error(_ code: String, _ message: String, _ details: JSONValue) -> JSONValue {
        ["code": .string(code), "details": details, "message": .string(message), "status": "error"]
    }

    static func item(_ error: JSONValue) -> JSONValue { ["data": [error]] }

    static let refusals: [Refusal] = [
        Refusal(name: "not JSON", body: "data",
                json: error("UNABLE_TO_PARSE_DATA_TYPE", "either the request body or parameters is in wrong format", [:])),
        Refusal(name: "no data", body: #"{"duplicate_check_fields":["Email"]}"#,
                json: item(error("MANDATORY_NOT_FOUND", "required field not found", ["api_name": "data", "json_path": "$.data"]))),
        Refusal(name: "duplicate_check_fields not an array", body: #"{"data":[{"Last_Name":"A"}],"duplicate_check_fields":"Email"}"#,
                json: error("INVALID_DATA", "invalid data", [
                    "api_name": "duplicate_check_fields", "json_path": "$.duplicate_check_fields", "expected_data_type": "jsonarray"])),
        Refusal(name: "a duplicate check field not text", body: #"{"data":[{"Last_Name":"A"}],"duplicate_check_fields":["Email",1]}"#,
                json: error("INVALID_DATA", "invalid data", [
                    "api_name": "duplicate_check_fields", "json_path": "$.duplicate_check_fields[1]", "expected_data_type": "text"])),
        Refusal(name: "element not an object", body: dataBody("1"),
                json: item(error("INVALID_DATA", "invalid data", ["api_name": "data", "json_path": "$.data[0]", "expected_data_type": "jsonobject"]))),
        Refusal(name: "insert without the name field", body: dataBody(#"{"Email":"none@noemail.invalid"}"#),
                json: item(error("MANDATORY_NOT_FOUND", "required field not found", ["api_name": "Last_Name", "json_path": "$.data[0].Last_Name"]))),
        Refusal(name: "unknown id", body: dataBody(#"{"id":"42","Last_Name":"A"}"#),
                json: item(error("INVALID_DATA", "the related id given seems to be invalid", ["api_name": "id", "json_path": "$.data[0].id"]))),
        Refusal(name: "wrong field type on update", body: dataBody(#"{"Email":"\#(wieserEmail)","Annual_Revenue":"lots"}"#),
                json: item(error("INVALID_DATA", "invalid data", [
                    "api_name": "Annual_Revenue", "json_path": "$.data[0].Annual_Revenue", "expected_data_type": "currency"]))),
        Refusal(name: "101 records", body: dataBody(Array(repeating: "{}", count: 101).joined(separator: ",")),
                json: error("LIMIT_EXCEEDED", "Record count exceeded", ["limit": 100])),
    ]

    @Test(arguments: refusals) func badBodies_areRefused(_ refusal: Refusal) throws {
        let response = try upsert(refusal.body)
        #expect(response.status == 400)
        #expect(response.json == refusal.json, "\(response.text)")
        #expect(try server.record(Seed.unlockedLead)?["Company"] == "Truhlar And Truhlar (Sample)")
    }

    @Test func unlockableModule_andScope_areRefused() throws {
        let module = try upsert(dataBody(#"{"Campaign_Name":"A"}"#), module: "Campaigns")
        #expect(module.status == 400)
        #expect(module.json == Self.error("INVALID_MODULE", "the module name given seems to be invalid", ["resource_path_index": 0]))
        let scope = try upsert(dataBody(#"{"Last_Name":"A"}"#), token: SeedTokens.readOnly)
        #expect(scope.status == 401)
        #expect(scope.json["code"] == "OAUTH_SCOPE_MISMATCH")
    }
}
