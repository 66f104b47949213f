import Testing

/// DELETE `/crm/v7/{module}/{record_id}/Locking_Information__s/{lock_id}`.
@Suite struct UnlockRecordTests {
    let server: TestServer
    init() throws { server = try TestServer() }

    @Test func unlocks_thenTheListIsEmptyAndTheRecordLocksAgain() throws {
        let response = try server.request("DELETE", lockPath(Seed.lockedLead, Seed.lockedLeadLock))
        #expect(response.status == 200)
        #expect(response.json == ["data": [[
            "code": "SUCCESS", "details": ["id": .string(Seed.lockedLeadLock)], "message": "relation removed",
            "status": "success",
        ]]])
        #expect(try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id").status == 204)
        #expect(try server.request("DELETE", lockPath(Seed.lockedLead, Seed.lockedLeadLock)).json["details"] == ["resource_path_index": 3])
        #expect(try server.request("POST", lockPath(Seed.lockedLead), body: lockBody("again")).status == 201)
    }

    @Test func profileWithoutRecordLocking_returnsUnlockPermissionError() throws {
        let response = try server.request("DELETE", lockPath(Seed.lockedLead, Seed.lockedLeadLock), token: SeedTokens.standard)
        #expect(response.status == 403)
        #expect(response.json == [
            "code": "NO_PERMISSION", "details": ["resource_path_index": 1],
            "message": "You do not have permission to unlock this record", "status": "error",
        ])
    }

    @Test func automaticLock_cannotBeUnlocked() throws {
        try server.load(fixture: String(decoding: try RepositoryPaths.fixture("automatic-org.json"), as: UTF8.self))
        let response = try server.request(
            "DELETE", lockPath("7200000000000000031", "7200000000000000071", module: "Quotes"), token: "1000.automatic.token")
        #expect(response.status == 403)
        #expect(response.json == [
            "code": "NOT_ALLOWED", "details": ["resource_path_index": 1],
            "message": "Automatically locked records can not be unlocked manually", "status": "error",
        ])
    }

    @Test func unknownRecordAndModule() throws {
        #expect(try server.request("DELETE", lockPath("1", Seed.lockedLeadLock)).json["message"] == "the related id given seems to be invalid")
        #expect(try server.request("DELETE", lockPath(Seed.lockedLead, Seed.lockedLeadLock, module: "Deals")).json["code"] == "INVALID_DATA")
        #expect(try server.request("DELETE", lockPath(Seed.lockedLead, Seed.lockedLeadLock, module: "X")).json["code"] == "INVALID_MODULE")
    }
}
