import Testing

/// OAuth scopes per endpoint (README.md#authentication; Zoho's list:
/// https://www.zoho.com/crm/developer/docs/api/v8/scopes.html): a token without them gets
/// 401 OAUTH_SCOPE_MISMATCH.
@Suite struct ScopeTests {
    let server: TestServer

    init() throws {
        server = try TestServer()
        let tokens = [
            ("1000.modules.only", #"["ZohoCRM.modules.ALL"]"#),
            ("1000.leads.only", #"["ZohoCRM.modules.lockinginformation.ALL", "ZohoCRM.modules.leads.ALL"]"#),
            ("1000.lowercase", #"["zohocrm.modules.lockinginformation.read", "ZohoCRM.modules.Leads.read"]"#),
            ("1000.settings.all", #"["ZohoCRM.settings.ALL"]"#),
            ("1000.config.read", #"["ZohoCRM.settings.record_locking_configurations.Read"]"#),
            ("1000.config.all", #"["ZohoCRM.settings.record_locking_configurations.ALL"]"#),
            ("1000.custom", #"["ZohoCRM.modules.lockinginformation.ALL", "ZohoCRM.modules.custom.ALL"]"#),
            ("1000.nothing", "[]"),
        ]
        let tokenJSON = tokens.map { #"{"access_token":"\#($0.0)","user_id":"5843104000000424672","scopes":\#($0.1)}"# }
        try server.load(fixture: """
            {"orgs":[{"id":"5843104000000000101","tokens":[\(tokenJSON.joined(separator: ","))],
              "modules":[{"api_name":"Projects","id":"5843104000000900100","generated_type":"custom"}],
              "records":[{"module":"Projects","id":"5843104000000900200","name":"Apollo","owner_id":"5843104000000424672"}],
              "record_locking_configurations":[{"module":"Projects","lock_type":"manual"}]}]}
            """)
    }

    func status(_ method: String, _ path: String, _ token: String, body: String? = nil) throws -> Int {
        try server.request(method, path, token: token, body: body).status
    }

    @Test func mismatch_hasZohosBody() throws {
        let response = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id", token: "1000.nothing")
        #expect(response.status == 401)
        #expect(response.json == [
            "code": "OAUTH_SCOPE_MISMATCH", "details": [:], "message": "invalid oauth scope to access this URL",
            "status": "error",
        ])
    }

    @Test func readOnlyToken_readsButCannotWrite() throws {
        #expect(try status("GET", lockPath(Seed.lockedLead) + "?fields=id", SeedTokens.readOnly) == 200)
        #expect(try status("GET", lockPath(Seed.lockedLead, Seed.lockedLeadLock), SeedTokens.readOnly) == 200)
        #expect(try status("POST", lockPath(Seed.unlockedLead), SeedTokens.readOnly, body: lockBody("x")) == 401)
        #expect(try status("PUT", lockPath(Seed.lockedLead, Seed.lockedLeadLock), SeedTokens.readOnly, body: lockBody("x")) == 401)
        #expect(try status("DELETE", lockPath(Seed.lockedLead, Seed.lockedLeadLock), SeedTokens.readOnly) == 401)
        #expect(try status("GET", configurationPath("Leads"), SeedTokens.readOnly) == 200)
        #expect(try status("POST", configurationPath("Accounts"), SeedTokens.readOnly, body: configurationBody(#"{"lock_type":"manual"}"#)) == 401)
    }

    @Test func modulesAll_coversLockingInformationButNotSettings() throws {
        #expect(try status("POST", lockPath(Seed.unlockedLead), "1000.modules.only", body: lockBody("x")) == 201)
        #expect(try status("GET", configurationPath("Leads"), "1000.modules.only") == 401)
    }

    @Test func moduleScope_coversOnlyThatModule() throws {
        #expect(try status("GET", lockPath(Seed.lockedLead) + "?fields=id", "1000.leads.only") == 200)
        #expect(try status("GET", lockPath(Seed.account, module: "Accounts") + "?fields=id", "1000.leads.only") == 401)
    }

    @Test func operationSuffix_isCaseInsensitive() throws {
        #expect(try status("GET", lockPath(Seed.lockedLead) + "?fields=id", "1000.lowercase") == 200)
        #expect(try status("POST", lockPath(Seed.unlockedLead), "1000.lowercase", body: lockBody("x")) == 401)
    }

    @Test func settingsScopes() throws {
        #expect(try status("GET", configurationPath("Leads"), "1000.settings.all") == 200)
        #expect(try status("GET", configurationPath("Leads"), "1000.config.read") == 200)
        #expect(try status("DELETE", configurationPath("Leads", id: leadsConfigurationID), "1000.config.read") == 401)
        #expect(try status("DELETE", configurationPath("Leads", id: leadsConfigurationID), "1000.config.all") == 200)
        #expect(try status("GET", lockPath(Seed.lockedLead) + "?fields=id", "1000.settings.all") == 401)
    }

    @Test func customScope_coversUserCreatedModules() throws {
        #expect(try status("POST", lockPath("5843104000000900200", module: "Projects"), "1000.custom", body: lockBody("x")) == 201)
        #expect(try status("GET", lockPath(Seed.lockedLead) + "?fields=id", "1000.custom") == 401)
    }
}
