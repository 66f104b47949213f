import Foundation
import ZohoJSON

/// Fixture documents and helpers for the control-API tests.
enum ControlFixtures {
    static let acmeOrg = "7100000000000000001"
    static let acmeToken = "1000.acme.token"

    /// A small org of its own: one user, two Leads records (one locked), a manual configuration.
    static let acme = """
        { "orgs": [{ "id": "7100000000000000001", "name": "Acme", "edition": "enterprise", "time_zone": "Europe/Berlin",
          "profiles": [{ "id": "7100000000000000011", "name": "Administrator", "record_locking": true }],
          "users": [{ "id": "7100000000000000021", "name": "Ann Acme", "email": "ann@acme.example",
                      "profile_id": "7100000000000000011" }],
          "tokens": [{ "access_token": "1000.acme.token", "user_id": "7100000000000000021",
                       "scopes": ["ZohoCRM.modules.ALL", "ZohoCRM.settings.ALL"], "expires_in": 3600 }],
          "records": [
            { "module": "Leads", "id": "7100000000000000031", "name": "Locked lead", "owner_id": "7100000000000000021" },
            { "module": "Leads", "id": "7100000000000000032", "name": "Free lead", "owner_id": "7100000000000000021" }],
          "record_locking_configurations": [{ "module": "Leads", "id": "7100000000000000041", "lock_type": "manual" }],
          "locks": [{ "module": "Leads", "record_id": "7100000000000000031", "id": "7100000000000000051",
                      "Locked_Reason__s": "acme reason", "locked_by_id": "7100000000000000021" }] }] }
        """

    /// Everything the fixture format has that the seed lacks: a custom module with fields and
    /// buttons, a client with an expiring grant code, a profile without customize_crm.
    static let extras = """
        { "orgs": [{ "id": "7500000000000000001", "name": "Extras", "edition": "ultimate",
          "profiles": [{ "id": "7500000000000000011", "name": "Administrator", "record_locking": true },
                       { "id": "7500000000000000012", "name": "Clerk", "record_locking": false, "customize_crm": false }],
          "users": [{ "id": "7500000000000000021", "name": "Eve Extra", "email": "eve@extras.example",
                      "profile_id": "7500000000000000011" },
                    { "id": "7500000000000000022", "name": "Carl Clerk", "email": "carl@extras.example",
                      "profile_id": "7500000000000000012" }],
          "modules": [{ "api_name": "Projects__c", "id": "7500000000000000091", "generated_type": "custom",
                        "fields": [{ "api_name": "Budget__c", "data_type": "integer", "id": "7500000000000000092" }],
                        "custom_buttons": [{ "id": "7500000000000000093", "name": "Approve" }] },
                      { "api_name": "Leads", "fields": [{ "api_name": "Score__c", "data_type": "integer",
                                                          "id": "7500000000000000094" }] }],
          "tokens": [{ "access_token": "1000.extras.token", "user_id": "7500000000000000021",
                       "scopes": ["ZohoCRM.modules.ALL", "ZohoCRM.settings.ALL"], "expires_in": 7200 },
                     { "access_token": "1000.extras.forever", "user_id": "7500000000000000022",
                       "scopes": ["ZohoCRM.modules.READ"] }],
          "oauth_clients": [{ "client_id": "1000.EXTRAS", "client_secret": "extras-secret", "user_id": "7500000000000000021",
                              "scopes": ["ZohoCRM.modules.ALL"], "redirect_uri": "https://extras.example/cb",
                              "grant_codes": ["1000.extras.code", { "code": "1000.extras.soon", "expires_in": 120 }],
                              "refresh_tokens": ["1000.extras.refresh"] }],
          "records": [{ "module": "Projects__c", "id": "7500000000000000031", "name": "Bridge", "owner_id": "7500000000000000021",
                        "fields": { "Budget__c": 5000 } }],
          "record_locking_configurations": [{ "module": "Projects__c", "id": "7500000000000000041", "lock_type": "manual",
                        "restricted_custom_buttons": [{ "id": "7500000000000000093" }],
                        "excluded_fields": [{ "api_name": "Budget__c" }],
                        "locked_for": "all_profiles_except_excluded_profiles",
                        "lock_excluded_profiles": [{ "id": "7500000000000000012" }] }],
          "locks": [{ "module": "Projects__c", "record_id": "7500000000000000031", "id": "7500000000000000051",
                      "Locked_Reason__s": "budget review", "locked_by_id": "7500000000000000021",
                      "Locked_Time__s": "2024-02-01T10:00:00+01:00" }] }] }
        """

    static func text(_ name: String) throws -> String {
        String(decoding: try RepositoryPaths.fixture(name), as: UTF8.self)
    }
}

extension TestServer {
    /// A control-API request (no Zoho token), optionally with a JSON body.
    func control(_ method: String, _ target: String, body: String? = nil, headers: [(String, String)] = [])
        throws -> TestResponse
    {
        try request(method, target, token: nil, body: body, headers: headers)
    }

    /// The journal's entries.
    func journal(_ query: String = "") throws -> [JSONValue] {
        try control("GET", "/__mock/requests" + query).json["requests"]?.arrayValue ?? []
    }

    var baseURL: String { "http://127.0.0.1:\(port)" }
}
