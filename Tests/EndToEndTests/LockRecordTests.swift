import Foundation
import Testing
import ZohoLocking

/// POST `/crm/v7/{module}/{record_id}/Locking_Information__s`.
@Suite struct LockRecordTests {
    let server: TestServer
    init() throws { server = try TestServer() }

    @Test func locksTheRecord_201WithCreatedAndModifiedDetails() throws {
        server.server.clock.freeze(at: ZohoDateTime.parse("2023-09-05T08:54:49-04:00")!)
        let response = try server.request("POST", lockPath(Seed.unlockedLead), body: lockBody("deal in progress"))
        #expect(response.status == 201)
        #expect(response.keys == ["data"])
        let item = try #require(response.json["data", 0])
        #expect(item.sortedKeys == ["code", "details", "message", "status"])
        #expect(item["code"] == "SUCCESS")
        #expect(item["message"] == "record added")
        #expect(item["status"] == "success")
        let details = try #require(item["details"])
        #expect(details.sortedKeys == ["Created_By", "Created_Time", "Modified_By", "Modified_Time", "id"])
        #expect(details["Created_Time"] == "2023-09-05T08:54:49-04:00")
        #expect(details["Modified_Time"] == "2023-09-05T08:54:49-04:00")
        #expect(details["Created_By"] == ["name": "Patricia Boyle", "id": .string(Seed.patricia)])
        let lockID = try #require(details["id"]?.stringValue)

        let entry = try server.request("GET", lockPath(Seed.unlockedLead, lockID)).json["data", 0]
        #expect(entry?["Locked_Reason__s"] == "deal in progress")
        #expect(entry?["Lock_Source__s"] == "Manual")
        #expect(entry?["Locked_By__s"] == ["name": "Patricia Boyle", "id": .string(Seed.patricia)])
        #expect(entry?["Locked_Time__s"] == "2023-09-05T08:54:49-04:00")
        #expect(entry?["Record_Locking_Configuration_Id__s"] == .string(Seed.leadsConfiguration))
        #expect(entry?["Record_Locking_Rule_Id__s"] == .null)
    }

    @Test func generatedIDsAreDeterministic() throws {
        let first = try server.request("POST", lockPath(Seed.unlockedLead), body: lockBody("a"))
        let second = try server.request("POST", lockPath(Seed.otherUnlockedLead), body: lockBody("b"))
        #expect(first.json["data", 0, "details", "id"] == "5843104000900000001")
        #expect(second.json["data", 0, "details", "id"] == "5843104000900000002")
    }

