import Testing
import ZohoLocking

/// Contract §3: for the same fixtures and the same requests, a fresh server hands out the same ids.
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
