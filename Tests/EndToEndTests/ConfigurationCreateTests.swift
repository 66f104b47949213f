import Testing
import ZohoJSON
import ZohoLocking

/// POST `/settings/record_locking_configurations?module=…`.
@Suite struct ConfigurationCreateTests {
    let server: TestServer
    init() throws { server = try TestServer() }

    static let docSample = """
        { "lock_type": "both",
          "locking_rules": [{ "name": "Select leads lock", "lock_existing_records": false,
            "criteria": { "group_operator": "AND", "group": [
              { "comparator": "less_than", "field": { "api_name": "Last_Activity_Time", "id": "5843104000000052001" }, "value": "2018-10-01T01:00:00+05:30" },
              { "comparator": "less_than", "field": { "api_name": "Created_Time", "id": "5843104000000002627" }, "value": "2018-10-01T01:00:00+05:30" } ] } }],
          "locked_for": "all_profiles_except_excluded_profiles",
          "lock_excluded_profiles": [{ "name": "Administrator", "id": "5843104000000026011" }],
          "excluded_fields": [{ "api_name": "Annual_Revenue", "id": "5843104000000002617" }],
          "feature_type": "record_locking", "restricted_actions": ["update", "delete", "change_owner"],
          "lock_for_portal_users": true, "restricted_communications": ["send_mail"], "system_defined": false,
          "restricted_custom_buttons": [{ "name": "Send Doc", "id": "5843104000000485570" }] }
        """