    @Test func alreadyLockedRecord_returnsNotAllowed403() throws {
        let response = try server.request("POST", lockPath(Seed.lockedLead), body: lockBody("again"))
        #expect(response.status == 403)
        #expect(response.json == [
            "code": "NOT_ALLOWED", "details": ["resource_path_index": 1], "message": "record is already locked",
            "status": "error",
        ])
    }

    @Test func bodyWithoutContentTypeIsJSON() throws {
        // The official SDK sends no Content-Type; a form type must not change the parsing either.
        let response = try server.request(
            "POST", lockPath(Seed.unlockedLead), body: lockBody("sdk"),
            headers: [("Content-Type", "application/x-www-form-urlencoded")])
        #expect(response.status == 201)
    }

    @Test func missingReason_perItemMandatoryNotFound() throws {
        for body in [#"{"data":[{}]}"#, #"{"data":[{"Locked_Reason__s":null}]}"#, #"{"data":[{"Locked_Reason__s":""}]}"#] {
            let response = try server.request("POST", lockPath(Seed.unlockedLead), body: body)
            #expect(response.status == 400)
            #expect(response.json == ["data": [[
                "code": "MANDATORY_NOT_FOUND",
                "details": ["api_name": "Locked_Reason__s", "json_path": "$.data[0].Locked_Reason__s"],
                "message": "required field not found", "status": "error",
            ]]])
        }
        #expect(try server.request("GET", lockPath(Seed.unlockedLead) + "?fields=id").status == 204)
    }

    @Test func missingOrEmptyData_perItemMandatoryNotFound() throws {
        for body in ["{}", #"{"data":[]}"#, #"{"data":null}"#] {
            let response = try server.request("POST", lockPath(Seed.unlockedLead), body: body)
            #expect(response.status == 400)
            #expect(response.json == ["data": [[
                "code": "MANDATORY_NOT_FOUND", "details": ["api_name": "data", "json_path": "$.data"],
                "message": "required field not found", "status": "error",
            ]]])
        }
    }

    @Test func wrongTypes_perItemInvalidData() throws {
        let reason = try server.request("POST", lockPath(Seed.unlockedLead), body: #"{"data":[{"Locked_Reason__s":42}]}"#)
        #expect(reason.status == 400)
        #expect(reason.json == ["data": [[
            "code": "INVALID_DATA",
            "details": ["api_name": "Locked_Reason__s", "json_path": "$.data[0].Locked_Reason__s", "expected_data_type": "text"],
            "message": "invalid data", "status": "error",
        ]]])
        let data = try server.request("POST", lockPath(Seed.unlockedLead), body: #"{"data":{"Locked_Reason__s":"x"}}"#)
        #expect(data.status == 400)
        #expect(data.json["data", 0, "details"] == ["api_name": "data", "json_path": "$.data", "expected_data_type": "jsonarray"])
    }

    @Test func overlongReason_perItemMaximumLength() throws {
        let response = try server.request("POST", lockPath(Seed.unlockedLead), body: lockBody(String(repeating: "r", count: 3001)))
        #expect(response.status == 400)
        #expect(response.json["data", 0, "details", "maximum_length"] == 3000)
        #expect(try server.request("POST", lockPath(Seed.unlockedLead), body: lockBody(String(repeating: "r", count: 3000))).status == 201)
    }

    @Test func bodyThatIsNotJSON_returnsUnableToParse() throws {
        for body in ["nope", "", #"{"data":[{"Locked_Reason__s":"x"}]"#, "[1,2]", "\"text\""] {
            let response = try server.request("POST", lockPath(Seed.unlockedLead), body: body)
            #expect(response.status == 400, "\(body)")
            #expect(response.json["code"] == "UNABLE_TO_PARSE_DATA_TYPE", "\(body)")
        }
        let invalidUTF8 = try server.connection().request(
            "POST", lockPath(Seed.unlockedLead), headers: [("Authorization", "Zoho-oauthtoken \(SeedTokens.admin)")],
            body: Array(#"{"data":[{"Locked_Reason__s":""#.utf8) + [0xFF, 0xFE] + Array(#""}]}"#.utf8))
        #expect(invalidUTF8.status == 400)
        #expect(invalidUTF8.json["code"] == "UNABLE_TO_PARSE_DATA_TYPE")
    }

    @Test func severalItems_firstLocksTheRestAreAlreadyLocked_207() throws {
        let body = #"{"data":[{"Locked_Reason__s":"one"},{"Locked_Reason__s":"two"}]}"#
        let response = try server.request("POST", lockPath(Seed.unlockedLead), body: body)
        #expect(response.status == 207)
        #expect(response.json["data", 0, "code"] == "SUCCESS")
        #expect(response.json["data", 1] == [
            "code": "NOT_ALLOWED", "details": ["resource_path_index": 1], "message": "record is already locked",
            "status": "error",
        ])
    }

    @Test func automaticOnlyConfiguration_refusesManualLocks() throws {
        try server.load(fixture: String(decoding: try RepositoryPaths.fixture("automatic-org.json"), as: UTF8.self))
        let response = try server.request(
            "POST", lockPath("7200000000000000032", module: "Quotes"), token: "1000.automatic.token", body: lockBody("x"))
        #expect(response.status == 403)
        #expect(response.json == [
            "code": "NOT_ALLOWED", "details": ["resource_path_index": 1],
            "message": "record cannot be locked, only automatic locking is configured", "status": "error",
        ])
    }

    @Test func precedence_moduleThenRecordThenEditionThenConfigurationThenProfileThenBody() throws {
        // Each request is wrong in several ways; the earliest check answers.
        #expect(try server.request("POST", lockPath("abc", module: "Nope"), body: "x").json["code"] == "INVALID_MODULE")
        #expect(try server.request("POST", lockPath("1"), body: "x").json["message"] == "the related id given seems to be invalid")
        #expect(try server.request("POST", lockPath(Seed.account, module: "Accounts"), token: SeedTokens.standard, body: "x").json["code"] == "NOT_ALLOWED")
        #expect(try server.request("POST", lockPath(Seed.unlockedLead), token: SeedTokens.standard, body: "x").json["code"] == "NO_PERMISSION")
    }

    @Test func racingLocksOnOneRecord_exactlyOneWins() async throws {
        let port = server.port
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<24 {
                group.addTask {
                    try HTTPConnection(port: port).request(
                        "POST", lockPath(Seed.unlockedLead),
                        headers: [("Authorization", "Zoho-oauthtoken \(SeedTokens.admin)")],
                        body: Array(lockBody("racer \(index)").utf8)
                    ).status
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(statuses.filter { $0 == 201 }.count == 1)
        #expect(statuses.filter { $0 == 403 }.count == 23)
    }
}
