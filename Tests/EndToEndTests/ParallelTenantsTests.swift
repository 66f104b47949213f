import Testing

/// Two orgs' workloads at once against one server: neither sees the other's data.
@Suite struct ParallelTenantsTests {
    static func org(_ prefix: String, token: String) -> String {
        let records = (1...20).map { #"{"module":"Leads","id":"\#(prefix)\#(String(format: "%03d", $0))","name":"\#(token) lead \#($0)","owner_id":"\#(prefix)900"}"# }
        return """
            {"orgs":[{"id":"\(prefix)000","name":"\(token)","edition":"enterprise",
              "profiles":[{"id":"\(prefix)800","name":"Administrator"}],
              "users":[{"id":"\(prefix)900","name":"\(token) user","profile_id":"\(prefix)800"}],
              "tokens":[{"access_token":"\(token)","user_id":"\(prefix)900","scopes":["ZohoCRM.modules.ALL","ZohoCRM.settings.ALL"]}],
              "records":[\(records.joined(separator: ","))],
              "record_locking_configurations":[{"module":"Leads","id":"\(prefix)700","lock_type":"manual"}]}]}
            """
    }

    @Test func twoOrgsInParallel_stayApart() async throws {
        let server = try TestServer(seed: false)
        // The same record ids in both orgs: only the org (through the token) tells them apart.
        try server.load(fixture: Self.org("5000000000000000", token: "1000.alpha.token"))
        try server.load(fixture: Self.org("5000000000000000", token: "1000.beta.token").replacingOccurrences(of: "\"5000000000000000000\"", with: "\"6000000000000000000\""))
        let port = server.port
        let outcomes = try await withThrowingTaskGroup(of: (String, [String]).self) { group in
            for token in ["1000.alpha.token", "1000.beta.token"] {
                group.addTask {
                    let connection = try HTTPConnection(port: port)
                    let auth = [("Authorization", "Zoho-oauthtoken \(token)")]
                    var reasons: [String] = []
                    for index in 1...20 {
                        let record = "5000000000000000" + String(format: "%03d", index)
                        let locked = try connection.request("POST", lockPath(record), headers: auth, body: Array(lockBody("\(token) \(index)").utf8))
                        guard locked.status == 201 else { throw HTTPConnection.Failure(description: "lock \(locked.status) \(locked.text)") }
                        let read = try connection.request("GET", lockPath(record) + "?fields=Locked_Reason__s,Locked_By__s,Locked_For__s", headers: auth)
                        reasons.append(read.json["data", 0, "Locked_Reason__s"]?.stringValue ?? "?")
                        guard read.json["data", 0, "Locked_By__s", "name"]?.stringValue == "\(token) user",
                            read.json["data", 0, "Locked_For__s", "name"]?.stringValue == "\(token) lead \(index)"
                        else { throw HTTPConnection.Failure(description: "saw another org: \(read.text)") }
                    }
                    return (token, reasons)
                }
            }
            return try await group.reduce(into: [String: [String]]()) { $0[$1.0] = $1.1 }
        }
        for token in ["1000.alpha.token", "1000.beta.token"] {
            #expect(outcomes[token] == (1...20).map { "\(token) \($0)" })
        }
    }
}