    @Test func docSampleBody_creates201AndReadsBack() throws {
        #expect(try server.request("DELETE", configurationPath("Leads", id: leadsConfigurationID)).status == 200)
        server.server.clock.freeze(at: ZohoDateTime.parse("2024-01-01T09:00:00-05:00")!)
        let response = try server.createConfiguration("Leads", Self.docSample)
        #expect(response.status == 201)
        let id = try #require(response.json["record_locking_configurations", 0, "details", "id"]?.stringValue)
        #expect(response.json == ["record_locking_configurations": [[
            "code": "SUCCESS", "details": ["id": .string(id)],
            "message": "record locking configuration created successfully", "status": "success",
        ]]])
        let stored = try #require(try server.request("GET", configurationPath("Leads", id: id)).json["record_locking_configurations", 0])
        #expect(stored["lock_type"] == "both")
        #expect(stored["locked_for"] == "all_profiles_except_excluded_profiles")
        #expect(stored["lock_excluded_profiles"] == [["name": "Administrator", "id": "5843104000000026011"]])
        #expect(stored["excluded_fields"] == [["api_name": "Annual_Revenue", "id": "5843104000000002617"]])
        #expect(stored["restricted_actions"] == ["update", "delete", "change_owner"])
        #expect(stored["restricted_custom_buttons"] == [["name": "Send with Zoho Sign", "id": "5843104000000485570"]])
        #expect(stored["created_time"] == "2024-01-01T09:00:00-05:00")
        #expect(stored["created_by"] == ["name": "Patricia Boyle", "id": .string(Seed.patricia)])
        #expect(stored["system_defined"] == false)
        #expect(stored["locking_rules", 0, "name"] == "Select leads lock")
        #expect(stored["locking_rules", 0, "id"]?.stringValue?.count == 19)
    }

    @Test func sdkBody_numericIDsWithoutContentType() throws {
        let body = #"{"excluded_fields": [{"api_name": "Description", "id": 5843104000000002645}], "restricted_actions": ["update"], "lock_type": "manual"}"#
        let response = try server.createConfiguration("Accounts", body)
        #expect(response.status == 201)
        let stored = try server.request("GET", configurationPath("Accounts")).json["record_locking_configurations", 0]
        #expect(stored?["excluded_fields", 0, "api_name"] == "Description")
        #expect(stored?["restricted_actions"] == ["update"])
        #expect(stored?["locking_rules"] == .null)
    }

    @Test func idsBeyond2To53_roundTripExactly() throws {
        let fixture = #"{"orgs":[{"id":"5843104000000000101","modules":[{"api_name":"Accounts","fields":[{"api_name":"Big__c","data_type":"text","id":"9223372036854775807"}],"custom_buttons":[{"id":"9007199254740993","name":"Odd"}]}],"profiles":[{"id":"9007199254740995","name":"Odd profile"}]}]}"#
        try server.load(fixture: fixture)
        let body = """
            {"lock_type":"manual","excluded_fields":[{"api_name":"Big__c","id":9223372036854775807}],
             "restricted_custom_buttons":[{"id":9007199254740993}],
             "locked_for":"all_profiles_except_excluded_profiles","lock_excluded_profiles":[{"id":9007199254740995}]}
            """
        #expect(try server.createConfiguration("Accounts", body).status == 201)
        let stored = try server.request("GET", configurationPath("Accounts")).json["record_locking_configurations", 0]
        #expect(stored?["excluded_fields"] == [["api_name": "Big__c", "id": "9223372036854775807"]])
        #expect(stored?["restricted_custom_buttons"] == [["name": "Odd", "id": "9007199254740993"]])
        #expect(stored?["lock_excluded_profiles"] == [["name": "Odd profile", "id": "9007199254740995"]])
    }

    @Test func secondConfiguration_returnsLimitExceeded() throws {
        let response = try server.createConfiguration("Leads", #"{"lock_type":"manual"}"#)
        #expect(response.status == 400)
        #expect(response.json == [
            "code": "LIMIT_EXCEEDED", "details": ["param_name": "module", "limit": 1],
            "message": "Configuration already created for this module", "status": "error",
        ])
    }

    @Test func missingWrapperOrBadBody() throws {
        let missing = try server.request("POST", configurationPath("Accounts"), body: "{}")
        #expect(missing.status == 400)
        #expect(missing.json == itemError("MANDATORY_NOT_FOUND", "required field not found", [
            "api_name": "record_locking_configurations", "json_path": "$.record_locking_configurations",
        ]))
        #expect(try server.request("POST", configurationPath("Accounts"), body: "[").json["code"] == "UNABLE_TO_PARSE_DATA_TYPE")
    }

    /// Each body is wrong in one way; the per-item error is Zoho's, with its JSON path.
    @Test(arguments: ConfigurationCreateTests.refusals)
    func invalidBody_perItemError(_ refusal: Refusal) throws {
        let response = try server.createConfiguration(refusal.module, refusal.body)
        #expect(response.status == 400, "\(refusal.name)")
        #expect(response.json == itemError(refusal.code, refusal.message, refusal.details), "\(refusal.name): \(response.text)")
        #expect(try server.request("GET", configurationPath(refusal.module)).status == (refusal.module == "Leads" ? 200 : 204))
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        let name: String
        var module = "Accounts"
        let body: String
        let code: String
        let message: String
        let details: JSONValue
        var testDescription: String { name }
    }

    static let p = "$.record_locking_configurations[0]"
    static let rule = #"{"name":"r","criteria":{"comparator":"equal","field":{"api_name":"Industry"},"value":"x"}}"#

    static let refusals: [Refusal] = [
        Refusal(name: "no lock_type", body: #"{"locked_for":"all_profiles"}"#, code: "MANDATORY_NOT_FOUND",
            message: "required field not found", details: ["api_name": "lock_type", "json_path": .string("\(p).lock_type")]),
        Refusal(name: "bad lock_type", body: #"{"lock_type":"sometimes"}"#, code: "INVALID_DATA", message: "lock_type not found",
            details: ["supported_values": ["manual", "automatic", "both"], "api_name": "lock_type", "json_path": .string("\(p).lock_type")]),
        Refusal(name: "bad locked_for", body: #"{"lock_type":"manual","locked_for":"some"}"#, code: "INVALID_DATA",
            message: "locked_for not found",
            details: ["supported_values": ["all_profiles", "all_profiles_except_excluded_profiles"], "api_name": "locked_for", "json_path": .string("\(p).locked_for")]),
        Refusal(name: "bad action", body: #"{"lock_type":"manual","restricted_actions":["update","fly"]}"#, code: "INVALID_DATA",
            message: "action not found",
            details: ["supported_values": ["convert", "update", "delete", "change_owner", "tags"], "api_name": "restricted_actions", "json_path": .string("\(p).restricted_actions[1]")]),
        Refusal(name: "bad communication", body: #"{"lock_type":"manual","restricted_communications":["send_fax"]}"#, code: "INVALID_DATA",
            message: "communications not found",
            details: ["supported_values": ["send_mail", "send_survey", "send_portal_invitation"], "api_name": "restricted_communications", "json_path": .string("\(p).restricted_communications[0]")]),
        Refusal(name: "communication the module lacks", module: "Price_Books",
            body: #"{"lock_type":"manual","restricted_communications":["send_mail"]}"#, code: "NOT_SUPPORTED",
            message: "communications not found", details: ["api_name": "restricted_communications", "json_path": .string("\(p).restricted_communications")]),
        Refusal(name: "other feature_type", body: #"{"lock_type":"manual","feature_type":"field_locking"}"#, code: "INVALID_DATA",
            message: "invalid data", details: ["api_name": "feature_type", "json_path": .string("\(p).feature_type")]),
        Refusal(name: "unknown button", body: #"{"lock_type":"manual","restricted_custom_buttons":[{"id":"42"}]}"#, code: "INVALID_DATA",
            message: "custom button not found", details: ["api_name": "id", "json_path": .string("\(p).restricted_custom_buttons[0].id")]),
        Refusal(name: "unknown profile", body: #"{"lock_type":"manual","locked_for":"all_profiles_except_excluded_profiles","lock_excluded_profiles":[{"id":"42"}]}"#,
            code: "INVALID_DATA", message: "lock_excluded_profiles not found",
            details: ["api_name": "id", "json_path": .string("\(p).lock_excluded_profiles[0].id")]),
        Refusal(name: "profiles missing", body: #"{"lock_type":"manual","locked_for":"all_profiles_except_excluded_profiles"}"#,
            code: "DEPENDENT_FIELD_MISSING",
            message: "lock_excluded_profiles should have been given when locked_for is given as all_profiles_except_excluded_profiles ",
            details: ["dependee": ["api_name": "locked_for", "json_path": .string("\(p).locked_for")], "api_name": "lock_excluded_profiles", "json_path": .string("\(p).lock_excluded_profiles")]),
        Refusal(name: "rules missing", body: #"{"lock_type":"automatic"}"#, code: "DEPENDENT_FIELD_MISSING",
            message: "locking_rules should have been given when lock_type is given as automatic or both",
            details: ["dependee": ["api_name": "lock_type", "json_path": .string("\(p).lock_type")], "api_name": "locking_rules", "json_path": .string("\(p).locking_rules")]),
        Refusal(name: "unknown field", body: #"{"lock_type":"manual","excluded_fields":[{"api_name":"Nope"}]}"#, code: "INVALID_DATA",
            message: "field not found", details: ["api_name": "api_name", "json_path": .string("\(p).excluded_fields[0].api_name")]),
        Refusal(name: "unknown field id", body: #"{"lock_type":"manual","excluded_fields":[{"id":"42"}]}"#, code: "INVALID_DATA",
            message: "field not found", details: ["api_name": "id", "json_path": .string("\(p).excluded_fields[0].id")]),
        Refusal(name: "system field excluded", body: #"{"lock_type":"manual","excluded_fields":[{"api_name":"Owner"}]}"#, code: "NOT_SUPPORTED",
            message: "Field not supported", details: ["api_name": "api_name", "json_path": .string("\(p).excluded_fields[0].api_name")]),
        Refusal(name: "field without name or id", body: #"{"lock_type":"manual","excluded_fields":[{}]}"#, code: "EXPECTED_FIELD_MISSING",
            message: "Field Id and apiname is missing.",
            details: ["expected_fields": [["json_path": .string("\(p).excluded_fields[0].api_name"), "api_name": "api_name"], ["json_path": .string("\(p).excluded_fields[0].id"), "api_name": "id"]]]),
        Refusal(name: "field name and id disagree", body: #"{"lock_type":"manual","excluded_fields":[{"api_name":"Phone","id":"5843104000003001000"}]}"#,
            code: "AMBIGUITY_DURING_PROCESSING", message: "Field Id and apiname are ambiguous",
            details: ["ambiguity_due_to": [["json_path": .string("\(p).excluded_fields[0].api_name"), "api_name": "api_name"], ["json_path": .string("\(p).excluded_fields[0].id"), "api_name": "id"]]]),
        Refusal(name: "duplicate rule name", body: """
            {"lock_type":"automatic","locking_rules":[\(rule),{"name":"R","criteria":{"comparator":"equal","field":{"api_name":"Industry"},"value":"y"}}]}
            """, code: "DUPLICATE_DATA", message: "Duplicate rule name found, Enter unique rulename.",
            details: ["api_name": "name", "json_path": .string("\(p).locking_rules[1].name")]),
        Refusal(name: "duplicate criteria", body: """
            {"lock_type":"automatic","locking_rules":[\(rule),{"name":"other","criteria":{"comparator":"equal","field":{"api_name":"Industry"},"value":"x"}}]}
            """, code: "DUPLICATE_DATA", message: "Duplicate criteria found, Enter unique criteria.",
            details: ["api_name": "criteria", "json_path": .string("\(p).locking_rules[1].criteria")]),
        Refusal(name: "six rules", body: """
            {"lock_type":"both","locking_rules":[\((1...6).map { #"{"name":"r\#($0)","criteria":{"comparator":"equal","field":{"api_name":"Industry"},"value":"v\#($0)"}}"# }.joined(separator: ","))]}
            """, code: "LIMIT_EXCEEDED", message: "Maximum limit for locking rules exceeded",
            details: ["limit": 5, "available_limit": 5, "api_name": "locking_rules", "json_path": .string("\(p).locking_rules")]),
        Refusal(name: "sixteen excluded fields", body: """
            {"lock_type":"manual","excluded_fields":[\(Array(repeating: #"{"api_name":"Phone"}"#, count: 16).joined(separator: ","))]}
            """, code: "LIMIT_EXCEEDED", message: "Maximum limit for excluded fields exceeded",
            details: ["limit": 15, "available_limit": 15, "api_name": "excluded_fields", "json_path": .string("\(p).excluded_fields")]),
        Refusal(name: "thirty-one buttons", body: """
            {"lock_type":"manual","restricted_custom_buttons":[\(Array(repeating: #"{"id":"1"}"#, count: 31).joined(separator: ","))]}
            """, code: "LIMIT_EXCEEDED", message: "Maximum limit for restricted custom buttons exceeded",
            details: ["limit": 30, "available_limit": 30, "api_name": "restricted_custom_buttons", "json_path": .string("\(p).restricted_custom_buttons")]),
        Refusal(name: "comparator unfit for the type", body: """
            {"lock_type":"both","locking_rules":[{"name":"r","criteria":{"comparator":"contains","field":{"api_name":"Annual_Revenue"},"value":"10"}}]}
            """, code: "INVALID_DATA", message: "invalid data",
            details: ["supported_values": ["equal", "not_equal", "greater_than", "less_than", "greater_equal", "less_equal", "between", "not_between", "in", "not_in"],
                      "api_name": "comparator", "json_path": .string("\(p).locking_rules[0].criteria.comparator")]),
        Refusal(name: "value unfit for the type", body: """
            {"lock_type":"both","locking_rules":[{"name":"r","criteria":{"comparator":"greater_than","field":{"api_name":"Annual_Revenue"},"value":"lots"}}]}
            """, code: "INVALID_DATA", message: "invalid data",
            details: ["api_name": "value", "json_path": .string("\(p).locking_rules[0].criteria.value"), "expected_data_type": "currency"]),
        Refusal(name: "rule without name", body: #"{"lock_type":"both","locking_rules":[{"criteria":{"comparator":"equal","field":{"api_name":"Industry"},"value":"x"}}]}"#,
            code: "MANDATORY_NOT_FOUND", message: "required field not found",
            details: ["api_name": "name", "json_path": .string("\(p).locking_rules[0].name")]),
        Refusal(name: "rule without criteria", body: #"{"lock_type":"both","locking_rules":[{"name":"r"}]}"#,
            code: "MANDATORY_NOT_FOUND", message: "required field not found",
            details: ["api_name": "criteria", "json_path": .string("\(p).locking_rules[0].criteria")]),
        Refusal(name: "tasks criteria other than closed", module: "Tasks", body: """
            {"lock_type":"automatic","locking_rules":[{"name":"r","criteria":{"comparator":"equal","field":{"api_name":"Priority"},"value":"High"}}]}
            """, code: "NOT_SUPPORTED", message: "criteria not supported",
            details: ["api_name": "criteria", "json_path": .string("\(p).locking_rules[0].criteria")]),
    ]

    @Test func tasksAcceptStatusClosed() throws {
        let body = #"{"lock_type":"automatic","locking_rules":[{"name":"closed","criteria":{"comparator":"equal","field":{"api_name":"Status"},"value":"Closed"}}]}"#
        #expect(try server.createConfiguration("Tasks", body).status == 201)
    }

    @Test func createdConfigurationAllowsLocking() throws {
        let before = try server.request("POST", lockPath(Seed.account, module: "Accounts"), body: lockBody("x"))
        #expect(before.json["code"] == "NOT_ALLOWED")
        #expect(try server.createConfiguration("Accounts", #"{"lock_type":"manual"}"#).status == 201)
        let after = try server.request("POST", lockPath(Seed.account, module: "Accounts"), body: lockBody("x"))
        #expect(after.status == 201)
    }

    @Test func firstConfigurationCreatesTheLockingModule() throws {
        try server.load(fixture: String(decoding: try RepositoryPaths.fixture("no-configuration-org.json"), as: UTF8.self))
        let token = "1000.unconfigured.token"
        #expect(try server.request("GET", lockPath("7100000000000000031") + "?fields=id", token: token).json["message"] == "relation not found")
        #expect(try server.createConfiguration("Leads", #"{"lock_type":"manual"}"#, token: token).status == 201)
        #expect(try server.request("GET", lockPath("7100000000000000031") + "?fields=id", token: token).status == 204)
    }
}
