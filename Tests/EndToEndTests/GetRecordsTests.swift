import Testing
import ZohoJSON
import ZohoLocking

/// Get Records (`GET /{module}`) end to end: `fields`, `ids`, paging across a
/// page boundary and past the first 2,000 records with page tokens, sorting,
/// the `info` object, 204, and each refusal with its exact words.
@Suite struct GetRecordsTests {
    let server: TestServer
    init() throws { server = try TestServer() }

    static let seedLeadsNewestFirst = [
        Seed.docSampleLead, "5843104000000425578", Seed.otherUnlockedLead, Seed.unlockedLead, Seed.lockedLead,
    ]

    func ids(_ response: TestResponse) -> [String] {
        response.json["data"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
    }

    @Test func firstPage_showsTheAskedFieldsTheLockFlagsAndInfo() throws {
        let response = try server.request("GET", "/crm/v8/Leads?fields=Last_Name,Locked__s&per_page=2")
        #expect(response.status == 200)
        #expect(response.keys == ["data", "info"])
        #expect(response.json["data"] == [
            ["Last_Name": "Marrier (Sample)", "Locked__s": true, "$locked_for_me": true, "id": .string(Seed.docSampleLead)],
            ["Last_Name": "Paprocki (Sample)", "Locked__s": false, "$locked_for_me": false, "id": "5843104000000425578"],
        ])
        let info = try #require(response.json["info"]?.objectValue)
        #expect(info.keys == [
            "per_page", "next_page_token", "count", "sort_by", "page", "previous_page_token", "page_token_expiry",
            "sort_order", "more_records",
        ])
        #expect(info["per_page"] == 2)
        #expect(info["count"] == 2)
        #expect(info["page"] == 1)
        #expect(info["sort_by"] == "id")
        #expect(info["sort_order"] == "desc")
        #expect(info["more_records"] == true)
        #expect(info["previous_page_token"] == .null)
        #expect(info["next_page_token"]?.stringValue?.isEmpty == false)
        #expect(info["page_token_expiry"]?.stringValue.flatMap(ZohoDateTime.parse) != nil)
    }

    @Test func pages_crossTheBoundary_andTheLastHasNoToken() throws {
        let first = try server.request("GET", "/crm/v7/Leads?fields=id&per_page=3")
        let second = try server.request("GET", "/crm/v7/Leads?fields=id&per_page=3&page=2")
        #expect(ids(first) + ids(second) == Self.seedLeadsNewestFirst)
        #expect(second.json["info", "more_records"] == false)
        #expect(second.json["info", "count"] == 2)
        #expect(second.json["info", "next_page_token"] == .null)
        #expect(second.json["info", "page_token_expiry"] == .null)
        // The first page's token leads to the same second page.
        let token = try #require(first.json["info", "next_page_token"]?.stringValue)
        let byToken = try server.request("GET", "/crm/v7/Leads?fields=id&per_page=3&page_token=\(token)")
        #expect(ids(byToken) == ids(second))
        #expect(byToken.json["info", "page"] == 2)
        // Past the last record: 204 with no body.
        let past = try server.request("GET", "/crm/v7/Leads?fields=id&per_page=3&page=3")
        #expect(past.status == 204)
        #expect(past.body.isEmpty)
    }

    @Test func sortAndIds() throws {
        let ascending = try server.request("GET", "/crm/v7/Leads?fields=id&sort_order=asc")
        #expect(ids(ascending) == Self.seedLeadsNewestFirst.reversed())
        #expect(ascending.json["info", "sort_order"] == "asc")
        let byModified = try server.request("GET", "/crm/v7/Leads?fields=id&sort_by=Modified_Time&sort_order=desc")
        #expect(byModified.json["info", "sort_by"] == "Modified_Time")
        #expect(Set(ids(byModified)) == Set(Self.seedLeadsNewestFirst))
        let some = try server.request("GET", "/crm/v7/Leads?fields=Last_Name&ids=\(Seed.lockedLead),\(Seed.unlockedLead)")
        #expect(ids(some) == [Seed.unlockedLead, Seed.lockedLead])
        #expect(some.json["data", 1] == ["Last_Name": "Frey (Sample)", "$locked_for_me": true, "id": .string(Seed.lockedLead)])
    }

    @Test func noRecords_is204() throws {
        let response = try server.request("GET", "/crm/v7/Deals?fields=Deal_Name")
        #expect(response.status == 204)
        #expect(response.body.isEmpty)
    }

    @Test func excludedProfile_seesLockedButNotLockedForMe() throws {
        let body = configurationBody(
            #"{"lock_type":"both","locked_for":"all_profiles_except_excluded_profiles","lock_excluded_profiles":[{"id":"5843104000000026011"}]}"#)
        #expect(try server.request("PUT", configurationPath("Leads"), body: body).status == 200)
        let admin = try server.request("GET", "/crm/v7/Leads?fields=Locked__s&ids=\(Seed.lockedLead)")
        #expect(admin.json["data", 0] == ["Locked__s": true, "$locked_for_me": false, "id": .string(Seed.lockedLead)])
        let standard = try server.request("GET", "/crm/v7/Leads?fields=Locked__s&ids=\(Seed.lockedLead)", token: SeedTokens.standard)
        #expect(standard.json["data", 0, "$locked_for_me"] == true)
    }

    @Test(arguments: [
        ("/crm/v7/Leads", 400, "REQUIRED_PARAM_MISSING", "One of the expected parameter is missing", #"{"param":"fields"}"#),
        ("/crm/v7/Leads?fields=id&per_page=201", 400, "INVALID_DATA", "invalid data", #"{"param_name":"per_page"}"#),
        ("/crm/v7/Leads?fields=id&page=0", 400, "INVALID_DATA", "invalid data", #"{"param_name":"page"}"#),
        ("/crm/v7/Leads?fields=id&page=x", 400, "UNABLE_TO_PARSE_DATA_TYPE", "either the request body or parameters is in wrong format", "{}"),
        ("/crm/v7/Leads?fields=id&sort_by=Last_Name", 400, "INVALID_DATA", "invalid data", #"{"param_name":"sort_by"}"#),
        ("/crm/v7/Leads?fields=id&sort_order=up", 400, "INVALID_DATA", "invalid data", #"{"param_name":"sort_order"}"#),
        ("/crm/v7/Leads?fields=id&page_token=abc", 400, "INVALID_DATA", "invalid data", #"{"param_name":"page_token"}"#),
        ("/crm/v7/Leads?fields=id&page_token=abcd&page=2", 400, "INVALID_DATA", "invalid data", #"{"param_name":"page"}"#),
        ("/crm/v7/Leads?fields=id&page=11", 400, "DISCRETE_PAGINATION_LIMIT_EXCEEDED",
         "You can only get the first 2000 records without using page_token param.", #"{"limit":2000}"#),
        ("/crm/v7/Leads?fields=id&page=21&per_page=100", 400, "DISCRETE_PAGINATION_LIMIT_EXCEEDED",
         "You can only get the first 2000 records without using page_token param.", #"{"limit":2000}"#),
        ("/crm/v7/Campaigns?fields=id", 400, "INVALID_MODULE", "the module name given seems to be invalid", #"{"resource_path_index":0}"#),
    ])
    func refusals(_ target: String, _ status: Int, _ code: String, _ message: String, _ details: String) throws {
        let response = try server.request("GET", target)
        #expect(response.status == status)
        #expect(response.json["code"] == .string(code))
        #expect(response.json["message"] == .string(message))
        #expect(response.json["details"].map { JSONWriter.string($0) } == details)
    }

    @Test func pageTokens_expireAfterADay_andBelongToTheirModule() throws {
        server.server.clock.freeze(at: ZohoDateTime.parse("2024-01-01T09:00:00Z")!)
        let first = try server.request("GET", "/crm/v7/Leads?fields=id&per_page=2")
        let token = try #require(first.json["info", "next_page_token"]?.stringValue)
        #expect(first.json["info", "page_token_expiry"] == "2024-01-02T04:00:00-05:00")
        #expect(try server.request("GET", "/crm/v7/Accounts?fields=id&page_token=\(token)").json["details"] == ["param_name": "page_token"])
        server.server.clock.freeze(at: ZohoDateTime.parse("2024-01-02T09:00:01Z")!)
        let expired = try server.request("GET", "/crm/v7/Leads?fields=id&page_token=\(token)")
        #expect(expired.status == 400)
        #expect(expired.json == [
            "code": "EXPIRED_VALUE", "details": ["param_name": "page_token"],
            "message": "the given page_token has expired", "status": "error",
        ])
    }

    @Test func scope_needsTheModulesRead() throws {
        let fixture = ManyRecords.fixture(count: 1, scopes: #"["ZohoCRM.modules.accounts.READ"]"#)
        try server.load(fixture: fixture)
        let refused = try server.request("GET", "/crm/v7/Leads?fields=id", token: ManyRecords.token)
        #expect(refused.status == 401)
        #expect(refused.json["code"] == "OAUTH_SCOPE_MISMATCH")
        #expect(try server.request("GET", "/crm/v7/Leads?fields=id", token: SeedTokens.readOnly).status == 200)
    }

    @Test func pastTheFirst2000_onlyPageTokensGoOn() throws {
        try server.load(fixture: ManyRecords.fixture(count: 2_050))
        var target = "/crm/v8/Leads?fields=Last_Name&sort_order=asc"
        var seen: [String] = []
        var pages = 0
        while true {
            let page = try server.request("GET", target, token: ManyRecords.token)
            #expect(page.status == 200)
            seen += ids(page)
            pages += 1
            guard page.json["info", "more_records"] == true, let next = page.json["info", "next_page_token"]?.stringValue else { break }
            target = "/crm/v8/Leads?fields=Last_Name&page_token=\(next)"
        }
        #expect(pages == 11)
        #expect(seen == (1...2_050).map { ManyRecords.id($0) })
        let page11 = try server.request("GET", "/crm/v8/Leads?fields=id&page=11", token: ManyRecords.token)
        #expect(page11.json["code"] == "DISCRETE_PAGINATION_LIMIT_EXCEEDED")
        let page10 = try server.request("GET", "/crm/v8/Leads?fields=id&page=10&sort_order=asc", token: ManyRecords.token)
        #expect(ids(page10).last == ManyRecords.id(2_000))
        #expect(page10.json["info", "more_records"] == true)
    }
}

/// One fixture document of an org with many Leads (every tenth locked), to
/// test paging and the 2,000-record limits quickly.
enum ManyRecords {
    static let token = "1000.many.token"
    static let orgID = "7100000000000000001"

    static func id(_ n: Int) -> String { String(7_100_000_000_000_100_000 + n) }

    static func fixture(count: Int, scopes: String = #"["ZohoCRM.modules.ALL","ZohoSearch.securesearch.READ"]"#) -> String {
        let records = (1...count).map { n in
            #"{"module":"Leads","id":"\#(id(n))","owner_id":"2","fields":{"Last_Name":"Lead \#(n)","No_of_Employees":\#(n),"Email":"lead\#(n)@many.example"}}"#
        }
        let locks = stride(from: 10, through: count, by: 10).map { n in
            #"{"module":"Leads","record_id":"\#(id(n))","Locked_Reason__s":"tenth","locked_by_id":"2"}"#
        }
        return #"""
        {"orgs":[{"id":"\#(orgID)","name":"Many","edition":"enterprise",
          "profiles":[{"id":"1","name":"Administrator","record_locking":true}],
          "users":[{"id":"2","name":"Ann","email":"ann@many.example","profile_id":"1"}],
          "tokens":[{"access_token":"\#(token)","user_id":"2","scopes":\#(scopes),"expires_in":3600}],
          "records":[\#(records.joined(separator: ","))],
          "record_locking_configurations":[{"module":"Leads","id":"4","lock_type":"manual"}],
          "locks":[\#(locks.joined(separator: ","))]}]}
        """#
    }
}
