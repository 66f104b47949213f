import Testing

/// Orgs are tenants: a token sees its own org only, even where ids coincide.
@Suite struct TenancyTests {
    let server: TestServer
    init() throws { server = try TestServer() }

    /// A second org that reuses the seed's record and lock ids.
    static let twin = """
        { "orgs": [{ "id": "7300000000000000001", "name": "Twin", "edition": "enterprise",
          "profiles": [{ "id": "1", "name": "Administrator", "record_locking": true }],
          "users": [{ "id": "2", "name": "Tess Twin", "email": "tess@twin.example", "profile_id": "1" }],
          "tokens": [{ "access_token": "1000.twin.token", "user_id": "2", "scopes": ["ZohoCRM.modules.ALL"] }],
          "records": [{ "module": "Leads", "id": "5843104000000425566", "name": "Twin lead", "owner_id": "2" }],
          "record_locking_configurations": [{ "module": "Leads", "id": "5843104000000758004", "lock_type": "manual" }] }] }
        """

    @Test func sameIDsInTwoOrgs_neverMix() throws {
        try server.load(fixture: Self.twin)
        #expect(try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id", token: "1000.twin.token").status == 204)
        let locked = try server.request("POST", lockPath(Seed.lockedLead), token: "1000.twin.token", body: lockBody("twin"))
        #expect(locked.status == 201)
        #expect(locked.json["data", 0, "details", "Created_By", "name"] == "Tess Twin")
        let seedEntry = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=Locked_Reason__s").json["data", 0]
        #expect(seedEntry?["Locked_Reason__s"] == "deal in progress")
        #expect(seedEntry?["id"] == .string(Seed.lockedLeadLock))
        // A record of the seed org that the twin org lacks is simply not found for it.
        #expect(try server.request("GET", lockPath(Seed.docSampleLead) + "?fields=id", token: "1000.twin.token").json["message"]
            == "the related id given seems to be invalid")
    }
}
