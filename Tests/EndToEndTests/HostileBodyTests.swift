import Testing
import ZohoJSON
import ZohoLocking

/// Hostile JSON (wide, deep, long, many items) and form bodies sent to every
/// endpoint that reads a body: each gets its exact answer, and a lock GET sent
/// meanwhile on another connection is answered promptly. The old parser took
/// seconds over 30k keys, inside the store's write lock, so the GET waited.
@Suite struct HostileBodyTests {
    /// Generous for a debug build on a busy machine; the code this replaced held GETs for seconds.
    static let getBound = Duration.seconds(2)
    /// The same for the hostile request's own answer (the old parser took over 15 s on these in a debug build).
    static let answerBound = Duration.seconds(5)

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let method: String
        let target: String
        /// nil: no Authorization (the control API and the accounts server).
        let token: String?
        let bytes: @Sendable () -> [UInt8]
        let status: Int
        /// The Zoho `code` (top level or first item), or the `error` of the control API and accounts server.
        let code: String
        var testDescription: String { name }

        init(
            name: String, method: String, target: String, token: String?, body: @escaping @Sendable () -> String,
            status: Int, code: String
        ) {
            self.init(name: name, method: method, target: target, token: token, bytes: { Array(body().utf8) },
                      status: status, code: code)
        }

