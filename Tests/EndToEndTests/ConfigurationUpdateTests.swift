import Testing
import ZohoJSON
import ZohoLocking

/// PUT `/settings/record_locking_configurations[/{id}]?module=…`.
@Suite struct ConfigurationUpdateTests {
    let server: TestServer
    init() throws { server = try TestServer() }

    func leads() throws -> JSONValue {
        try #require(try server.request("GET", configurationPath("Leads")).json["record_locking_configurations", 0])
    }

    @Test func partialUpdate_keepsWhatIsNotSent() throws {
        server.server.clock.freeze(at: ZohoDateTime.parse("2024-02-01T10:00:00-05:00")!)
        let body = configurationBody("""
            {"lock_type":"both","locked_for":"all_profiles_except_excluded_profiles",
             "lock_excluded_profiles":[{"id":"5843104000000026011"}],"excluded_fields":null,"restricted_actions":null}
            """)
        let response = try server.request("PUT", configurationPath("Leads"), body: body)
        #expect(response.status == 200)
        #expect(response.json == ["record_locking_configurations": [[
            "code": "SUCCESS", "details": ["id": .string(leadsConfigurationID)],
            "message": "record locking configuration updated successfully", "status": "success",
        ]]])
        let stored = try leads()
        #expect(stored["locked_for"] == "all_profiles_except_excluded_profiles")
        #expect(stored["lock_excluded_profiles"] == [["name": "Administrator", "id": "5843104000000026011"]])
        #expect(stored["excluded_fields"] == .null)
        #expect(stored["restricted_actions"] == ["update"])
        #expect(stored["restricted_communications"] == ["send_mail"])
        #expect(stored["locking_rules"]?.arrayValue?.count == 2)
        #expect(stored["modified_time"] == "2024-02-01T10:00:00-05:00")
        #expect(stored["created_time"] == "2023-08-26T18:11:14-04:00")
    }

    @Test func rules_addEditAndDeleteByID() throws {
        let body = configurationBody("""
            {"lock_type":"both","locking_rules":[
              {"id":"5843104000000820017","_delete":true},
              {"id":"5843104000000820018","name":"renamed rule"},
              {"name":"email rule 5","lock_existing_records":false,
               "criteria":{"comparator":"equal","field":{"api_name":"Email","id":"5843104000000002599"},"value":"test5@gmail.com"}}]}
            """)
        #expect(try server.request("PUT", configurationPath("Leads", id: leadsConfigurationID), body: body).status == 200)
        let rules = try #require(try leads()["locking_rules"]?.arrayValue)
        #expect(rules.map { $0["name"] } == ["renamed rule", "email rule 5"])
        #expect(rules[0]["id"] == "5843104000000820018")
        #expect(rules[0]["criteria", "group_operator"] == "AND")
        #expect(rules[1]["criteria"] == [
            "comparator": "equal", "field": ["api_name": "Email", "id": "5843104000000002599"], "value": "test5@gmail.com",
        ])
    }

    @Test func docSampleWithForeignRuleIDs_isRefusedPerItem() throws {
        let body = configurationBody(#"{"lock_type":"both","locking_rules":[{"id":"5843104000000766010","_delete":true}]}"#)
        let response = try server.request("PUT", configurationPath("Leads"), body: body)
        #expect(response.status == 400)
        #expect(response.json == itemError("INVALID_DATA", "the id given seems to be invalid", [
            "api_name": "id", "json_path": "$.record_locking_configurations[0].locking_rules[0].id",
        ]))
    }

    @Test func deletingEveryRuleOfAnAutomaticConfiguration_needsRules() throws {
        let body = configurationBody("""
            {"lock_type":"both","locking_rules":[{"id":"5843104000000820017","_delete":true},{"id":"5843104000000820018","_delete":true}]}
            """)
        let response = try server.request("PUT", configurationPath("Leads"), body: body)
        #expect(response.json["record_locking_configurations", 0, "code"] == "DEPENDENT_FIELD_MISSING")
        let manual = configurationBody("""
            {"lock_type":"manual","locking_rules":[{"id":"5843104000000820017","_delete":true},{"id":"5843104000000820018","_delete":true}]}
            """)
        #expect(try server.request("PUT", configurationPath("Leads"), body: manual).status == 200)
        #expect(try leads()["locking_rules"] == .null)
    }

    @Test func collectionForm_withAnotherID_isRefusedPerItem() throws {
        let response = try server.request("PUT", configurationPath("Leads"), body: configurationBody(#"{"id":"42","lock_type":"manual"}"#))
        #expect(response.status == 400)
        #expect(response.json == itemError("INVALID_DATA", "the id given seems to be invalid", [
            "api_name": "id", "json_path": "$.record_locking_configurations[0].id",
        ]))
        let none = try server.request("PUT", configurationPath("Accounts"), body: configurationBody(#"{"lock_type":"manual"}"#))
        #expect(none.json["record_locking_configurations", 0, "message"] == "the id given seems to be invalid")
    }

    /// `"id": null` is an id not given: the element applies to the module's configuration.
    @Test func collectionForm_withNullID_updatesTheModulesConfiguration() throws {
        let response = try server.request(
            "PUT", configurationPath("Leads"), body: configurationBody(#"{"id":null,"lock_type":"both"}"#))
        #expect(response.status == 200)
        #expect(response.json["record_locking_configurations", 0, "code"] == "SUCCESS")
        #expect(try leads()["lock_type"] == "both")
    }

    @Test func singleForm_unknownID_isTopLevelInvalidID() throws {
        let response = try server.request("PUT", configurationPath("Leads", id: "42"), body: configurationBody(#"{"lock_type":"manual"}"#))
        #expect(response.status == 400)
        #expect(response.json == [
            "code": "INVALID_DATA", "details": ["resource_path_index": 2], "message": "the id given seems to be invalid",
            "status": "error",
        ])
    }

    @Test func lockTypeIsMandatory() throws {
        let response = try server.request("PUT", configurationPath("Leads"), body: configurationBody(#"{"locked_for":"all_profiles"}"#))
        #expect(response.json == itemError("MANDATORY_NOT_FOUND", "required field not found", [
            "api_name": "lock_type", "json_path": "$.record_locking_configurations[0].lock_type",
        ]))
    }

    @Test func automaticOnly_stopsManualLocks() throws {
        let body = configurationBody(#"{"lock_type":"automatic"}"#)
        #expect(try server.request("PUT", configurationPath("Leads"), body: body).status == 200)
        let lock = try server.request("POST", lockPath(Seed.unlockedLead), body: lockBody("x"))
        #expect(lock.status == 403)
        #expect(lock.json["message"] == "record cannot be locked, only automatic locking is configured")
    }

    @Test func systemDefinedConfiguration_cannotBeUpdatedOrDeleted() throws {
        let fixture = #"{"orgs":[{"id":"5843104000000000101","record_locking_configurations":[{"module":"Contacts","id":"5843104000000758010","lock_type":"manual","system_defined":true}]}]}"#
        try server.load(fixture: fixture)
        let update = try server.request("PUT", configurationPath("Contacts"), body: configurationBody(#"{"lock_type":"manual"}"#))
        #expect(update.status == 400)
        #expect(update.json == [
            "code": "NOT_ALLOWED", "details": ["resource_path_index": 1],
            "message": "Configuration created by system cannot be updated", "status": "error",
        ])
        let delete = try server.request("DELETE", configurationPath("Contacts", id: "5843104000000758010"))
        #expect(delete.status == 400)
        #expect(delete.json["message"] == "Configuration created by system cannot be deleted")
        #expect(try server.request("GET", configurationPath("Contacts")).json["record_locking_configurations", 0, "system_defined"] == true)
    }
}
