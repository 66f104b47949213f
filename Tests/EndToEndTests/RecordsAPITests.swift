import Testing
import ZohoJSON
import ZohoLocking

/// The Records API of the lockable modules (docs/zoho-api.md#records-api): Zoho's
/// envelopes, per-record results, system fields and the checks before any lock is looked at.
@Suite struct RecordsAPITests {
    let server: TestServer
    init() throws { server = try TestServer() }

    static let patricia: JSONValue = ["name": "Patricia Boyle", "id": .string(Seed.patricia)]
    static let patriciaWithEmail: JSONValue = [
        "name": "Patricia Boyle", "id": .string(Seed.patricia), "email": "patricia@zylker.example",
    ]

    func freeze(_ time: String) {
        server.server.clock.freeze(at: ZohoDateTime.parse(time)!)
    }

    // MARK: - GET

    @Test func getRecord_showsFieldsSystemFieldsAndLockFlags() throws {
        let response = try server.request("GET", recordPath("Leads", Seed.lockedLead))
        #expect(response.status == 200)
        #expect(response.keys == ["data"])
        let record = try #require(response.json["data", 0])
        #expect(record.sortedKeys == [
            "$locked_for_me", "Annual_Revenue", "Company", "Created_By", "Created_Time", "Email", "First_Name",
            "Full_Name", "Last_Activity_Time", "Last_Name", "Lead_Status", "Locked__s", "Modified_By", "Modified_Time",
            "Owner", "id",
        ])
        #expect(record["Owner"] == Self.patriciaWithEmail)
        #expect(record["Created_By"] == Self.patriciaWithEmail)
        #expect(record["Full_Name"] == "Theola Frey (Sample)")
        #expect(record["Annual_Revenue"] == 850000)
        #expect(record["Locked__s"] == true)
        #expect(record["$locked_for_me"] == true)
        #expect(record["id"] == .string(Seed.lockedLead))
        let created = try #require(record["Created_Time"]?.stringValue)
        #expect(ZohoDateTime.parse(created) != nil)
        #expect(record["Last_Activity_Time"] == record["Modified_Time"])
        #expect(try server.record(Seed.unlockedLead)?["Locked__s"] == false)
    }

    @Test func getRecord_unknownOrMalformedID() throws {
        let unknown = try server.request("GET", recordPath("Leads", "5843104000000999999"))
        #expect(unknown.status == 400)
        #expect(unknown.json == [
            "code": "INVALID_DATA", "details": ["resource_path_index": 1],
            "message": "the related id given seems to be invalid", "status": "error",
        ])
        // A record of another module is unknown here.
        #expect(try server.request("GET", recordPath("Leads", Seed.account)).json["code"] == "INVALID_DATA")
        let malformed = try server.request("GET", recordPath("Leads", "abc"))
        #expect(malformed.status == 400)
        #expect(malformed.json["code"] == "UNABLE_TO_PARSE_DATA_TYPE")
    }

    @Test func modulesThatCannotBeLocked_returnInvalidModule() throws {
        for module in ["Campaigns", "leads", "settings", "Nope"] {
            for (method, path) in [("GET", recordPath(module, "1")), ("POST", recordPath(module)), ("DELETE", recordPath(module) + "?ids=1")] {
                let response = try server.request(method, path, body: method == "POST" ? dataBody("{}") : nil)
                #expect(response.status == 400, "\(method) \(path)")
                #expect(response.json == [
                    "code": "INVALID_MODULE", "details": ["resource_path_index": 0],
                    "message": "the module name given seems to be invalid", "status": "error",
                ])
            }
        }
    }

    // MARK: - POST

    @Test func insert_answers201WithDetailsAndStoresTheRecord() throws {
        freeze("2024-03-01T10:00:00-05:00")
        let response = try server.request("POST", recordPath("Leads"), body: dataBody(
            #"{"First_Name":"Ada","Last_Name":"Lovelace","Company":"Engines","No_of_Employees":12,"Custom_Note__c":{"x":[1]}}"#))
        #expect(response.status == 201)
        let id = try #require(response.json["data", 0, "details", "id"]?.stringValue)
        #expect(response.json == ["data": [[
            "code": "SUCCESS",
            "details": [
                "Modified_Time": "2024-03-01T10:00:00-05:00", "Modified_By": Self.patricia,
                "Created_Time": "2024-03-01T10:00:00-05:00", "id": .string(id), "Created_By": Self.patricia,
            ],
            "message": "record added", "status": "success",
        ]]])
        let record = try #require(try server.record(id))
        #expect(record["Full_Name"] == "Ada Lovelace")
        #expect(record["No_of_Employees"] == 12)
        #expect(record["Custom_Note__c"] == ["x": [1]])
        #expect(record["Owner"] == Self.patriciaWithEmail)
        #expect(record["Created_Time"] == "2024-03-01T10:00:00-05:00")
        #expect(record["Locked__s"] == false)
    }

    @Test func insert_mixedOutcomes_answer207PerItem() throws {
        let response = try server.request("POST", recordPath("Leads"), body: dataBody(
            #"{"Last_Name":"Fine"}"#, #"{"Company":"No name"}"#, #"{"Last_Name":"Typed","Annual_Revenue":"lots"}"#,
            #"{"Last_Name":"Owned","Owner":{"id":"5843104000000000001"}}"#, #""text""#,
            #"{"Last_Name":"Mark's","Owner":{"id":"5843104000000424690"}}"#))
        #expect(response.status == 207)
        let items = try #require(response.json["data"]?.arrayValue)
        #expect(items.count == 6)
        #expect(items[0]["status"] == "success")
        #expect(items[1] == [
            "code": "MANDATORY_NOT_FOUND", "details": ["api_name": "Last_Name", "json_path": "$.data[1].Last_Name"],
            "message": "required field not found", "status": "error",
        ])
        #expect(items[2] == [
            "code": "INVALID_DATA",
            "details": ["api_name": "Annual_Revenue", "json_path": "$.data[2].Annual_Revenue", "expected_data_type": "currency"],
            "message": "invalid data", "status": "error",
        ])
        #expect(items[3] == [
            "code": "INVALID_DATA", "details": ["api_name": "Owner", "json_path": "$.data[3].Owner"],
            "message": "invalid data", "status": "error",
        ])
        #expect(items[4]["details"] == ["api_name": "data", "json_path": "$.data[4]", "expected_data_type": "jsonobject"])
        let marks = try #require(items[5]["details", "id"]?.stringValue)
        #expect(try server.record(marks)?["Owner", "name"] == "Mark Henry")
    }

    @Test func insert_allFailing_answers400() throws {
        let response = try server.request("POST", recordPath("Accounts"), body: dataBody(#"{"Phone":"1"}"#))
        #expect(response.status == 400)
        #expect(response.json == ["data": [[
            "code": "MANDATORY_NOT_FOUND", "details": ["api_name": "Account_Name", "json_path": "$.data[0].Account_Name"],
            "message": "required field not found", "status": "error",
        ]]])
    }

    @Test func insert_withoutData_returnsMandatoryNotFound() throws {
        for body in [#"{}"#, #"{"data":[]}"#, #"{"data":null}"#] {
            let response = try server.request("POST", recordPath("Leads"), body: body)
            #expect(response.status == 400, "\(body)")
            #expect(response.json == ["data": [[
                "code": "MANDATORY_NOT_FOUND", "details": ["api_name": "data", "json_path": "$.data"],
                "message": "required field not found", "status": "error",
            ]]])
        }
    }

    @Test func writes_overOneHundredRecords_returnLimitExceeded() throws {
        let items = Array(repeating: #"{"Last_Name":"x"}"#, count: 101).joined(separator: ",")
        let expected: JSONValue = [
            "code": "LIMIT_EXCEEDED", "details": ["limit": 100], "message": "Record count exceeded", "status": "error",
        ]
        for method in ["POST", "PUT"] {
            let response = try server.request(method, recordPath("Leads"), body: #"{"data":[\#(items)]}"#)
            #expect(response.status == 400)
            #expect(response.json == expected)
        }
        let ids = (1...101).map(String.init).joined(separator: ",")
        let delete = try server.request("DELETE", recordPath("Leads") + "?ids=\(ids)")
        #expect(delete.status == 400)
        #expect(delete.json == expected)
        // Exactly 100 is allowed.
        let hundred = Array(repeating: #"{"Last_Name":"x"}"#, count: 100).joined(separator: ",")
        #expect(try server.request("POST", recordPath("Leads"), body: #"{"data":[\#(hundred)]}"#).status == 201)
    }

    @Test func insert_bodyNotJSON_returnsUnableToParseDataType() throws {
        let response = try server.request("POST", recordPath("Leads"), body: "Last_Name=x")
        #expect(response.status == 400)
        #expect(response.json == [
            "code": "UNABLE_TO_PARSE_DATA_TYPE", "details": [:],
            "message": "either the request body or parameters is in wrong format", "status": "error",
        ])
    }

    // MARK: - PUT

    @Test func updateByID_changesFieldsAndKeepsTheNameInSync() throws {
        freeze("2024-04-02T09:30:00-04:00")
        let response = try server.request("PUT", recordPath("Leads", Seed.unlockedLead), body: dataBody(
            #"{"First_Name":"Sagey","Lead_Status":"Contacted","Company":null,"Modified_Time":"2000-01-01T00:00:00Z"}"#))
        #expect(response.status == 200)
        let details = try #require(response.json["data", 0, "details"])
        #expect(response.json["data", 0, "message"] == "record updated")
        #expect(details["id"] == .string(Seed.unlockedLead))
        #expect(details["Modified_Time"] == "2024-04-02T09:30:00-04:00")
        #expect(details["Modified_By"] == Self.patricia)
        #expect(details.sortedKeys == ["Created_By", "Created_Time", "Modified_By", "Modified_Time", "id"])
        let record = try #require(try server.record(Seed.unlockedLead))
        #expect(record["Full_Name"] == "Sagey Wieser (Sample)")
        #expect(record["Lead_Status"] == "Contacted")
        #expect(record["Company"] == nil)
        #expect(record["Modified_Time"] == "2024-04-02T09:30:00-04:00")
        // The lock shows the record's new name.
        #expect(try server.request("POST", lockPath(Seed.unlockedLead), body: lockBody("renamed")).status == 201)
        #expect(try server.lockEntry(Seed.unlockedLead)?["Locked_For__s", "name"] == "Sagey Wieser (Sample)")
    }

    @Test func updateCollection_namesRecordsByID_perItem() throws {
        let response = try server.request("PUT", recordPath("Leads"), body: dataBody(
            #"{"id":"\#(Seed.unlockedLead)","Rating":"Hot"}"#, #"{"Rating":"Cold"}"#,
            #"{"id":"5843104000000999999","Rating":"Cold"}"#, #"{"id":"\#(Seed.account)","Rating":"Cold"}"#,
            #"{"id":"\#(Seed.otherUnlockedLead)","Last_Name":""}"#))
        #expect(response.status == 207)
        let items = try #require(response.json["data"]?.arrayValue)
        #expect(items[0]["details", "id"] == .string(Seed.unlockedLead))
        #expect(items[1] == [
            "code": "MANDATORY_NOT_FOUND", "details": ["api_name": "id", "json_path": "$.data[1].id"],
            "message": "required field not found", "status": "error",
        ])
        for index in [2, 3] {
            #expect(items[index] == [
                "code": "INVALID_DATA", "details": ["api_name": "id", "json_path": .string("$.data[\(index)].id")],
                "message": "the related id given seems to be invalid", "status": "error",
            ])
        }
        #expect(items[4]["details"] == ["api_name": "Last_Name", "json_path": "$.data[4].Last_Name"])
        #expect(try server.record(Seed.unlockedLead)?["Rating"] == "Hot")
        #expect(try server.record(Seed.otherUnlockedLead)?["Last_Name"] == "Dilliard (Sample)")
    }

    @Test func updateByID_unknownRecord_isTopLevel() throws {
        let response = try server.request("PUT", recordPath("Leads", "5843104000000999999"), body: dataBody(#"{"Rating":"Hot"}"#))
        #expect(response.status == 400)
        #expect(response.json["details"] == ["resource_path_index": 1])
    }

    // MARK: - DELETE

    @Test func deleteByID_removesTheRecord() throws {
        let response = try server.request("DELETE", recordPath("Leads", Seed.unlockedLead))
        #expect(response.status == 200)
        #expect(response.json == ["data": [deletedItem(Seed.unlockedLead)]])
        #expect(try server.request("GET", recordPath("Leads", Seed.unlockedLead)).status == 400)
        #expect(try server.request("DELETE", recordPath("Leads", Seed.unlockedLead)).json["code"] == "INVALID_DATA")
    }

    @Test func deleteByIDs_answersPerID() throws {
        let response = try server.request(
            "DELETE", recordPath("Leads") + "?ids=\(Seed.unlockedLead),5843104000000999999,\(Seed.otherUnlockedLead)")
        #expect(response.status == 207)
        #expect(response.json == ["data": [
            deletedItem(Seed.unlockedLead),
            ["code": "INVALID_DATA", "details": ["id": "5843104000000999999"],
             "message": "the related id given seems to be invalid", "status": "error"],
            deletedItem(Seed.otherUnlockedLead),
        ]])
    }

    @Test func deleteByIDs_withoutOrWithMalformedIDs() throws {
        let missing = try server.request("DELETE", recordPath("Leads"))
        #expect(missing.status == 400)
        #expect(missing.json == [
            "code": "REQUIRED_PARAM_MISSING", "details": ["param": "ids"],
            "message": "One of the expected parameter is missing", "status": "error",
        ])
        #expect(try server.request("DELETE", recordPath("Leads") + "?ids=1,x").json["code"] == "UNABLE_TO_PARSE_DATA_TYPE")
    }

    // MARK: - Scopes and modules

    @Test func readOnlyScopes_readButCannotWrite() throws {
        #expect(try server.request("GET", recordPath("Leads", Seed.unlockedLead), token: SeedTokens.readOnly).status == 200)
        for (method, path) in [
            ("POST", recordPath("Leads")), ("PUT", recordPath("Leads", Seed.unlockedLead)),
            ("DELETE", recordPath("Leads", Seed.unlockedLead)),
        ] {
            let response = try server.request(method, path, token: SeedTokens.readOnly, body: dataBody(#"{"Last_Name":"x"}"#))
            #expect(response.status == 401, "\(method)")
            #expect(response.json["code"] == "OAUTH_SCOPE_MISMATCH")
        }
    }

    @Test func displayName_followsTheModule_andShowsInLocks() throws {
        let modules = ["Contacts", "Accounts", "Deals", "Quotes", "Vendors", "Projects__c"]
        let configurations = modules.map { #"{"module":"\#($0)","lock_type":"manual"}"# }.joined(separator: ",")
        try server.load(fixture: """
            {"orgs":[{"id":"5843104000000000101",
              "modules":[{"api_name":"Projects__c","id":"5843104000000900100","generated_type":"custom"}],
              "record_locking_configurations":[\(configurations)]}]}
            """)
        let cases = [
            ("Contacts", #"{"First_Name":"Han","Last_Name":"Solo"}"#, "Han Solo"), ("Leads", #"{"Last_Name":"Only"}"#, "Only"),
            ("Accounts", #"{"Account_Name":"Zylker"}"#, "Zylker"), ("Deals", #"{"Deal_Name":"Big"}"#, "Big"),
            ("Quotes", #"{"Subject":"Q-1"}"#, "Q-1"), ("Vendors", #"{"Vendor_Name":"V"}"#, "V"),
            ("Projects__c", #"{"Name":"Apollo"}"#, "Apollo"),
        ]
        for (module, fields, name) in cases {
            let id = try server.insertRecord(module, fields)
            #expect(try server.request("POST", lockPath(id, module: module), body: lockBody("x")).status == 201, "\(module)")
            #expect(try server.lockEntry(id, module: module)?["Locked_For__s", "name"] == .string(name), "\(module)")
        }
    }
}

/// Fixture records may name who created and last changed them (what the state export writes).
@Suite struct RecordAuthorshipFixtureTests {
    @Test func createdAndModifiedBy_comeFromTheFixture() throws {
        let server = try TestServer()
        try server.load(fixture: """
            {"orgs":[{"id":"5843104000000000101","records":[{"module":"Leads","id":"5843104000000610001",
              "owner_id":"5843104000000424672","created_by_id":"5843104000000424690","modified_by_id":"5843104000000424700",
              "fields":{"Last_Name":"Authored"}}]}]}
            """)
        let record = try server.request("GET", "/crm/v7/Leads/5843104000000610001").json["data", 0]
        #expect(record?["Owner", "id"] == .string(Seed.patricia))
        #expect(record?["Created_By", "name"] == "Mark Henry")
        #expect(record?["Modified_By", "name"] == "Rosie Carter")
        let bad = try server.request("POST", "/__mock/fixtures", token: nil, body: """
            {"orgs":[{"id":"5843104000000000101","records":[{"module":"Leads","id":"5843104000000610002","created_by_id":"42","fields":{"Last_Name":"x"}}]}]}
            """)
        #expect(bad.status == 400)
        #expect(bad.json == ["error": "$.orgs[0].records[0].created_by_id: no user 42 in org 5843104000000000101"])
    }
}
