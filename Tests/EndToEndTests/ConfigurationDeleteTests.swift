import Testing

/// DELETE `/settings/record_locking_configurations/{id}` and `?ids=`.
@Suite struct ConfigurationDeleteTests {
    let server: TestServer
    init() throws { server = try TestServer() }

    @Test func deletes_andItsLocksGoWithIt() throws {
        let response = try server.request("DELETE", configurationPath("Leads", id: leadsConfigurationID))
        #expect(response.status == 200)
        #expect(response.json == ["record_locking_configurations": [[
            "code": "SUCCESS", "details": ["id": .string(leadsConfigurationID)],
            "message": "record locking configuration deleted successfully", "status": "success",
        ]]])
        #expect(try server.request("GET", configurationPath("Leads")).status == 204)
        let list = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id")
        #expect(list.status == 400)
        #expect(list.json["message"] == "Required Record Locking Configuration is not present")
        #expect(try server.request("POST", lockPath(Seed.unlockedLead), body: lockBody("x")).json["code"] == "NOT_ALLOWED")
        // A new configuration starts without the old locks.
        #expect(try server.createConfiguration("Leads", #"{"lock_type":"manual"}"#).status == 201)
        #expect(try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id").status == 204)
    }

    @Test func unknownID_returnsInvalidID() throws {
        let response = try server.request("DELETE", configurationPath("Leads", id: "42"))
        #expect(response.status == 400)
        #expect(response.json["details"] == ["resource_path_index": 2])
    }

    @Test func bulkForm_answersPerID() throws {
        let response = try server.request("DELETE", configurationPath("Leads", extra: "ids=\(leadsConfigurationID),42"))
        #expect(response.status == 207)
        #expect(response.json == ["record_locking_configurations": [
            ["code": "SUCCESS", "details": ["id": .string(leadsConfigurationID)],
             "message": "record locking configuration deleted successfully", "status": "success"],
            ["code": "INVALID_DATA", "details": ["id": "42"], "message": "the id given seems to be invalid", "status": "error"],
        ]])
        #expect(try server.request("GET", configurationPath("Leads")).status == 204)
    }

    @Test func bulkForm_needsIDs() throws {
        let response = try server.request("DELETE", configurationPath("Leads"))
        #expect(response.status == 400)
        #expect(response.json == [
            "code": "REQUIRED_PARAM_MISSING", "details": ["param": "ids"], "message": "One of the expected parameter is missing",
            "status": "error",
        ])
    }

    @Test func withoutCustomizePermission_refused() throws {
        let response = try server.request("DELETE", configurationPath("Leads", id: leadsConfigurationID), token: SeedTokens.standard)
        #expect(response.status == 403)
        #expect(response.json["code"] == "NO_PERMISSION")
    }
}
