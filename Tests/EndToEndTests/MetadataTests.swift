import Testing
import ZohoLocking

/// The metadata endpoints the official SDK calls (docs/zoho-api.md#metadata-the-official-sdk-fetches).
@Suite struct MetadataTests {
    let server: TestServer
    init() throws { server = try TestServer() }

    @Test func lockingInformationFields_haveTheDocumentedTypes() throws {
        let response = try server.request("GET", "/crm/v7/settings/fields?module=Locking_Information__s")
        #expect(response.status == 200)
        #expect(response.keys == ["fields"])
        let fields = try #require(response.json["fields"]?.arrayValue)
        let types = Dictionary(uniqueKeysWithValues: fields.compactMap { field -> (String, String)? in
            guard let name = field["api_name"]?.stringValue, let type = field["data_type"]?.stringValue else { return nil }
            return (name, type)
        })
        #expect(types == [
            "Locked_Reason__s": "textarea", "Lock_Source__s": "picklist", "Locked_For__s": "multi_module_lookup",
            "Locked_Time__s": "datetime", "Locked_By__s": "userlookup", "Record_Locking_Rule_Id__s": "bigint",
            "Record_Locking_Configuration_Id__s": "bigint", "Feature_Type__s": "picklist",
        ])
        let source = try #require(fields.first { $0["api_name"] == "Lock_Source__s" })
        #expect(source["pick_list_values"] == [
            ["display_value": "Manual", "actual_value": "Manual"], ["display_value": "Automatic", "actual_value": "Automatic"],
        ])
        for field in fields {
            #expect(field["system_mandatory"]?.boolValue != nil)
            #expect(field["custom_field"] == false)
            #expect(field["id"]?.stringValue.flatMap(ZohoID.init) != nil)
        }
    }

    @Test func lockingInformationFields_beforeAnyConfiguration_isAnUnknownModule() throws {
        try server.load(fixture: String(decoding: try RepositoryPaths.fixture("no-configuration-org.json"), as: UTF8.self))
        let response = try server.request("GET", "/crm/v7/settings/fields?module=Locking_Information__s", token: "1000.unconfigured.token")
        #expect(response.status == 400)
        #expect(response.json == [
            "code": "INVALID_MODULE", "details": [:], "message": "the module name given seems to be invalid", "status": "error",
        ])
    }

    @Test func moduleFields_includeFixtureFields() throws {
        try server.load(fixture: #"{"orgs":[{"id":"5843104000000000101","modules":[{"api_name":"Leads","fields":[{"api_name":"Score__c","data_type":"integer","id":"5843104000000777001"}]}]}]}"#)
        let fields = try #require(try server.request("GET", "/crm/v7/settings/fields?module=Leads").json["fields"]?.arrayValue)
        let email = try #require(fields.first { $0["api_name"] == "Email" })
        #expect(email["id"] == "5843104000000002599")
        #expect(email["data_type"] == "email")
        let score = try #require(fields.first { $0["api_name"] == "Score__c" })
        #expect(score["custom_field"] == true)
        #expect(score["json_type"] == "integer")
        #expect(try server.request("GET", "/crm/v7/settings/fields").json["details"] == ["param": "module"])
        #expect(try server.request("GET", "/crm/v7/settings/fields?module=Nope").json["code"] == "INVALID_MODULE")
    }

    @Test func modules_listWithGeneratedTypeAndAnswer304WhenUnchanged() throws {
        let response = try server.request("GET", "/crm/v7/settings/modules")
        #expect(response.status == 200)
        let modules = try #require(response.json["modules"]?.arrayValue)
        let leads = try #require(modules.first { $0["api_name"] == "Leads" })
        #expect(leads["id"] == "5843104000000002175")
        #expect(leads["api_supported"] == true)
        #expect(leads["generated_type"] == "default")
        #expect(modules.contains { $0["api_name"] == "Locking_Information__s" })
        let changed = try #require(leads["modified_time"]?.stringValue)

        let unchanged = try server.request("GET", "/crm/v7/settings/modules", headers: [("If-Modified-Since", changed)])
        #expect(unchanged.status == 304)
        #expect(unchanged.body.isEmpty)
        let older = try server.request("GET", "/crm/v7/settings/modules", headers: [("If-Modified-Since", "2001-01-01T00:00:00+05:30")])
        #expect(older.status == 200)
    }

    @Test func customModules_areListedAsCustom() throws {
        try server.load(fixture: #"{"orgs":[{"id":"5843104000000000101","modules":[{"api_name":"Projects","id":"5843104000000900100","generated_type":"custom"}]}]}"#)
        let modules = try #require(try server.request("GET", "/crm/v7/settings/modules").json["modules"]?.arrayValue)
        #expect(modules.first { $0["api_name"] == "Projects" }?["generated_type"] == "custom")
    }

    @Test func currentUser_andAllUsers() throws {
        let current = try server.request("GET", "/crm/v7/users?type=CurrentUser")
        #expect(current.status == 200)
        #expect(current.keys == ["info", "users"])
        #expect(current.json["users", 0, "id"] == .string(Seed.patricia))
        #expect(current.json["users", 0, "email"] == "patricia@zylker.example")
        #expect(current.json["users", 0, "full_name"] == "Patricia Boyle")
        #expect(current.json["info"] == ["per_page": 200, "count": 1, "page": 1, "more_records": false])
        let all = try server.request("GET", "/crm/v7/users?type=AllUsers")
        #expect(all.json["users"]?.arrayValue?.count == 3)
        #expect(try server.request("GET", "/crm/v7/users?type=Nobody").json["code"] == "INVALID_DATA")
    }

    @Test func org_carriesZgid() throws {
        let response = try server.request("GET", "/crm/v7/org")
        #expect(response.status == 200)
        #expect(response.json["org", 0, "id"] == .string(Seed.orgID))
        #expect(response.json["org", 0, "zgid"] == .string(Seed.orgID))
        #expect(response.json["org", 0, "company_name"] == "Zylker")
    }

    @Test func metadataScopes() throws {
        #expect(try server.request("GET", "/crm/v7/org", token: SeedTokens.readOnly).json["code"] == "OAUTH_SCOPE_MISMATCH")
        #expect(try server.request("GET", "/crm/v7/settings/fields?module=Leads", token: SeedTokens.readOnly).status == 401)
    }
}
