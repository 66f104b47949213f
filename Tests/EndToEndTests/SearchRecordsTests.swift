import Testing
import ZohoJSON
import ZohoLocking

/// Search Records (`GET /{module}/search`) end to end: criteria with the
/// operators per field type, escapes, email, phone and word, paging, the
/// 2,000-record limit, locked records, scopes, and each refusal with its words.
@Suite struct SearchRecordsTests {
    let server: TestServer
    init() throws { server = try TestServer() }

    func search(_ query: String, token: String = SeedTokens.admin) throws -> TestResponse {
        try server.request("GET", "/crm/v8/Leads/search?\(query)", token: token)
    }

    func ids(_ response: TestResponse) -> [String] {
        response.json["data"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
    }

    @Test func lockedRecords_areFoundByLockedS() throws {
        let locked = try search("criteria=(Locked__s:equals:true)&fields=Last_Name,Locked__s")
        #expect(locked.status == 200)
        #expect(locked.json == [
            "data": [
                ["Last_Name": "Marrier (Sample)", "Locked__s": true, "$locked_for_me": true, "id": .string(Seed.docSampleLead)],
                ["Last_Name": "Frey (Sample)", "Locked__s": true, "$locked_for_me": true, "id": .string(Seed.lockedLead)],
            ],
            "info": ["per_page": 200, "count": 2, "sort_by": "id", "page": 1, "sort_order": "desc", "more_records": false],
        ])
        let unlocked = try search("criteria=(Locked__s:not_equal:true)")
        #expect(ids(unlocked) == ["5843104000000425578", Seed.otherUnlockedLead, Seed.unlockedLead])
        // Every field when `fields` is absent, as by id.
        #expect(unlocked.json["data", 0, "Owner", "name"] == "Mark Henry")
        // Unlocking takes the record out of the locked ones.
        #expect(try server.request("DELETE", lockPath(Seed.lockedLead, Seed.lockedLeadLock)).status == 200)
        #expect(ids(try search("criteria=(Locked__s:equals:true)")) == [Seed.docSampleLead])
    }

    @Test(arguments: [
        // text: equals behaves like contains; starts_with; in; not_equal
        ("criteria=(Last_Name:equals:frey)", [Seed.lockedLead]),
        ("criteria=(Last_Name:starts_with:Wie)", [Seed.unlockedLead]),
        ("criteria=(Last_Name:in:Frey %5C(Sample%5C),Wieser %5C(Sample%5C))", [Seed.unlockedLead, Seed.lockedLead]),
        ("criteria=((Locked__s:equals:false)and(Last_Name:not_equal:Wieser %5C(Sample%5C)))",
         ["5843104000000425578", Seed.otherUnlockedLead]),
        ("criteria=((Last_Name:starts_with:Frey)or(Last_Name:starts_with:Marrier))", [Seed.docSampleLead, Seed.lockedLead]),
        // numbers and date-times
        ("criteria=(Annual_Revenue:greater_than:850000)", [Seed.docSampleLead]),
        ("criteria=(Annual_Revenue:greater_equal:850000)", [Seed.docSampleLead, Seed.lockedLead]),
        ("criteria=(Annual_Revenue:between:120000,850000)", [Seed.otherUnlockedLead, Seed.unlockedLead, Seed.lockedLead]),
        ("criteria=(Annual_Revenue:less_than:120000)", ["5843104000000425578"]),
        ("criteria=(Annual_Revenue:in:45000,3500000)", [Seed.docSampleLead, "5843104000000425578"]),
        ("criteria=(Created_Time:less_than:2000-01-01T00:00:00%2B00:00)", []),
        // owner lookups by id or name; booleans
        ("criteria=(Owner:equals:5843104000000424690)", ["5843104000000425578", Seed.otherUnlockedLead]),
        ("criteria=(Owner:in:Patricia Boyle)", [Seed.docSampleLead, Seed.unlockedLead, Seed.lockedLead]),
        ("criteria=(Email_Opt_Out:equals:true)", []),
        // a lone condition without parentheses
        ("criteria=Last_Name:starts_with:Frey", [Seed.lockedLead]),
    ])
    func criteria_operatorsPerType(_ query: String, _ expected: [String]) throws {
        let response = try search(query.replacingOccurrences(of: " ", with: "%20"))
        #expect(ids(response) == expected, "\(response.text)")
        #expect(response.status == (expected.isEmpty ? 204 : 200))
    }

    @Test func escapes_standForTheCharacter() throws {
        let id = try server.insertRecord("Leads", #"{"Last_Name":"Burns,B (x)"}"#)
        #expect(ids(try search(#"criteria=(Last_Name:equals:Burns%5C,B%20%5C(x%5C))"#)) == [id])
        #expect(ids(try search(#"criteria=(Last_Name:in:Burns%5C,B%20%5C(x%5C),other)"#)) == [id])
    }

    @Test func emailPhoneWord() throws {
        let id = try server.insertRecord("Leads", #"{"Last_Name":"Searchable","Email":"find.me@zylker.example","Phone":"555-0100"}"#)
        #expect(ids(try search("email=FIND.ME@zylker.example")) == [id])
        #expect(ids(try search("phone=555-0100")) == [id])
        #expect(ids(try search("word=earchab")) == [id])
        // criteria wins over the others.
        #expect(ids(try search("criteria=(Last_Name:equals:Frey)&word=earchab")) == [Seed.lockedLead])
        #expect(try search("email=nobody@zylker.example").status == 204)
    }

    @Test func paging_andTheLimitOf2000() throws {
        try server.load(fixture: ManyRecords.fixture(count: 2_050))
        let locked = try search("criteria=(Locked__s:equals:true)&per_page=200&page=2", token: ManyRecords.token)
        #expect(locked.status == 200)
        #expect(locked.json["info", "count"] == 5)
        #expect(locked.json["info", "more_records"] == false)
        let tail = try search("criteria=(No_of_Employees:greater_equal:2001)&per_page=20", token: ManyRecords.token)
        #expect(ids(tail) == (2_031...2_050).reversed().map { ManyRecords.id($0) })
        #expect(tail.json["info", "more_records"] == true)
        let last = try search("word=Lead&page=10&per_page=200", token: ManyRecords.token)
        #expect(last.json["info", "count"] == 200)
        #expect(last.json["info", "more_records"] == true)
        let past = try search("word=Lead&page=11&per_page=200", token: ManyRecords.token)
        #expect(past.status == 400)
        #expect(past.json == [
            "code": "LIMIT_REACHED", "details": ["limit": 2000],
            "message": "Maximum response iteration limit reached", "status": "error",
        ])
    }

    @Test func excludedProfile_seesLockedButNotLockedForMe() throws {
        let body = configurationBody(
            #"{"lock_type":"both","locked_for":"all_profiles_except_excluded_profiles","lock_excluded_profiles":[{"id":"5843104000000026011"}]}"#)
        #expect(try server.request("PUT", configurationPath("Leads"), body: body).status == 200)
        let admin = try search("criteria=(Last_Name:starts_with:Frey)&fields=Locked__s")
        #expect(admin.json["data", 0] == ["Locked__s": true, "$locked_for_me": false, "id": .string(Seed.lockedLead)])
        let standard = try search("criteria=(Last_Name:starts_with:Frey)&fields=Locked__s", token: SeedTokens.standard)
        #expect(standard.json["data", 0, "$locked_for_me"] == true)
    }

    @Test func scope_needsSecureSearchAndTheModule() throws {
        try server.load(fixture: ManyRecords.fixture(count: 1, scopes: #"["ZohoCRM.modules.ALL"]"#))
        let refused = try search("word=Lead", token: ManyRecords.token)
        #expect(refused.status == 401)
        #expect(refused.json["code"] == "OAUTH_SCOPE_MISMATCH")
    }

    @Test(arguments: [
        ("", "EXPECTED_PARAM_MISSING", "mandatory param missing", #"{"expected_params":["criteria","email","phone","word"]}"#),
        ("criteria=(Nope:equals:1)", "INVALID_QUERY", "invalid query formed",
         #"{"reason":"the field is not available for search","api_name":"Nope"}"#),
        ("criteria=(Email_Opt_Out:starts_with:t)", "INVALID_QUERY", "invalid query formed",
         #"{"reason":"invalid operator found","api_name":"Email_Opt_Out"}"#),
        ("criteria=(Lead_Status:starts_with:New)", "INVALID_QUERY", "invalid query formed",
         #"{"reason":"invalid operator found","api_name":"Lead_Status"}"#),
        ("criteria=(Annual_Revenue:greater_than:lots)", "INVALID_QUERY", "invalid query formed",
         #"{"reason":"the value does not match the data type of the field","api_name":"Annual_Revenue"}"#),
        ("criteria=(Annual_Revenue:between:1)", "INVALID_QUERY", "invalid query formed",
         #"{"reason":"the value does not match the data type of the field","api_name":"Annual_Revenue"}"#),
        ("criteria=(Owner:starts_with:Pat)", "INVALID_QUERY", "invalid query formed",
         #"{"reason":"invalid operator found","api_name":"Owner"}"#),
        ("criteria=(Email_Opt_Out:equals:maybe)", "INVALID_QUERY", "invalid query formed",
         #"{"reason":"the value does not match the data type of the field","api_name":"Email_Opt_Out"}"#),
        ("criteria=(Last_Name:like:x)", "INVALID_QUERY", "invalid query formed",
         #"{"reason":"invalid operator found","api_name":"Last_Name"}"#),
        ("criteria=((Last_Name:equals:x)", "INVALID_QUERY", "invalid query formed", #"{"reason":"the criteria is not well formed"}"#),
        ("criteria=(Last_Name:equals:x)xor(Last_Name:equals:y)", "INVALID_QUERY", "invalid query formed",
         #"{"reason":"the criteria is not well formed"}"#),
        ("word=a", "INVALID_DATA", "The search value contains special characters or does not contain at least two characters",
         #"{"param_name":"word"}"#),
        ("word=ab&per_page=201", "INVALID_DATA", "invalid data", #"{"param_name":"per_page"}"#),
        ("word=ab&page=3&per_page=1000", "INVALID_DATA", "invalid data", #"{"param_name":"per_page"}"#),
    ])
    func refusals(_ query: String, _ code: String, _ message: String, _ details: String) throws {
        let response = try search(query)
        #expect(response.status == 400)
        #expect(response.json["code"] == .string(code))
        #expect(response.json["message"] == .string(message))
        #expect(response.json["details"].map { JSONWriter.string($0) } == details)
    }

    @Test func inWithMoreThan100Values_andMoreThan10Conditions() throws {
        let values = (1...101).map(String.init).joined(separator: ",")
        let many = try search("criteria=(Last_Name:in:\(values))")
        #expect(many.json["message"] == #"Only 100 values are allowed in "IN" criteria"#)
        #expect(many.json["details"] == ["param_name": "Last_Name"])
        let eleven = "(" + Array(repeating: "(Last_Name:equals:x)", count: 11).joined(separator: "or") + ")"
        #expect(try search("criteria=\(eleven)").json["details"] == ["reason": "only 10 criteria are allowed"])
    }
}
