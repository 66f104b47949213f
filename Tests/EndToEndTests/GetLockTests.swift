import Testing

/// GET `/crm/v7/{module}/{record_id}/Locking_Information__s/{lock_id}`.
@Suite struct GetLockTests {
    let server: TestServer
    init() throws { server = try TestServer() }

    @Test func withoutFields_returnsTheFullEntryAndNoInfo() throws {
        let response = try server.request("GET", lockPath(Seed.lockedLead, Seed.lockedLeadLock))
        #expect(response.status == 200)
        #expect(response.keys == ["data"])
        let entry = try #require(response.json["data", 0])
        #expect(entry == [
            "Locked_By__s": ["name": "Patricia Boyle", "id": .string(Seed.patricia)],
            "Locked_For__s": [
                "module": ["api_name": "Leads", "id": "5843104000000002175"], "name": "Theola Frey (Sample)",
                "id": .string(Seed.lockedLead),
            ],
            "Locked_Reason__s": "deal in progress", "Lock_Source__s": "Manual",
            "Locked_Time__s": "2023-09-05T05:13:36-04:00",
            "Record_Locking_Configuration_Id__s": .string(Seed.leadsConfiguration), "Record_Locking_Rule_Id__s": nil,
            "Feature_Type__s": "record_locking", "$editable": true, "$sharing_permission": "full_access",
            "$field_states": nil, "$zia_visions": nil, "id": .string(Seed.lockedLeadLock),
        ])
    }

    @Test func withFields_filtersLikeTheList() throws {
        let response = try server.request("GET", lockPath(Seed.lockedLead, Seed.lockedLeadLock) + "?fields=Lock_Source__s")
        #expect(response.status == 200)
        #expect(response.json["data", 0]?.sortedKeys == ["$editable", "$sharing_permission", "Lock_Source__s", "id"])
    }

    @Test func unknownLockID_returnsInvalidIDWithPathIndex3() throws {
        // An unknown id, and a real lock of another record.
        for lock in ["5843104000000000042", Seed.docSampleLock] {
            let response = try server.request("GET", lockPath(Seed.lockedLead, lock))
            #expect(response.status == 400)
            #expect(response.json == [
                "code": "INVALID_DATA", "details": ["resource_path_index": 3],
                "message": "the id given seems to be invalid", "status": "error",
            ])
        }
    }

    @Test func lockIDOfUnlockedRecord_returnsInvalidID() throws {
        let response = try server.request("GET", lockPath(Seed.unlockedLead, Seed.lockedLeadLock))
        #expect(response.status == 400)
        #expect(response.json["details"] == ["resource_path_index": 3])
    }

    @Test func nonNumericLockID_returnsUnableToParse() throws {
        let response = try server.request("GET", lockPath(Seed.lockedLead, "x1"))
        #expect(response.status == 400)
        #expect(response.json["code"] == "UNABLE_TO_PARSE_DATA_TYPE")
    }

    @Test func automaticLock_isReadOnly() throws {
        try server.load(fixture: String(decoding: try RepositoryPaths.fixture("automatic-org.json"), as: UTF8.self))
        let response = try server.request(
            "GET", lockPath("7200000000000000031", "7200000000000000071", module: "Quotes"), token: "1000.automatic.token")
        #expect(response.status == 200)
        let entry = try #require(response.json["data", 0])
        #expect(entry["Lock_Source__s"] == "Automatic")
        #expect(entry["Locked_By__s"] == .null)
        #expect(entry["Locked_Reason__s"] == .null)
        #expect(entry["Record_Locking_Rule_Id__s"] == "7200000000000000051")
        #expect(entry["$editable"] == false)
        #expect(entry["$sharing_permission"] == "read_only")
    }

    @Test func sharedErrorsApplyToTheItemForm() throws {
        #expect(try server.request("GET", lockPath(Seed.lockedLead, Seed.lockedLeadLock, module: "Nope")).json["code"] == "INVALID_MODULE")
        #expect(try server.request("GET", lockPath("1", Seed.lockedLeadLock)).json["message"] == "the related id given seems to be invalid")
        let noPermission = try server.request("GET", lockPath(Seed.lockedLead, Seed.lockedLeadLock), token: SeedTokens.standard)
        #expect(noPermission.status == 403)
        #expect(noPermission.json["code"] == "NO_PERMISSION")
    }
}
