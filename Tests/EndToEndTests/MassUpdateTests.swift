import Testing
import ZohoJSON
import ZohoLocking

/// Mass Update Records and its status (docs/zoho-api.md#mass-update): the job runs
/// when it is scheduled; a record whose lock binds the caller is skipped and counted
/// as not updated (the seed's Leads configuration locks for all profiles and
/// excludes `Description`).
@Suite struct MassUpdateTests {
    let server: TestServer
    init() throws { server = try TestServer() }

    static let path = recordPath("Leads") + "/actions/mass_update"

    func schedule(_ body: String, token: String = SeedTokens.admin) throws -> TestResponse {
        try server.request("POST", Self.path, token: token, body: body)
    }

    func status(_ jobID: String, token: String = SeedTokens.admin, module: String = "Leads") throws -> TestResponse {
        try server.request("GET", recordPath(module) + "/actions/mass_update?job_id=\(jobID)", token: token)
    }

    static func body(_ values: String, ids: [String]) -> String {
        #"{"data":[\#(values)],"ids":[\#(ids.map { "\"\($0)\"" }.joined(separator: ","))]}"#
    }

    /// Schedules, checks the 202 answer's shape and returns the job id.
    func scheduled(_ body: String, token: String = SeedTokens.admin) throws -> String {
        let response = try schedule(body, token: token)
        #expect(response.status == 202, "\(response.text)")
        let item = try #require(response.json["data", 0])
        #expect(item["status"] == "success")
        #expect(item["code"] == "SUCCESS")
        #expect(item["message"] == "Successfully scheduled")
        #expect(item["details"]?.objectValue?.keys == ["job_id"])
        return try #require(item["details", "job_id"]?.stringValue)
    }

    static func counts(updated: Int, notUpdated: Int = 0, failed: Int = 0) -> JSONValue {
        ["data": [[
            "Status": "COMPLETED", "Failed_Count": .int(failed), "Updated_Count": .int(updated),
            "Not_Updated_Count": .int(notUpdated), "Total_Count": .int(updated + notUpdated + failed),
        ]]]
    }

