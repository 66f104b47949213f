import Testing

/// The order checks apply in (docs/zoho-api.md#errors): authentication, URL,
/// method, version, scope, module, parameters, ids, edition, configuration,
/// profile, body. Each request below fails several checks; the earliest answers.
@Suite struct PrecedenceTests {
    let server: TestServer
    init() throws {
        server = try TestServer()
        try server.load(fixture: String(decoding: try RepositoryPaths.fixture("professional-org.json"), as: UTF8.self))
    }

    func code(_ method: String, _ path: String, _ token: String?, body: String? = nil) throws -> String? {
        try server.request(method, path, token: token, body: body).json["code"]?.stringValue
    }

    @Test func eachCheckBeatsTheNext() throws {
        let noScope = SeedTokens.readOnly  // read scopes only
        #expect(try code("PATCH", "/crm/v2/Nope/x/y", nil) == "AUTHENTICATION_FAILURE")
        #expect(try code("PATCH", "/crm/v2/Nope/x/y", "1000.unknown") == "INVALID_TOKEN")
        #expect(try code("PATCH", "/crm/v2/Nope/x/y", noScope) == "INVALID_URL_PATTERN")
        #expect(try code("PATCH", lockPath("x", module: "Nope", version: "v2"), noScope) == "INVALID_REQUEST_METHOD")
        #expect(try code("POST", lockPath("x", module: "Nope", version: "v2"), noScope) == "API_NOT_SUPPORTED")
        #expect(try code("POST", lockPath("x", module: "Nope"), noScope) == "OAUTH_SCOPE_MISMATCH")
        #expect(try code("POST", lockPath("x", module: "Nope"), SeedTokens.standard) == "INVALID_MODULE")
        #expect(try code("GET", lockPath("x"), SeedTokens.standard) == "REQUIRED_PARAM_MISSING")
        #expect(try code("GET", lockPath("x") + "?fields=id", SeedTokens.standard) == "UNABLE_TO_PARSE_DATA_TYPE")
        #expect(try code("GET", lockPath("1") + "?fields=id", SeedTokens.standard) == "INVALID_DATA")
        #expect(try code("GET", lockPath("7000000000000000031") + "?fields=id", "1000.professional.token") == "FEATURE_NOT_SUPPORTED")
        #expect(try code("GET", lockPath(Seed.account, module: "Accounts") + "?fields=id", SeedTokens.standard) == "NOT_ALLOWED")
        #expect(try code("POST", lockPath(Seed.unlockedLead), SeedTokens.standard, body: "not json") == "NO_PERMISSION")
        #expect(try code("POST", lockPath(Seed.unlockedLead), SeedTokens.admin, body: "not json") == "UNABLE_TO_PARSE_DATA_TYPE")
        #expect(try code("POST", lockPath(Seed.lockedLead), SeedTokens.admin, body: #"{"data":[{}]}"#) == nil)  // per-item MANDATORY_NOT_FOUND
    }

    @Test func configurationChecksInOrder() throws {
        #expect(try code("GET", configurationPath(nil), SeedTokens.standard) == "REQUIRED_PARAM_MISSING")
        #expect(try code("GET", configurationPath("Nope"), SeedTokens.standard) == "INVALID_MODULE")
        #expect(try code("GET", configurationPath("Products"), SeedTokens.standard) == "NOT_SUPPORTED")
        #expect(try code("GET", configurationPath("Leads"), "1000.professional.token") == "FEATURE_NOT_SUPPORTED")
        #expect(try code("GET", configurationPath("Leads", id: "42"), SeedTokens.standard) == "NO_PERMISSION")
        #expect(try code("GET", configurationPath("Leads", id: "42"), SeedTokens.admin) == "INVALID_DATA")
    }
}
