import Testing

/// Locks bite (docs/zoho-api.md#enforcement-and-automatic-locking): on a locked
/// record the restricted actions fail with RECORD_LOCKED per item; excluded
/// fields, excluded profiles and `restricted_actions` without `delete` let writes
/// through. The seed's Leads configuration restricts update, tags, convert, delete
/// and change_owner, excludes `Description`, and is locked for all profiles.
@Suite struct LockEnforcementTests {
    let server: TestServer
    init() throws { server = try TestServer() }

    /// PUTs the Leads configuration with the given keys (besides `lock_type`).
    func reconfigureLeads(_ keys: String) throws {
        let response = try server.request(
            "PUT", configurationPath("Leads"), body: configurationBody(#"{"lock_type":"both",\#(keys)}"#))
        #expect(response.status == 200, "\(response.text)")
    }

    // MARK: - update

    @Test func update_ofALockedRecord_returnsRecordLockedAndChangesNothing() throws {
        for (method, path, body) in [
            ("PUT", recordPath("Leads", Seed.lockedLead), dataBody(#"{"Company":"Taken"}"#)),
            ("PUT", recordPath("Leads"), dataBody(#"{"id":"\#(Seed.lockedLead)","Company":"Taken"}"#)),
        ] {
            let response = try server.request(method, path, body: body)
            #expect(response.status == 400)
            #expect(response.json == ["data": [recordLockedItem(Seed.lockedLead)]])
        }
        let record = try #require(try server.record(Seed.lockedLead))
        #expect(record["Company"] == "Dal Tile Corporation")
    }

    @Test func update_confinedToExcludedFields_passes() throws {
        let response = try server.request("PUT", recordPath("Leads", Seed.lockedLead), body: dataBody(
            // Values sent back unchanged are not changes; system fields are ignored.
            #"{"Description":"still negotiating","Company":"Dal Tile Corporation","id":"1","Modified_Time":"x"}"#))
        #expect(response.status == 200)
        #expect(response.json["data", 0, "message"] == "record updated")
        #expect(try server.record(Seed.lockedLead)?["Description"] == "still negotiating")
        // One protected field more and the whole item is refused.
        let mixed = try server.request("PUT", recordPath("Leads", Seed.lockedLead), body: dataBody(
            #"{"Description":"again","Lead_Status":"Lost Lead"}"#))
        #expect(mixed.json == ["data": [recordLockedItem(Seed.lockedLead)]])
        #expect(try server.record(Seed.lockedLead)?["Description"] == "still negotiating")
    }

    @Test func changingTheOwnerOfALockedRecord_isRefused() throws {
        let response = try server.request("PUT", recordPath("Leads", Seed.lockedLead), body: dataBody(
            #"{"Owner":{"id":"5843104000000424690"}}"#))
        #expect(response.json == ["data": [recordLockedItem(Seed.lockedLead)]])
    }

    @Test func batch_ofLockedAndUnlockedRecords_answers207PerItem() throws {
        let response = try server.request("PUT", recordPath("Leads"), body: dataBody(
            #"{"id":"\#(Seed.lockedLead)","Rating":"Hot"}"#, #"{"id":"\#(Seed.unlockedLead)","Rating":"Hot"}"#,
            #"{"id":"\#(Seed.docSampleLead)","Description":"excluded field"}"#,
            #"{"id":"\#(Seed.docSampleLead)","Rating":"Hot"}"#))
        #expect(response.status == 207)
        let items = try #require(response.json["data"]?.arrayValue)
        #expect(items.count == 4)
        #expect(items[0] == recordLockedItem(Seed.lockedLead))
        #expect(items[1]["code"] == "SUCCESS")
        #expect(items[1]["details", "id"] == .string(Seed.unlockedLead))
        #expect(items[2]["code"] == "SUCCESS")
        #expect(items[3] == recordLockedItem(Seed.docSampleLead))
        #expect(try server.record(Seed.unlockedLead)?["Rating"] == "Hot")
        #expect(try server.record(Seed.lockedLead)?["Rating"] == nil)
    }

    @Test func unlocking_letsWritesThrough() throws {
        #expect(try server.request("DELETE", lockPath(Seed.lockedLead, Seed.lockedLeadLock)).status == 200)
        let response = try server.request("PUT", recordPath("Leads", Seed.lockedLead), body: dataBody(#"{"Company":"Free"}"#))
        #expect(response.status == 200)
        #expect(try server.record(Seed.lockedLead)?["Locked__s"] == false)
    }

    // MARK: - delete

    @Test func delete_ofALockedRecord_returnsRecordLockedWhenDeleteIsRestricted() throws {
        let single = try server.request("DELETE", recordPath("Leads", Seed.lockedLead))
        #expect(single.status == 400)
        #expect(single.json == ["data": [recordLockedItem(Seed.lockedLead)]])
        let batch = try server.request("DELETE", recordPath("Leads") + "?ids=\(Seed.lockedLead),\(Seed.unlockedLead)")
        #expect(batch.status == 207)
        #expect(batch.json == ["data": [recordLockedItem(Seed.lockedLead), deletedItem(Seed.unlockedLead)]])
        #expect(try server.record(Seed.lockedLead) != nil)
        #expect(try server.lockEntry(Seed.lockedLead)?["id"] == .string(Seed.lockedLeadLock))
    }

    @Test func delete_ofALockedRecord_passesWhenDeleteIsNotRestricted_andTakesTheLock() throws {
        try reconfigureLeads(#""restricted_actions":["update","tags"]"#)
        let response = try server.request("DELETE", recordPath("Leads", Seed.lockedLead))
        #expect(response.status == 200)
        #expect(response.json == ["data": [deletedItem(Seed.lockedLead)]])
        // Update stays restricted: it always is.
        let update = try server.request("PUT", recordPath("Leads", Seed.docSampleLead), body: dataBody(#"{"Rating":"Hot"}"#))
        #expect(update.json == ["data": [recordLockedItem(Seed.docSampleLead)]])
        // The lock went with the record: the record id is unknown to the locking API now.
        let locks = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id")
        #expect(locks.json["message"] == "the related id given seems to be invalid")
    }

    // MARK: - who the lock binds

    @Test func excludedProfiles_actAsIfUnlocked_othersStayBound() throws {
        // Patricia is an Administrator; Mark Henry's profile is Standard.
        try reconfigureLeads(#""locked_for":"all_profiles_except_excluded_profiles","lock_excluded_profiles":[{"id":"5843104000000026011"}]"#)
        #expect(try server.record(Seed.lockedLead)?["$locked_for_me"] == false)
        #expect(try server.record(Seed.lockedLead, token: SeedTokens.standard)?["$locked_for_me"] == true)

        let mark = try server.request("PUT", recordPath("Leads", Seed.lockedLead), token: SeedTokens.standard,
            body: dataBody(#"{"Company":"Mark's"}"#))
        #expect(mark.json == ["data": [recordLockedItem(Seed.lockedLead)]])
        let markDelete = try server.request("DELETE", recordPath("Leads", Seed.docSampleLead), token: SeedTokens.standard)
        #expect(markDelete.json == ["data": [recordLockedItem(Seed.docSampleLead)]])

        let patricia = try server.request("PUT", recordPath("Leads", Seed.lockedLead), body: dataBody(#"{"Company":"Patricia's"}"#))
        #expect(patricia.status == 200)
        #expect(try server.record(Seed.lockedLead)?["Company"] == "Patricia's")
        // The exempt user's write leaves the lock in place.
        #expect(try server.lockEntry(Seed.lockedLead)?["id"] == .string(Seed.lockedLeadLock))
        #expect(try server.request("DELETE", recordPath("Leads", Seed.docSampleLead)).status == 200)
    }

    @Test func lockedForAllProfiles_bindsAdministratorsToo() throws {
        // The seed's `locked_for` is all_profiles: Patricia, an Administrator, is bound.
        #expect(try server.record(Seed.lockedLead)?["$locked_for_me"] == true)
        let response = try server.request("PUT", recordPath("Leads", Seed.lockedLead), body: dataBody(#"{"Company":"x"}"#))
        #expect(response.json == ["data": [recordLockedItem(Seed.lockedLead)]])
    }

    @Test func manualLockThroughTheAPI_bitesAtOnce() throws {
        #expect(try server.request("PUT", recordPath("Leads", Seed.unlockedLead), body: dataBody(#"{"Rating":"Warm"}"#)).status == 200)
        #expect(try server.request("POST", lockPath(Seed.unlockedLead), body: lockBody("hold")).status == 201)
        let response = try server.request("PUT", recordPath("Leads", Seed.unlockedLead), body: dataBody(#"{"Rating":"Cold"}"#))
        #expect(response.status == 400)
        #expect(response.json == ["data": [recordLockedItem(Seed.unlockedLead)]])
    }
}
