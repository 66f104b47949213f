import Testing

/// `GET /__mock/state`: the state as a fixture document that loads back into the same state.
@Suite struct StateExportTests {
    static let orgKeys = [
        "edition", "id", "id_sequence", "locking_module_created", "locks", "modules", "name", "oauth_clients",
        "profiles", "record_locking_configurations", "records", "time_zone", "tokens", "users",
    ]

    @Test func state_describesTheSeedOrgInTheFixtureFormat() throws {
        let server = try TestServer()
        let response = try server.control("GET", "/__mock/state")
        #expect(response.status == 200)
        #expect(response.keys == ["orgs"])
        let org = try #require(response.json["orgs", 0])
        #expect(org.sortedKeys == Self.orgKeys)
        #expect(org["id"] == .string(Seed.orgID))
        #expect(org["locking_module_created"] == true)
        #expect(org["profiles", 1] == [
            "id": "5843104000000026014", "name": "Standard", "record_locking": false, "customize_crm": false,
        ])
        // Tokens in full; one without expires_in never expires; an expired one has 0 left.
        let tokens = org["tokens"]?.arrayValue ?? []
        let tokenNames = tokens.compactMap { $0["access_token"]?.stringValue }
        #expect(tokenNames.contains(SeedTokens.admin))
        #expect(tokens.first { $0["access_token"] == .string(SeedTokens.admin) }?.sortedKeys == ["access_token", "scopes", "user_id"])
        #expect(tokens.first { $0["access_token"] == .string(SeedTokens.expired) }?["expires_in"] == 0)
        #expect(org["oauth_clients", 0] == [
            "client_id": "1000.CLIENT", "client_secret": "secret", "user_id": .string(Seed.patricia),
            "scopes": ["ZohoCRM.modules.ALL", "ZohoCRM.settings.ALL", "ZohoCRM.users.ALL", "ZohoCRM.org.ALL", "ZohoCRM.change_owner.ALL", "ZohoCRM.mass_update.ALL",
                       "ZohoSearch.securesearch.READ"],
            "grant_codes": ["1000.grant.code"], "refresh_tokens": ["1000.refresh.token"],
        ])
        let configuration = try #require(org["record_locking_configurations", 0])
        #expect(configuration.sortedKeys == [
            "created_by_id", "created_time", "excluded_fields", "id", "lock_for_portal_users", "lock_type", "locked_for",
            "locking_rules", "modified_by_id", "modified_time", "module", "restricted_actions",
            "restricted_communications", "restricted_custom_buttons", "system_defined",
        ])
        #expect(configuration["locking_rules", 0, "id"] == "5843104000000820017")
        #expect(configuration["created_time"] == "2023-08-26T18:11:14-04:00")
        #expect(org["locks", 0] == [
            "module": "Leads", "record_id": .string(Seed.lockedLead), "id": .string(Seed.lockedLeadLock),
            "Lock_Source__s": "Manual", "Locked_Reason__s": "deal in progress", "locked_by_id": .string(Seed.patricia),
            "Locked_Time__s": "2023-09-05T05:13:36-04:00", "Modified_Time": "2023-09-05T05:13:36-04:00",
        ])
        #expect(org["modules", 0, "custom_buttons"]?.arrayValue?.count == 3)
    }

    @Test func state_includesAutomaticLocksCustomModulesAndExpiringGrantCodes() throws {
        let server = try TestServer(seed: false)
        try server.load(fixture: try ControlFixtures.text("automatic-org.json"))
        try server.load(fixture: ControlFixtures.extras)
        let state = try server.control("GET", "/__mock/state").json
        let automatic = try #require(state["orgs", 0])
        #expect(automatic["locks", 0, "Lock_Source__s"] == "Automatic")
        #expect(automatic["locks", 0, "Record_Locking_Rule_Id__s"] == "7200000000000000051")
        #expect(automatic["locks", 0, "locked_by_id"] == nil)
        let extras = try #require(state["orgs", 1])
        #expect(extras["modules"] == [
            ["api_name": "Projects__c", "id": "7500000000000000091", "generated_type": "custom",
             "fields": [["api_name": "Budget__c", "data_type": "integer", "id": "7500000000000000092"]],
             "custom_buttons": [["id": "7500000000000000093", "name": "Approve"]]],
            ["api_name": "Leads", "fields": [["api_name": "Score__c", "data_type": "integer", "id": "7500000000000000094"]]],
        ])
        #expect(extras["oauth_clients", 0, "grant_codes", 0] == "1000.extras.code")
        #expect(extras["oauth_clients", 0, "grant_codes", 1, "code"] == "1000.extras.soon")
        #expect(extras["oauth_clients", 0, "redirect_uri"] == "https://extras.example/cb")
        #expect(extras["record_locking_configurations", 0, "lock_excluded_profiles"] == [["name": "Clerk", "id": "7500000000000000012"]])
    }

    @Test func state_tokensShowTheLifetimeLeft_usedGrantCodesAndRevokedRefreshTokensAreLeftOut() throws {
        let server = try TestServer()
        #expect(try server.control("POST", "/__mock/clock", body: #"{"now":"2024-05-01T12:00:00Z"}"#).status == 200)
        try server.load(fixture: ControlFixtures.acme)
        #expect(try server.control("POST", "/__mock/clock", body: #"{"advance_seconds":600}"#).status == 200)
        let acme = try server.control("GET", "/__mock/state?org=\(ControlFixtures.acmeOrg)").json
        #expect(acme["orgs", 0, "tokens", 0, "expires_in"] == 3000)

        let exchange = try server.request(
            "POST", "/oauth/v2/token", token: nil,
            body: "grant_type=authorization_code&client_id=1000.CLIENT&client_secret=secret&code=1000.grant.code",
            headers: [("Content-Type", "application/x-www-form-urlencoded")])
        #expect(exchange.status == 200)
        #expect(try server.request("POST", "/oauth/v2/token/revoke?token=1000.refresh.token", token: nil).status == 200)
        let client = try server.control("GET", "/__mock/state?org=\(Seed.orgID)").json["orgs", 0, "oauth_clients", 0]
        #expect(client?["grant_codes"] == [])
        #expect(client?["refresh_tokens"] == [exchange.json["refresh_token"] ?? .null])
    }

    @Test func state_ofOneOrg_andRefusals() throws {
        let server = try TestServer()
        try server.load(fixture: ControlFixtures.acme)
        let one = try server.control("GET", "/__mock/state?org=\(ControlFixtures.acmeOrg)")
        #expect(one.status == 200)
        #expect(one.json["orgs"]?.arrayValue?.count == 1)
        #expect(one.json["orgs", 0, "id"] == .string(ControlFixtures.acmeOrg))
        let unknown = try server.control("GET", "/__mock/state?org=42")
        #expect(unknown.status == 404)
        #expect(unknown.json == ["error": "no org 42"])
        let bad = try server.control("GET", "/__mock/state?org=x")
        #expect(bad.status == 400)
        #expect(bad.keys == ["error"])
    }

    /// The round trip: everything the API changed, loaded into a second server, answers the same.
    @Test func state_loadedIntoASecondServer_reproducesTheStateAndTheAnswers() throws {
        let first = try TestServer()
        #expect(try first.control("POST", "/__mock/clock", body: #"{"now":"2024-06-03T08:00:00Z"}"#).status == 200)
        try first.load(fixture: try ControlFixtures.text("automatic-org.json"))
        try first.load(fixture: ControlFixtures.extras)
        // Changes through the API: a lock taken and edited, one removed, the only configuration
        // of an org deleted (the org keeps Locking_Information__s), tokens issued.
        #expect(try first.request("POST", lockPath(Seed.unlockedLead), body: lockBody("taken")).status == 201)
        #expect(try first.request("PUT", lockPath(Seed.lockedLead, Seed.lockedLeadLock), body: lockBody("edited")).status == 200)
        #expect(try first.request("DELETE", lockPath(Seed.docSampleLead, Seed.docSampleLock)).status == 200)
        #expect(try first.request(
            "DELETE", "/crm/v7/settings/record_locking_configurations/7500000000000000041?module=Projects__c",
            token: "1000.extras.token").status == 200)
        let refreshed = try first.request(
            "POST", "/oauth/v2/token", token: nil,
            body: "grant_type=refresh_token&client_id=1000.CLIENT&client_secret=secret&refresh_token=1000.refresh.token")
        let issued = try #require(refreshed.json["access_token"]?.stringValue)
        #expect(try first.control("POST", "/__mock/clock", body: #"{"advance_seconds":90}"#).status == 200)

        let state = try first.control("GET", "/__mock/state")
        #expect(state.status == 200)
        let second = try TestServer(seed: false)
        #expect(try second.control("POST", "/__mock/clock", body: #"{"now":"2024-06-03T08:01:30Z"}"#).status == 200)
        let loaded = try second.control("POST", "/__mock/fixtures", body: state.text)
        #expect(loaded.status == 200)
        #expect(loaded.json == ["orgs": [.string(Seed.orgID), "7200000000000000001", "7500000000000000001"]])
        #expect(try second.control("GET", "/__mock/state").json == state.json)

        let requests: [(String, String, String?)] = [
            ("GET", lockPath(Seed.unlockedLead) + "?fields=\(allLockFields)", SeedTokens.admin),
            ("GET", lockPath(Seed.docSampleLead) + "?fields=id", SeedTokens.admin),
            ("GET", lockPath(Seed.lockedLead) + "?fields=\(allLockFields)", SeedTokens.admin),
            ("GET", "/crm/v7/settings/record_locking_configurations?module=Leads", SeedTokens.admin),
            ("GET", lockPath("7200000000000000031", module: "Quotes") + "?fields=\(allLockFields)", "1000.automatic.token"),
            ("GET", "/crm/v7/settings/record_locking_configurations?module=Projects__c", "1000.extras.token"),
            ("GET", lockPath("7500000000000000031", module: "Projects__c") + "?fields=\(allLockFields)", "1000.extras.token"),
            ("GET", lockPath(Seed.lockedLead) + "?fields=id", issued),
            ("GET", lockPath(Seed.lockedLead) + "?fields=id", SeedTokens.expired),
            // Ids generated from here on are the same in both.
            ("POST", lockPath(Seed.otherUnlockedLead), SeedTokens.admin),
        ]
        for (method, target, token) in requests {
            let body = method == "POST" ? lockBody("after") : nil
            let expected = try first.request(method, target, token: token, body: body)
            let actual = try second.request(method, target, token: token, body: body)
            #expect(actual.status == expected.status, "\(method) \(target)")
            #expect(actual.json == expected.json, "\(method) \(target)")
        }
        let grant = "grant_type=authorization_code&client_id=1000.EXTRAS&client_secret=extras-secret&code=1000.extras.soon"
        #expect(try second.request("POST", "/oauth/v2/token", token: nil, body: grant).json.sortedKeys
            == ["access_token", "api_domain", "expires_in", "refresh_token", "token_type"])
    }
}