        init(
            name: String, method: String, target: String, token: String?, bytes: @escaping @Sendable () -> [UInt8],
            status: Int, code: String
        ) {
            (self.name, self.method, self.target, self.token) = (name, method, target, token)
            (self.bytes, self.status, self.code) = (bytes, status, code)
        }
    }

    static let lockPOST = lockPath(Seed.unlockedLead)
    static let lockPUT = lockPath(Seed.lockedLead, Seed.lockedLeadLock)
    static let leadsConfiguration = configurationPath("Leads", id: leadsConfigurationID)
    typealias B = HostileBodies

    static let zohoCases: [Case] = [
        Case(name: "lock POST, wide element", method: "POST", target: lockPOST, token: SeedTokens.admin,
             body: { #"{"data":[{"Locked_Reason__s":"r",\#(B.members())}]}"# }, status: 201, code: "SUCCESS"),
        Case(name: "lock POST, wide top level", method: "POST", target: lockPOST, token: SeedTokens.admin,
             body: { "{\(B.members())}" }, status: 400, code: "MANDATORY_NOT_FOUND"),
        Case(name: "lock POST, nested past the limit", method: "POST", target: lockPOST, token: SeedTokens.admin,
             body: { B.nested(100_000) }, status: 400, code: "UNABLE_TO_PARSE_DATA_TYPE"),
        Case(name: "lock POST, nested to the limit", method: "POST", target: lockPOST, token: SeedTokens.admin,
             body: { #"{"data":[{"Locked_Reason__s":"r","x":\#(B.nested(JSONParser.maximumDepth - 3))}]}"# },
             status: 201, code: "SUCCESS"),
        Case(name: "lock POST, long reason", method: "POST", target: lockPOST, token: SeedTokens.admin,
             body: { #"{"data":[{"Locked_Reason__s":\#(B.string("a", 300_000))}]}"# }, status: 400, code: "INVALID_DATA"),
        Case(name: "lock POST, many items", method: "POST", target: lockPOST, token: SeedTokens.admin,
             body: { B.repeated(#"{"data":[{"Locked_Reason__s":"r"},"#, "{}", "]}") }, status: 400, code: "LIMIT_EXCEEDED"),
        Case(name: "lock POST, 100 wide items", method: "POST", target: lockPOST, token: SeedTokens.admin,
             body: { B.repeated(#"{"data":["#, #"{"Locked_Reason__s":"r",\#(B.members(B.keys / 100))}"#, "]}", count: 100) },
             status: 207, code: "SUCCESS"),
        Case(name: "lock PUT, wide element", method: "PUT", target: lockPUT, token: SeedTokens.admin,
             body: { #"{"data":[{"Locked_Reason__s":"r",\#(B.members())}]}"# }, status: 200, code: "SUCCESS"),
        Case(name: "lock PUT, escaped reason", method: "PUT", target: lockPUT, token: SeedTokens.admin,
             body: { #"{"data":[{"Locked_Reason__s":\#(B.string(#"\u00e9\n"#, 1_500))}]}"# }, status: 200, code: "SUCCESS"),
        Case(name: "lock PUT, long escaped reason", method: "PUT", target: lockPUT, token: SeedTokens.admin,
             body: { #"{"data":[{"Locked_Reason__s":\#(B.string(#"\ud83d\ude00"#, 50_000))}]}"# },
             status: 400, code: "INVALID_DATA"),
        Case(name: "lock PUT, many items", method: "PUT", target: lockPUT, token: SeedTokens.admin,
             body: { B.repeated(#"{"data":["#, #"{"Locked_Reason__s":"r"}"#, "]}") }, status: 400, code: "LIMIT_EXCEEDED"),
        Case(name: "lock PUT, 100 long reasons", method: "PUT", target: lockPUT, token: SeedTokens.admin,
             body: { B.repeated(#"{"data":["#, #"{"Locked_Reason__s":\#(B.string("é", 3_000))}"#, "]}", count: 100) },
             status: 200, code: "SUCCESS"),
        Case(name: "configuration POST, wide element", method: "POST", target: configurationPath("Accounts"),
             token: SeedTokens.admin, body: { configurationBody(#"{"lock_type":"manual",\#(B.members())}"#) },
             status: 201, code: "SUCCESS"),
        Case(name: "configuration POST, many items", method: "POST", target: configurationPath("Accounts"),
             token: SeedTokens.admin, body: { B.repeated(#"{"record_locking_configurations":["#, "{}", "]}") },
             status: 400, code: "LIMIT_EXCEEDED"),
        Case(name: "configuration POST, 100 wide items", method: "POST", target: configurationPath("Accounts"),
             token: SeedTokens.admin,
             body: { B.repeated(#"{"record_locking_configurations":["#, "{\(B.members(B.keys / 100))}", "]}", count: 100) },
             status: 400, code: "MANDATORY_NOT_FOUND"),
        Case(name: "configuration POST, many rules", method: "POST", target: configurationPath("Accounts"),
             token: SeedTokens.admin,
             body: {
                 let rules = (0..<3_000).map {
                     #"{"name":"r\#($0)","criteria":{"comparator":"equal","field":{"api_name":"Phone"},"value":"\#($0)"}}"#
                 }
                 return configurationBody(#"{"lock_type":"automatic","locking_rules":[\#(rules.joined(separator: ","))]}"#)
             }, status: 400, code: "LIMIT_EXCEEDED"),
        Case(name: "configuration POST, wide criteria group", method: "POST", target: configurationPath("Accounts"),
             token: SeedTokens.admin,
             body: {
                 let leaf = #"{"comparator":"equal","field":{"api_name":"Phone"},"value":"1"}"#
                 let criteria = B.repeated(#"{"group_operator":"OR","group":["#, leaf, "]}", count: 5_000)
                 return configurationBody(#"{"lock_type":"automatic","locking_rules":[{"name":"r","criteria":\#(criteria)}]}"#)
             }, status: 201, code: "SUCCESS"),
        Case(name: "configuration PUT, many items", method: "PUT", target: configurationPath("Leads"),
             token: SeedTokens.admin, body: { B.repeated(#"{"record_locking_configurations":["#, "{}", "]}") },
             status: 400, code: "LIMIT_EXCEEDED"),
        Case(name: "configuration PUT, wide element", method: "PUT", target: configurationPath("Leads"),
             token: SeedTokens.admin, body: { configurationBody(#"{"lock_type":"both",\#(B.members())}"#) },
             status: 200, code: "SUCCESS"),
        Case(name: "configuration PUT by id, many actions", method: "PUT", target: leadsConfiguration,
             token: SeedTokens.admin,
             body: { configurationBody(B.repeated(#"{"lock_type":"both","restricted_actions":["#, #""delete""#, "]}")) },
             status: 200, code: "SUCCESS"),
        Case(name: "records POST, wide record", method: "POST", target: recordPath(), token: SeedTokens.admin,
             body: { dataBody(#"{"Last_Name":"Wide",\#(B.members())}"#) }, status: 201, code: "SUCCESS"),
        Case(name: "records POST, nested past the limit", method: "POST", target: recordPath(), token: SeedTokens.admin,
             body: { dataBody(#"{"Last_Name":"Deep","x":\#(B.nested(100_000))}"#) }, status: 400,
             code: "UNABLE_TO_PARSE_DATA_TYPE"),
        Case(name: "records POST, long escaped name", method: "POST", target: recordPath(), token: SeedTokens.admin,
             body: { dataBody(#"{"Last_Name":\#(B.string(#"\"\\\u00e9"#, 50_000))}"#) }, status: 201, code: "SUCCESS"),
        Case(name: "records POST, long invalid UTF-8", method: "POST", target: recordPath(), token: SeedTokens.admin,
             bytes: { Array(#"{"data":[{"Last_Name":""#.utf8) + Array(String(repeating: "é", count: 100_000).utf8) + [0xC3]
                 + Array(#""}]}"#.utf8) },
             status: 400, code: "UNABLE_TO_PARSE_DATA_TYPE"),
        Case(name: "records POST, huge number", method: "POST", target: recordPath(), token: SeedTokens.admin,
             body: { dataBody(#"{"Last_Name":"Rich","Annual_Revenue":1\#(String(repeating: "0", count: 300_000))}"#) },
             status: 201, code: "SUCCESS"),
        Case(name: "records POST, long array", method: "POST", target: recordPath(), token: SeedTokens.admin,
             body: { dataBody(B.repeated(#"{"Last_Name":"List","List__c":["#, "0", "]}", count: 100_000)) },
             status: 201, code: "SUCCESS"),
        Case(name: "records POST, many records", method: "POST", target: recordPath(), token: SeedTokens.admin,
             body: { B.repeated(#"{"data":["#, "{}", "]}") }, status: 400, code: "LIMIT_EXCEEDED"),
        Case(name: "records PUT, wide record", method: "PUT", target: recordPath(), token: SeedTokens.admin,
             body: { dataBody(#"{"id":"\#(Seed.unlockedLead)",\#(B.members())}"#) }, status: 200, code: "SUCCESS"),
        Case(name: "records PUT by id, wide record", method: "PUT", target: recordPath("Leads", Seed.unlockedLead),
             token: SeedTokens.admin, body: { dataBody("{\(B.members())}") }, status: 200, code: "SUCCESS"),
    ]

    static let controlCases: [Case] = [
        Case(name: "fixtures, wide record", method: "POST", target: "/__mock/fixtures", token: nil,
             body: { #"{"orgs":[{"id":"7000000000000000001","records":[{"module":"Leads","fields":{\#(B.members())}}]}]}"# },
             status: 200, code: ""),
        Case(name: "fixtures, many profiles", method: "POST", target: "/__mock/fixtures", token: nil,
             body: { B.repeated(#"{"orgs":[{"id":"7000000000000000001","profiles":["#, #"{"name":"p"}"#, "]}]}") },
             status: 200, code: ""),
        Case(name: "fixtures, nested past the limit", method: "POST", target: "/__mock/fixtures", token: nil,
             body: { B.nested(100_000) }, status: 400, code: "the body is not a JSON document"),
        Case(name: "fixtures, too many orgs", method: "POST", target: "/__mock/fixtures", token: nil,
             body: { B.repeated(#"{"orgs":["#, "{}", "]}", count: FixtureLoader.maximumOrgs + 1) }, status: 400,
             code: "$.orgs: holds 10001 orgs; one document may hold 10000"),
        Case(name: "faults, wide body", method: "POST", target: "/__mock/faults", token: nil,
             body: { #"{"path":"/nowhere","status":500,"body":{\#(B.members())}}"# }, status: 201, code: ""),
        Case(name: "faults, wide rule", method: "POST", target: "/__mock/faults", token: nil,
             body: { "{\(B.members())}" }, status: 400, code: "unknown key k0; a fault rule takes \(faultKeys)"),
        Case(name: "clock, wide", method: "POST", target: "/__mock/clock", token: nil,
             body: { #"{"advance_seconds":1,\#(B.members())}"# }, status: 400,
             code: "unknown key k0; the clock takes now or advance_seconds"),
        Case(name: "clock, long string", method: "POST", target: "/__mock/clock", token: nil,
             body: { #"{"now":\#(B.string("9", 300_000))}"# }, status: 400,
             code: "now must be an ISO-8601 date-time with Z or an offset, e.g. 2024-01-01T09:00:00Z"),
        Case(name: "token, wide form", method: "POST", target: "/oauth/v2/token", token: nil,
             body: { "grant_type=refresh_token&" + (0..<B.keys).map { "f\($0)=1" }.joined(separator: "&") },
             status: 200, code: "invalid_client"),
        Case(name: "revoke, wide form", method: "POST", target: "/oauth/v2/token/revoke", token: nil,
             body: { (0..<B.keys).map { "f\($0)=1" }.joined(separator: "&") }, status: 400, code: "invalid_token"),
    ]

    static let faultKeys =
        "body, code, delay_ms, drop_connection, method, org_id, path, probability, seed, status, times"

    let server: TestServer
    init() throws { server = try TestServer() }

    @Test(arguments: zohoCases + changeOwnerCases + upsertCases + massUpdateCases + controlCases)
    func hostileBody_getsItsAnswer_andDoesNotHoldUpOthers(_ hostile: Case) throws {
        let answer = try server.requestWhileProbing(
            hostile.method, hostile.target, token: hostile.token, body: hostile.bytes())
        let response = answer.response
        #expect(response.status == hostile.status, "\(response.text.prefix(300))")
        let json = response.json
        let code = json["code"] ?? json["data", 0, "code"] ?? json["record_locking_configurations", 0, "code"]
            ?? json["error"]
        #expect(code?.stringValue ?? "" == hostile.code, "\(response.text.prefix(300))")
        #expect(answer.elapsed < Self.answerBound)
        #expect(answer.slowestGet < Self.getBound, "slowest of \(answer.gets) concurrent GETs: \(answer.slowestGet)")
    }
}
