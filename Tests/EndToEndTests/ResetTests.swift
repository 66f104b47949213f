import Testing

/// `POST /__mock/reset` (README.md#control-api; its decisions: docs/behaviour.md#the-control-api-decisions).
@Suite struct ResetTests {
    @Test func reset_returnsToTheSeed_emptiesJournalAndFaults_releasesTheClock() throws {
        let server = try TestServer()
        #expect(try server.request("POST", lockPath(Seed.unlockedLead), body: lockBody("before")).status == 201)
        try server.load(fixture: ControlFixtures.acme)
        #expect(try server.control("POST", "/__mock/faults", body: #"{"path":"/nowhere","status":500}"#).status == 201)
        #expect(try server.control("POST", "/__mock/clock", body: #"{"now":"2024-01-01T09:00:00Z"}"#).status == 200)

        let reset = try server.control("POST", "/__mock/reset")
        #expect(reset.status == 200)
        #expect(reset.json == ["orgs": [.string(Seed.orgID)]])

        #expect(try server.request("GET", lockPath(Seed.unlockedLead) + "?fields=id").status == 204)
        #expect(try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id").status == 200)
        let acme = try server.request("GET", lockPath("7100000000000000031") + "?fields=id", token: ControlFixtures.acmeToken)
        #expect(acme.json["code"] == "INVALID_TOKEN")
        #expect(try server.control("GET", "/__mock/faults").json == ["faults": []])
        #expect(try server.control("GET", "/__mock/clock").json["frozen"] == false)
        // The journal holds only what came after the reset, numbered from 1 again.
        let journal = try server.journal()
        #expect(journal.map { $0["id"] } == [1, 2, 3])
    }

    @Test func resetOrg_returnsASeededOrgToItsSeed_andLeavesOtherOrgsAlone() throws {
        let server = try TestServer()
        try server.load(fixture: ControlFixtures.acme)
        #expect(try server.request("DELETE", lockPath(Seed.lockedLead, Seed.lockedLeadLock)).status == 200)
        #expect(try server.request("POST", lockPath("7100000000000000032"), token: ControlFixtures.acmeToken, body: lockBody("acme")).status == 201)

        let reset = try server.control("POST", "/__mock/reset?org=\(Seed.orgID)")
        #expect(reset.status == 200)
        #expect(reset.json == ["org_id": .string(Seed.orgID), "restored_from_seed": true])
        let entry = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=Locked_Reason__s").json["data", 0]
        #expect(entry?["id"] == .string(Seed.lockedLeadLock))
        #expect(entry?["Locked_Reason__s"] == "deal in progress")
        // Acme keeps the lock it took.
        #expect(try server.request("GET", lockPath("7100000000000000032") + "?fields=id", token: ControlFixtures.acmeToken).status == 200)
    }

    @Test func resetOrg_removesAnOrgThatIsNotInTheSeed() throws {
        let server = try TestServer()
        try server.load(fixture: ControlFixtures.acme)
        let reset = try server.control("POST", "/__mock/reset?org=\(ControlFixtures.acmeOrg)")
        #expect(reset.status == 200)
        #expect(reset.json == ["org_id": .string(ControlFixtures.acmeOrg), "restored_from_seed": false])
        let gone = try server.request("GET", lockPath("7100000000000000031") + "?fields=id", token: ControlFixtures.acmeToken)
        #expect(gone.json["code"] == "INVALID_TOKEN")
        #expect(try server.control("GET", "/__mock/state?org=\(ControlFixtures.acmeOrg)").status == 404)
        #expect(try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id").status == 200)
    }

    @Test func resetOrg_refusals() throws {
        let server = try TestServer()
        let cases: [(String, Int, String)] = [
            ("?org=abc", 400, "org must be an org id (decimal digits), got 'abc'"),
            ("?org=", 400, "org must be an org id (decimal digits), got ''"),
            ("?org=999", 404, "no org 999: it is neither loaded nor in the seed data"),
        ]
        for (query, status, message) in cases {
            let response = try server.control("POST", "/__mock/reset" + query)
            #expect(response.status == status, "\(query)")
            #expect(response.json == ["error": .string(message)], "\(query)")
        }
    }

    @Test func reset_handsOutTheSameIDsAgain() throws {
        let server = try TestServer()
        let first = try server.request("POST", lockPath(Seed.unlockedLead), body: lockBody("one")).json["data", 0, "details", "id"]
        #expect(try server.control("POST", "/__mock/reset").status == 200)
        let second = try server.request("POST", lockPath(Seed.unlockedLead), body: lockBody("two")).json["data", 0, "details", "id"]
        #expect(first != nil)
        #expect(first == second)
    }

    @Test func reset_withoutSeed_leavesNoOrg() throws {
        let server = try TestServer(seed: false)
        try server.load(fixture: ControlFixtures.acme)
        let reset = try server.control("POST", "/__mock/reset")
        #expect(reset.status == 200)
        #expect(reset.json == ["orgs": []])
        #expect(try server.control("GET", "/__mock/state").json == ["orgs": []])
    }
}
