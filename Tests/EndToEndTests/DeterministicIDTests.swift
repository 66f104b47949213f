import Testing
import ZohoJSON

/// For the same fixtures and the same requests, a fresh server hands out the same ids (docs/fixtures.md).
@Suite struct DeterministicIDTests {
    /// Runs the same story on a fresh server and returns every id it saw.
    private func story() throws -> [String] {
        let server = try TestServer()
        let orgs = try server.load(fixture: #"{"orgs":[{"name":"First"},{"name":"Second"}]}"#).json["orgs"]?.arrayValue ?? []
        var ids = orgs.compactMap(\.stringValue)
        let state = try server.control("GET", "/__mock/state?org=\(ids[0])").json
        #expect(state["orgs", 0, "name"] == "First")
        let created = try server.request(
            "POST", "/crm/v7/settings/record_locking_configurations?module=Contacts",
            body: #"{"record_locking_configurations":[{"lock_type":"both","locking_rules":[{"name":"big","criteria":{"comparator":"less_than","field":{"api_name":"Created_Time"},"value":"2018-10-01T01:00:00+05:30"}}]}]}"#)
        #expect(created.status == 201)
        ids.append(created.json["record_locking_configurations", 0, "details", "id"]?.stringValue ?? "")
        let rules = try server.request("GET", "/crm/v7/settings/record_locking_configurations?module=Contacts")
        ids.append(rules.json["record_locking_configurations", 0, "locking_rules", 0, "id"]?.stringValue ?? "")
        for record in [Seed.unlockedLead, Seed.otherUnlockedLead] {
            let locked = try server.request("POST", lockPath(record), body: lockBody("story"))
            #expect(locked.status == 201)
            ids.append(locked.json["data", 0, "details", "id"]?.stringValue ?? "")
        }
        return ids
    }

    @Test func sameFixturesAndRequests_giveTheSameIDs() throws {
        let first = try story()
        #expect(first.count == 6)
        #expect(!first.contains(""))
        #expect(Set(first).count == 6)
        #expect(try story() == first)
    }

    /// Generated ids follow document order, section by section (each list's ids are taken in one go).
    @Test func fixtureIDs_areGeneratedInDocumentOrder() throws {
        let server = try TestServer(seed: false)
        try server.load(fixture: """
            {"orgs":[{"id":"7000000000000000001","name":"Ids",
              "profiles":[{"name":"a"},{"id":"5","name":"b"},{"name":"c"}],
              "users":[{"name":"u","profile_id":"5"},{"id":"6","name":"v","profile_id":"5"},{"name":"w","profile_id":"5"}],
              "modules":[{"api_name":"Projects__c","custom_buttons":[{"name":"b1"},{"id":"7","name":"b2"},{"name":"b3"}],
                "fields":[{"api_name":"F1","data_type":"text"},{"api_name":"F2","data_type":"text"}]}],
              "records":[{"module":"Leads","name":"r1","owner_id":"6"},{"module":"Leads","id":"8","name":"r2"},
                {"module":"Projects__c","name":"r3"}],
              "record_locking_configurations":[{"module":"Leads","lock_type":"manual"}],
              "locks":[{"module":"Leads","record_id":"8","locked_by_id":"6","Locked_Reason__s":"x"}]}]}
            """)
        let org = try #require(try server.control("GET", "/__mock/state?org=7000000000000000001").json["orgs", 0])
        func ids(_ items: JSONValue?) -> [String] { items?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? [] }
        func generated(_ sequence: Int) -> String { "70000000009000000\(sequence < 10 ? "0" : "")\(sequence)" }
        #expect(ids(org["profiles"]) == ["5", generated(1), generated(2)])
        #expect(ids(org["users"]) == ["6", generated(3), generated(4)])
        let module = org["modules"]?.arrayValue?.first { $0["api_name"] == "Projects__c" }
        #expect(module?["id"] == .string(generated(5)))
        #expect(ids(module?["custom_buttons"]) == ["7", generated(6), generated(7)])
        #expect(ids(module?["fields"]) == [generated(8), generated(9)])
        let records = org["records"]?.arrayValue?.map { ($0["name"]?.stringValue ?? "", $0["id"]?.stringValue ?? "") } ?? []
        #expect(Dictionary(uniqueKeysWithValues: records) == ["r1": generated(10), "r2": "8", "r3": generated(11)])
        #expect(ids(org["record_locking_configurations"]) == [generated(12)])
        #expect(ids(org["locks"]) == [generated(13)])
        #expect(org["id_sequence"] == 13)
    }

    @Test func fixtureWithoutIDs_getsTheSameGeneratedIDs() throws {
        func load() throws -> JSONValue {
            let server = try TestServer(seed: false)
            let profileless = #"{"orgs":[{"name":"Nameless","profiles":[{"name":"Administrator"}]}]}"#
            let orgID = try #require(try server.load(fixture: profileless).json["orgs", 0]?.stringValue)
            let state = try server.control("GET", "/__mock/state?org=\(orgID)").json
            #expect(state["orgs", 0, "profiles", 0, "id"]?.stringValue?.isEmpty == false)
            return state
        }
        #expect(try load() == load())
    }
}
