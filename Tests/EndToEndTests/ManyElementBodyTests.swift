import Testing
import ZohoMockAPI

/// Bodies of several elements, now read before the store's lock is taken and
/// answered after it: each element still sees what the ones before it did.
@Suite struct ManyElementBodyTests {
    let server: TestServer
    init() throws { server = try TestServer() }

    @Test func lockPUT_ofSeveralReasons_answersEach_andKeepsTheLast() throws {
        let body = dataBody(#"{"Locked_Reason__s":"first"}"#, "{}", #"{"Locked_Reason__s":"last"}"#, #"{"Locked_Reason__s":""}"#)
        let response = try server.request("PUT", lockPath(Seed.lockedLead, Seed.lockedLeadLock), body: body)
        #expect(response.status == 207)
        #expect(response.json["data"]?.arrayValue?.map { $0["code"]?.stringValue ?? "" }
            == ["SUCCESS", "MANDATORY_NOT_FOUND", "SUCCESS", "MANDATORY_NOT_FOUND"])
        #expect(try server.lockEntry(Seed.lockedLead)?["Locked_Reason__s"] == "last")
    }

    @Test func lockPOST_ofSeveralReasons_locksWithTheFirstValidOne() throws {
        let body = dataBody("[]", #"{"Locked_Reason__s":"first"}"#, #"{"Locked_Reason__s":"second"}"#)
        let response = try server.request("POST", lockPath(Seed.unlockedLead), body: body)
        #expect(response.status == 207)
        #expect(response.json["data"]?.arrayValue?.map { $0["code"]?.stringValue ?? "" }
            == ["INVALID_DATA", "SUCCESS", "NOT_ALLOWED"])
        #expect(try server.lockEntry(Seed.unlockedLead)?["Locked_Reason__s"] == "first")
    }

    /// Element 1 keeps what element 0 set (a PUT leaves out keys as they are).
    @Test func configurationPUT_elementsApplyInTurn() throws {
        let body = #"{"record_locking_configurations":[{"lock_type":"both","restricted_actions":["delete"]},{},"#
            + #"{"lock_type":"both"}]}"#
        let response = try server.request("PUT", configurationPath("Leads"), body: body)
        #expect(response.status == 207)
        #expect(response.json["record_locking_configurations"]?.arrayValue?.map { $0["code"]?.stringValue ?? "" }
            == ["SUCCESS", "MANDATORY_NOT_FOUND", "SUCCESS"])
        let stored = try server.request("GET", configurationPath("Leads")).json["record_locking_configurations", 0]
        #expect(stored?["restricted_actions"] == ["update", "delete"])
    }

    /// A failed element uses up the id it was given, as before elements were read ahead.
    @Test func configurationPOST_failedElementsUseUpAnIdEach() throws {
        func created(_ body: String) throws -> Int64 {
            let server = try TestServer()
            let response = try server.request("POST", configurationPath("Accounts"), body: body)
            let items = response.json["record_locking_configurations"]?.arrayValue ?? []
            let id = items.compactMap { $0["details", "id"]?.stringValue }.first
            return try #require(id.flatMap { Int64($0) })
        }
        let alone = try created(configurationBody(#"{"lock_type":"manual"}"#))
        let afterThree = try created(#"{"record_locking_configurations":[{},{"lock_type":"nope"},[],{"lock_type":"manual"}]}"#)
        #expect(afterThree == alone + 3)
    }

    /// Clearing many fields of a wide record in one update (`null` clears).
    @Test func recordPUT_clearsManyFieldsAtOnce() throws {
        let fields = (0..<40).map { #""F\#($0)__c":"v\#($0)""# }.joined(separator: ",")
        let id = try server.insertRecord("Leads", #"{"Last_Name":"Wide",\#(fields)}"#)
        let cleared = (0..<40).filter { $0 % 2 == 0 }.map { #""F\#($0)__c":null"# }.joined(separator: ",")
        #expect(try server.request("PUT", recordPath("Leads", id), body: dataBody("{\(cleared)}")).status == 200)
        let record = try #require(try server.record(id))
        let kept = record.objectValue?.keys.filter { $0.hasSuffix("__c") } ?? []
        #expect(kept == (0..<40).filter { $0 % 2 == 1 }.map { "F\($0)__c" })
    }

    /// The journal parses a body to mask it: a wide one is shown whole (up to the
    /// journal's body cap) or masked and cut (past it).
    @Test func journal_masksWideBodies() throws {
        let secret = #""access_token":"1000.secret.token""#
        let whole = #"{"data":[{"Locked_Reason__s":"r",\#(HostileBodies.members(5_000)),\#(secret)}]}"#
        #expect(whole.utf8.count < EmulatorDefaults.journalBodyBytes)
        #expect(try server.request("POST", lockPath(Seed.unlockedLead), body: whole).status == 201)
        let started = ContinuousClock.now
        let entry = try #require(try server.journal("?limit=1").first)
        #expect(ContinuousClock.now - started < HostileBodyTests.getBound)
        let element = entry["request_body", "data", 0]
        #expect(element?.objectValue?.count == 5_002)
        #expect(element?["access_token"] == "1000.****")

        let cut = #"{"data":[{\#(secret),"Locked_Reason__s":"r",\#(HostileBodies.members())}]}"#
        #expect(cut.utf8.count > EmulatorDefaults.journalBodyBytes)
        #expect(try server.request("PUT", lockPath(Seed.unlockedLead, "1"), body: cut).status == 400)
        let text = try #require(try server.journal("?limit=1").first?["request_body"]?.stringValue)
        #expect(text.hasPrefix(#"{"data":[{"access_token":"1000.****","Locked_Reason__s":"r","k0":0,"#))
        #expect(!text.contains("secret"))
    }
}
