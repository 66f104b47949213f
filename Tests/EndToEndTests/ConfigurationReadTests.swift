import Testing
import ZohoJSON

/// GET `/settings/record_locking_configurations` and by id.
@Suite struct ConfigurationReadTests {
    let server: TestServer
    init() throws { server = try TestServer() }

    static let seedConfiguration: JSONValue = [
        "created_time": "2023-08-26T18:11:14-04:00", "locked_for": "all_profiles",
        "excluded_fields": [["api_name": "Description", "id": "5843104000000002645"]],
        "created_by": ["name": "Patricia Boyle", "id": "5843104000000424672"], "feature_type": "record_locking",
        "locking_rules": [
            ["name": "lead conversion rule", "id": "5843104000000820017", "lock_existing_records": false,
             "criteria": ["comparator": "greater_than", "field": ["api_name": "Lead_Conversion_Time", "id": "5843104000000280013"], "value": "10"]],
            ["name": "Last activity rule", "id": "5843104000000820018", "lock_existing_records": false,
             "criteria": ["group_operator": "AND", "group": [
                ["comparator": "less_than", "field": ["api_name": "Last_Activity_Time", "id": "5843104000000052001"], "value": "2018-09-01T01:00:00-04:00"],
                ["comparator": "less_than", "field": ["api_name": "Created_Time", "id": "5843104000000002627"], "value": "2018-09-01T01:00:00-04:00"],
             ]]],
        ],
        "restricted_actions": ["update", "tags", "convert", "delete", "change_owner"], "lock_for_portal_users": true,
        "modified_time": "2023-09-07T22:31:35-04:00", "restricted_communications": ["send_mail"], "system_defined": false,
        "modified_by": ["name": "Patricia Boyle", "id": "5843104000000424672"], "id": "5843104000000758004",
        "lock_type": "both", "restricted_custom_buttons": [["name": "Send with Zoho Sign", "id": "5843104000000485570"],
                                                          ["name": "Send with Zoho Sign", "id": "5843104000000485606"]],
        "lock_excluded_profiles": nil,
    ]

    @Test func moduleConfiguration_isTheDocSample() throws {
        let response = try server.request("GET", configurationPath("Leads"))
        #expect(response.status == 200)
        #expect(response.headers["content-type"] == "application/json;charset=UTF-8")
        #expect(response.json == ["record_locking_configurations": [Self.seedConfiguration]])
        let filtered = try server.request("GET", configurationPath("Leads", extra: "feature_type=record_locking"))
        #expect(filtered.json == response.json)
    }

    @Test func byID_returnsTheOne() throws {
        let response = try server.request("GET", configurationPath("Leads", id: leadsConfigurationID))
        #expect(response.status == 200)
        #expect(response.json == ["record_locking_configurations": [Self.seedConfiguration]])
    }

    @Test func moduleWithoutConfiguration_returns204() throws {
        let response = try server.request("GET", configurationPath("Accounts"))
        #expect(response.status == 204)
        #expect(response.body.isEmpty)
    }

    @Test func unknownOrForeignID_returnsInvalidIDAtIndex2() throws {
        for (module, id) in [("Leads", "5843104000000000042"), ("Accounts", leadsConfigurationID)] {
            let response = try server.request("GET", configurationPath(module, id: id))
            #expect(response.status == 400)
            #expect(response.json == [
                "code": "INVALID_DATA", "details": ["resource_path_index": 2], "message": "the id given seems to be invalid",
                "status": "error",
            ])
        }
        #expect(try server.request("GET", configurationPath("Leads", id: "abc")).json["code"] == "UNABLE_TO_PARSE_DATA_TYPE")
    }

    @Test func missingModule_returnsRequiredParamMissing() throws {
        for path in [configurationPath(nil), configurationPath(nil, id: leadsConfigurationID), configurationPath("")] {
            let response = try server.request("GET", path)
            #expect(response.status == 400)
            #expect(response.json == [
                "code": "REQUIRED_PARAM_MISSING", "details": ["param": "module"],
                "message": "One of the expected parameter is missing", "status": "error",
            ])
        }
    }

    @Test func unknownModule_returnsInvalidModuleWithEmptyDetails() throws {
        for module in ["Widgets", "leads"] {
            let response = try server.request("GET", configurationPath(module))
            #expect(response.status == 400)
            #expect(response.json == [
                "code": "INVALID_MODULE", "details": [:], "message": "the module name given seems to be invalid",
                "status": "error",
            ])
        }
    }

    @Test func moduleThatCannotBeLocked_returnsNotSupported() throws {
        for module in ["Products", "Campaigns", "Calls"] {
            let response = try server.request("GET", configurationPath(module))
            #expect(response.status == 400)
            #expect(response.json == [
                "code": "NOT_SUPPORTED", "details": ["param_name": "module"],
                "message": "the module name given is not supported for the  feature", "status": "error",
            ])
        }
    }

    @Test func otherFeatureType_returnsInvalidData() throws {
        let response = try server.request("GET", configurationPath("Leads", extra: "feature_type=field_locking"))
        #expect(response.status == 400)
        #expect(response.json == [
            "code": "INVALID_DATA", "details": ["param_name": "feature_type"], "message": "invalid data", "status": "error",
        ])
    }

    @Test func editionWithoutRecordLocking_returnsFeatureNotSupported() throws {
        try server.load(fixture: String(decoding: try RepositoryPaths.fixture("professional-org.json"), as: UTF8.self))
        let response = try server.request("GET", configurationPath("Leads"), token: "1000.professional.token")
        #expect(response.status == 400)
        #expect(response.json["code"] == "FEATURE_NOT_SUPPORTED")
    }

    @Test func profileWithoutCustomizePermission_returnsNoPermission() throws {
        let response = try server.request("GET", configurationPath("Leads"), token: SeedTokens.standard)
        #expect(response.status == 403)
        #expect(response.json == [
            "code": "NO_PERMISSION", "details": ["permissions": ["Crm_Implied_Customize_Zoho_CRM"]],
            "message": "permission denied", "status": "error",
        ])
    }

    @Test func methodsNotDefined_returnInvalidRequestMethod() throws {
        for (method, path) in [("POST", configurationPath("Leads", id: leadsConfigurationID)), ("PATCH", configurationPath("Leads"))] {
            let response = try server.request(method, path, body: "{}")
            #expect(response.status == 403)
            #expect(response.json["code"] == "INVALID_REQUEST_METHOD")
        }
    }
}
