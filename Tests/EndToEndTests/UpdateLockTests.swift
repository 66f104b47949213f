import Testing

/// PUT `/crm/v7/{module}/{record_id}/Locking_Information__s/{lock_id}`.
@Suite struct UpdateLockTests {
    let server: TestServer
    init() throws { server = try TestServer() }

    @Test func changesTheReasonAndKeepsTheLockTime() throws {
        let response = try server.request("PUT", lockPath(Seed.lockedLead, Seed.lockedLeadLock), body: lockBody("deal info updated"))
        #expect(response.status == 200)
        #expect(response.json == ["data": [[
            "code": "SUCCESS", "details": ["id": .string(Seed.lockedLeadLock)], "message": "relation updated",
            "status": "success",
        ]]])
        let entry = try server.request("GET", lockPath(Seed.lockedLead, Seed.lockedLeadLock)).json["data", 0]
        #expect(entry?["Locked_Reason__s"] == "deal info updated")
        #expect(entry?["Locked_Time__s"] == "2023-09-05T05:13:36-04:00")
    }

    @Test func unknownLockID_returnsInvalidID() throws {
        let response = try server.request("PUT", lockPath(Seed.lockedLead, "5843104000000000042"), body: lockBody("x"))
        #expect(response.status == 400)
        #expect(response.json == [
            "code": "INVALID_DATA", "details": ["resource_path_index": 3], "message": "the id given seems to be invalid",
            "status": "error",
        ])
    }

    @Test func missingReason_perItemMandatoryNotFound() throws {
        let response = try server.request("PUT", lockPath(Seed.lockedLead, Seed.lockedLeadLock), body: #"{"data":[{}]}"#)
        #expect(response.status == 400)
        #expect(response.json["data", 0, "code"] == "MANDATORY_NOT_FOUND")
        let entry = try server.request("GET", lockPath(Seed.lockedLead, Seed.lockedLeadLock)).json["data", 0]
        #expect(entry?["Locked_Reason__s"] == "deal in progress")
    }

    @Test func automaticLock_cannotBeEdited() throws {
        try server.load(fixture: String(decoding: try RepositoryPaths.fixture("automatic-org.json"), as: UTF8.self))
        let response = try server.request(
            "PUT", lockPath("7200000000000000031", "7200000000000000071", module: "Quotes"), token: "1000.automatic.token",
            body: lockBody("x"))
        #expect(response.status == 403)
        #expect(response.json == [
            "code": "NOT_ALLOWED", "details": ["resource_path_index": 1],
            "message": "Automatically locked records can not be edited manually", "status": "error",
        ])
    }

    @Test func profileWithoutRecordLocking_returnsNoPermission() throws {
        let response = try server.request(
            "PUT", lockPath(Seed.lockedLead, Seed.lockedLeadLock), token: SeedTokens.standard, body: lockBody("x"))
        #expect(response.status == 403)
        #expect(response.json["code"] == "NO_PERMISSION")
    }

    @Test func unknownLockIsCheckedBeforeTheConfiguration() throws {
        let response = try server.request("PUT", lockPath(Seed.account, "1", module: "Accounts"), body: lockBody("x"))
        #expect(response.status == 400)
        #expect(response.json["details"] == ["resource_path_index": 3])
    }
}
