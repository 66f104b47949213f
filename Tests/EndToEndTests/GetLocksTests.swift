import Testing
import ZohoJSON

/// GET `/crm/v7/{module}/{record_id}/Locking_Information__s`.
@Suite struct GetLocksTests {
    let server: TestServer
    init() throws { server = try TestServer() }

    @Test func docSampleRequest_returnsTheLockWithInfo() throws {
        let response = try server.request("GET", lockPath(Seed.docSampleLead) + "?fields=\(allLockFields)")
        #expect(response.status == 200)
        #expect(response.headers["content-type"] == "application/json;charset=UTF-8")
        #expect(response.keys == ["data", "info"])
        let entry = try #require(response.json["data", 0])
        #expect(entry.sortedKeys == [
            "$editable", "$sharing_permission", "Lock_Source__s", "Locked_By__s", "Locked_For__s",
            "Locked_Reason__s", "Locked_Time__s", "Record_Locking_Configuration_Id__s", "Record_Locking_Rule_Id__s",
            "id",
        ])
        #expect(entry["id"] == .string(Seed.docSampleLock))
        #expect(entry["Locked_By__s"] == ["name": "Patricia Boyle", "id": .string(Seed.patricia)])
        #expect(entry["Locked_For__s"] == [
            "module": ["api_name": "Leads", "id": "5843104000000002175"], "name": "Kris Marrier (Sample)",
            "id": .string(Seed.docSampleLead),
        ])
        #expect(entry["Lock_Source__s"] == "Manual")
        #expect(entry["Locked_Time__s"] == "2023-09-05T08:54:49-04:00")
        #expect(entry["Record_Locking_Configuration_Id__s"] == .string(Seed.leadsConfiguration))
        #expect(entry["Record_Locking_Rule_Id__s"] == .null)
        #expect(entry["$editable"] == true)
        #expect(entry["$sharing_permission"] == "full_access")
        #expect(response.json["info"] == [
            "per_page": 200, "next_page_token": nil, "count": 1, "page": 1, "previous_page_token": nil,
            "page_token_expiry": nil, "more_records": false,
        ])
    }

    @Test func fieldsSelectOnlyTheNamedLockFields() throws {
        let response = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=Locked_Reason__s,Unknown_Field")
        #expect(response.status == 200)
        #expect(response.json["data", 0]?.sortedKeys == ["$editable", "$sharing_permission", "Locked_Reason__s", "id"])
        #expect(response.json["data", 0, "Locked_Reason__s"] == "deal in progress")
    }

    @Test func unlockedRecord_returns204WithNoBody() throws {
        let response = try server.request("GET", lockPath(Seed.unlockedLead) + "?fields=Locked_Reason__s")
        #expect(response.status == 204)
        #expect(response.body.isEmpty)
    }

    @Test func missingFields_returnsRequiredParamMissing() throws {
        let response = try server.request("GET", lockPath(Seed.lockedLead))
        #expect(response.status == 400)
        #expect(response.json == [
            "code": "REQUIRED_PARAM_MISSING", "details": ["param": "fields"],
            "message": "One of the expected parameter is missing", "status": "error",
        ])
        #expect(try server.request("GET", lockPath(Seed.lockedLead) + "?fields=").json["code"] == "REQUIRED_PARAM_MISSING")
    }

    @Test func unknownModule_returnsInvalidModuleWithPathIndex0() throws {
        for module in ["Widgets", "leads", "Campaigns", "Products"] {
            let response = try server.request("GET", lockPath(Seed.lockedLead, module: module) + "?fields=id")
            #expect(response.status == 400)
            #expect(response.json == [
                "code": "INVALID_MODULE", "details": ["resource_path_index": 0],
                "message": "the module name given seems to be invalid", "status": "error",
            ])
        }
    }

    @Test func unknownRecord_returnsInvalidRelatedID() throws {
        for record in ["5843104000000999999", Seed.account] {
            let response = try server.request("GET", lockPath(record) + "?fields=id")
            #expect(response.status == 400)
            #expect(response.json == [
                "code": "INVALID_DATA", "details": ["resource_path_index": 1],
                "message": "the related id given seems to be invalid", "status": "error",
            ])
        }
    }

    @Test func nonNumericRecordID_returnsUnableToParse() throws {
        for record in ["abc", "-5", "99999999999999999999999"] {
            let response = try server.request("GET", lockPath(record) + "?fields=id")
            #expect(response.status == 400)
            #expect(response.json == [
                "code": "UNABLE_TO_PARSE_DATA_TYPE", "details": [:],
                "message": "either the request body or parameters is in wrong format", "status": "error",
            ])
        }
    }

    @Test func moduleWithoutConfiguration_returnsNotAllowed() throws {
        let response = try server.request("GET", lockPath(Seed.account, module: "Accounts") + "?fields=id")
        #expect(response.status == 400)
        #expect(response.json == [
            "code": "NOT_ALLOWED", "details": ["resource_path_index": 2],
            "message": "Required Record Locking Configuration is not present", "status": "error",
        ])
    }

    @Test func orgThatNeverHadAConfiguration_returnsRelationNotFound() throws {
        try server.load(fixture: String(decoding: try RepositoryPaths.fixture("no-configuration-org.json"), as: UTF8.self))
        let response = try server.request("GET", lockPath("7100000000000000031") + "?fields=id", token: "1000.unconfigured.token")
        #expect(response.status == 400)
        #expect(response.json == [
            "code": "INVALID_DATA", "details": [:], "message": "relation not found", "status": "error",
        ])
    }

    @Test func editionWithoutRecordLocking_returnsFeatureNotSupported() throws {
        try server.load(fixture: String(decoding: try RepositoryPaths.fixture("professional-org.json"), as: UTF8.self))
        let response = try server.request("GET", lockPath("7000000000000000031") + "?fields=id", token: "1000.professional.token")
        #expect(response.status == 400)
        #expect(response.json == [
            "code": "FEATURE_NOT_SUPPORTED", "details": [:],
            "message": "Record Locking Configuration is not supported in your edition", "status": "error",
        ])
    }

    @Test func profileWithoutRecordLocking_returnsNoPermission() throws {
        let response = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id", token: SeedTokens.standard)
        #expect(response.status == 403)
        #expect(response.json == [
            "code": "NO_PERMISSION", "details": ["resource_path_index": 1],
            "message": "Record Locking Configuration is not supported for the profile of the user", "status": "error",
        ])
    }

    @Test func idsFilter_keepsOnlyNamedLocks() throws {
        let hit = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id&ids=\(Seed.lockedLeadLock),123")
        #expect(hit.status == 200)
        #expect(hit.json["data", 0, "id"] == .string(Seed.lockedLeadLock))
        let miss = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id&ids=123")
        #expect(miss.status == 204)
        let bad = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id&ids=abc")
        #expect(bad.status == 400)
        #expect(bad.json["code"] == "UNABLE_TO_PARSE_DATA_TYPE")
    }

    @Test func pagination_pagesPastTheLockAreEmpty() throws {
        let first = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id&page=1&per_page=1")
        #expect(first.status == 200)
        #expect(first.json["info"]?["per_page"] == 1)
        #expect(first.json["info"]?["more_records"] == false)
        let second = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id&page=2")
        #expect(second.status == 204)
    }

    @Test func badPaginationParameters_areRejected() throws {
        let cases: [(String, Int, JSONValue)] = [
            ("per_page=201", 400, ["code": "INVALID_DATA", "details": ["param_name": "per_page"], "message": "invalid data", "status": "error"]),
            ("per_page=0", 400, ["code": "INVALID_DATA", "details": ["param_name": "per_page"], "message": "invalid data", "status": "error"]),
            ("page=0", 400, ["code": "INVALID_DATA", "details": ["param_name": "page"], "message": "invalid data", "status": "error"]),
            ("page=x", 400, ["code": "UNABLE_TO_PARSE_DATA_TYPE", "details": [:], "message": "either the request body or parameters is in wrong format", "status": "error"]),
            ("page_token=abc", 400, ["code": "INVALID_DATA", "details": ["param_name": "page_token"], "message": "invalid data", "status": "error"]),
            ("page_token=abc&page=1", 400, ["code": "INVALID_DATA", "details": ["param_name": "page"], "message": "invalid data", "status": "error"]),
        ]
        for (query, status, body) in cases {
            let response = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id&\(query)")
            #expect(response.status == status, "\(query)")
            #expect(response.json == body, "\(query)")
        }
    }

    @Test func everySupportedVersionServesTheSameShape() throws {
        for version in ["v3", "v4", "v5", "v6", "v7", "v8"] {
            let response = try server.request("GET", lockPath(Seed.lockedLead, version: version) + "?fields=id")
            #expect(response.status == 200, "\(version)")
            #expect(response.keys == ["data", "info"])
        }
    }

    @Test func orgTimeZoneShapesTheOffset() throws {
        try server.load(fixture: String(decoding: try RepositoryPaths.fixture("automatic-org.json"), as: UTF8.self))
        let response = try server.request(
            "GET", lockPath("7200000000000000031", module: "Quotes") + "?fields=Locked_Time__s", token: "1000.automatic.token")
        #expect(response.status == 200)
        #expect(response.json["data", 0, "Locked_Time__s"] == "2024-03-01T10:00:00+05:30")
    }
}

extension GetLocksTests {
    @Test func hugePageNumber_isAnEmptyPageNotACrash() throws {
        let response = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id&page=9223372036854775807")
        #expect(response.status == 204)
        #expect(try server.request("GET", "/__mock/health", token: nil).status == 200)
    }
}