    func reconfigureLeads(_ keys: String) throws {
        let response = try server.request(
            "PUT", configurationPath("Leads"), body: configurationBody(#"{"lock_type":"both",\#(keys)}"#))
        #expect(response.status == 200, "\(response.text)")
    }

    @Test func allUnlocked_areUpdated_andTheStatusCountsThem() throws {
        let job = try scheduled(Self.body(#"{"Lead_Status":"Junk Lead"}"#, ids: [Seed.unlockedLead, Seed.otherUnlockedLead]))
        let response = try status(job)
        #expect(response.status == 200)
        #expect(response.json == Self.counts(updated: 2))
        #expect(try server.record(Seed.unlockedLead)?["Lead_Status"] == "Junk Lead")
        #expect(try server.record(Seed.otherUnlockedLead)?["Lead_Status"] == "Junk Lead")
        #expect(try server.record(Seed.unlockedLead)?["Modified_By", "id"] == .string(Seed.patricia))
    }

    @Test func lockedRecords_areSkipped_unknownIdsFail() throws {
        let job = try scheduled(Self.body(#"{"Lead_Status":"Junk Lead"}"#, ids: [Seed.lockedLead, Seed.unlockedLead, "42"]))
        #expect(try status(job).json == Self.counts(updated: 1, notUpdated: 1, failed: 1))
        #expect(try server.record(Seed.lockedLead)?["Lead_Status"] != "Junk Lead")
        #expect(try server.lockEntry(Seed.lockedLead)?["id"] == .string(Seed.lockedLeadLock))
    }

    @Test func lockedButOnlyAnExcludedField_isUpdated() throws {
        let job = try scheduled(Self.body(#"{"Description":"mass"}"#, ids: [Seed.lockedLead]))
        #expect(try status(job).json == Self.counts(updated: 1))
        #expect(try server.record(Seed.lockedLead)?["Description"] == "mass")
    }

    @Test func excludedProfile_updates_othersAreSkipped() throws {
        try reconfigureLeads(#""locked_for":"all_profiles_except_excluded_profiles","lock_excluded_profiles":[{"id":"5843104000000026011"}]"#)
        let mark = try scheduled(Self.body(#"{"Lead_Status":"Junk Lead"}"#, ids: [Seed.lockedLead]), token: SeedTokens.standard)
        #expect(try status(mark, token: SeedTokens.standard).json == Self.counts(updated: 0, notUpdated: 1))
        let patricia = try scheduled(Self.body(#"{"Lead_Status":"Junk Lead"}"#, ids: [Seed.lockedLead]))
        #expect(try status(patricia).json == Self.counts(updated: 1))
        #expect(try server.record(Seed.lockedLead)?["Lead_Status"] == "Junk Lead")
    }

    @Test func repeatedIds_countOnce() throws {
        let job = try scheduled(Self.body(#"{"Lead_Status":"Junk Lead"}"#, ids: [Seed.unlockedLead, Seed.unlockedLead]))
        #expect(try status(job).json == Self.counts(updated: 1))
    }

    @Test func badFieldValue_isTopLevelInvalidData_andUpdatesNothing() throws {
        let response = try schedule(Self.body(#"{"Annual_Revenue":"lots"}"#, ids: [Seed.unlockedLead]))
        #expect(response.status == 400)
        #expect(response.json == [
            "code": "INVALID_DATA", "status": "error", "message": "invalid data",
            "details": ["api_name": "Annual_Revenue", "json_path": "$.data[0].Annual_Revenue", "expected_data_type": "currency"],
        ])
        #expect(try server.record(Seed.unlockedLead)?["Annual_Revenue"] != "lots")
    }

    @Test func tooManyIds_isLimitExceeded() throws {
        let ids = (0...500).map { String(5843104000000000000 + $0) }
        let response = try schedule(Self.body(#"{"Lead_Status":"Junk Lead"}"#, ids: ids))
        #expect(response.status == 400)
        #expect(response.json == ["code": "LIMIT_EXCEEDED", "status": "error", "message": "Record count exceeded", "details": ["limit": 500]])
    }

    @Test func missingIdsOrData_isMandatoryNotFound() throws {
        let noIDs = try schedule(#"{"data":[{"Lead_Status":"Junk Lead"}]}"#)
        #expect(noIDs.status == 400)
        #expect(noIDs.json == [
            "code": "MANDATORY_NOT_FOUND", "status": "error", "message": "required field not found",
            "details": ["api_name": "ids", "json_path": "$.ids"],
        ])
        let noData = try schedule(#"{"ids":["\#(Seed.unlockedLead)"]}"#)
        #expect(noData.json["code"] == "MANDATORY_NOT_FOUND")
        #expect(noData.json["details"] == ["api_name": "data", "json_path": "$.data"])
    }

    @Test func customView_isRefusedByName() throws {
        let response = try schedule(#"{"data":[{"Lead_Status":"Junk Lead"}],"cvid":"5843104000000087501"}"#)
        #expect(response.status == 400)
        #expect(response.json == [
            "code": "INVALID_DATA", "status": "error", "message": "invalid data",
            "details": ["api_name": "cvid", "json_path": "$.cvid"],
        ])
    }

    @Test func unknownOrNonNumericJob_isInvalidData() throws {
        for jobID in ["42", "not-a-number", String(repeating: "9", count: 40)] {
            let response = try status(jobID)
            #expect(response.status == 400, "\(jobID)")
            #expect(response.json == ["code": "INVALID_DATA", "status": "error", "message": "invalid data", "details": ["param_name": "job_id"]])
        }
        let missing = try server.request("GET", Self.path, token: SeedTokens.admin)
        #expect(missing.status == 400)
        #expect(missing.json == [
            "code": "REQUIRED_PARAM_MISSING", "status": "error", "message": "One of the expected parameter is missing",
            "details": ["param": "job_id"],
        ])
    }

    @Test func jobOfAnotherOrgOrModule_isNotFound() throws {
        let job = try scheduled(Self.body(#"{"Lead_Status":"Junk Lead"}"#, ids: [Seed.unlockedLead]))
        try server.load(fixture: Self.otherOrg)
        #expect(try status(job, token: "1000.other.token").json["code"] == "INVALID_DATA")
        #expect(try status(job, module: "Contacts").json["code"] == "INVALID_DATA")
        #expect(try status(job).status == 200)
    }

    @Test func reset_forgetsJobs() throws {
        let job = try scheduled(Self.body(#"{"Lead_Status":"Junk Lead"}"#, ids: [Seed.unlockedLead]))
        #expect(try server.control("POST", "/__mock/reset").status == 200)
        #expect(try status(job).json["code"] == "INVALID_DATA")
    }

    @Test func scopes_massUpdateOrItsModule_noModuleScope() throws {
        try server.load(fixture: Self.otherOrg)
        let body = #"{"data":[{"Lead_Status":"x"}],"ids":["7200000000000000031"]}"#
        let modulesOnly = try schedule(body, token: "1000.other.modules.token")
        #expect(modulesOnly.status == 401)
        #expect(modulesOnly.json["code"] == "OAUTH_SCOPE_MISMATCH")
        let leads = try schedule(body, token: "1000.other.token")
        #expect(leads.status == 202)
        let readOnly = try schedule(body, token: "1000.other.read.token")
        #expect(readOnly.json["code"] == "OAUTH_SCOPE_MISMATCH")
    }

    /// An org whose tokens hold `ZohoCRM.mass_update.leads.ALL`, only the modules scope,
    /// or only `ZohoCRM.mass_update.READ`.
    static let otherOrg = """
        { "orgs": [{ "id": "7200000000000000001", "name": "Other", "edition": "enterprise",
          "profiles": [{ "id": "7200000000000000011", "name": "Administrator", "record_locking": true }],
          "users": [{ "id": "7200000000000000021", "name": "Olga Other", "email": "olga@other.example",
                      "profile_id": "7200000000000000011" }],
          "tokens": [
            { "access_token": "1000.other.token", "user_id": "7200000000000000021",
              "scopes": ["ZohoCRM.mass_update.leads.ALL"], "expires_in": 3600 },
            { "access_token": "1000.other.modules.token", "user_id": "7200000000000000021",
              "scopes": ["ZohoCRM.modules.ALL"], "expires_in": 3600 },
            { "access_token": "1000.other.read.token", "user_id": "7200000000000000021",
              "scopes": ["ZohoCRM.mass_update.READ"], "expires_in": 3600 }],
          "records": [{ "module": "Leads", "id": "7200000000000000031", "name": "Other lead", "owner_id": "7200000000000000021" }] }] }
        """
}
