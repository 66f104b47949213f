import LockStore
import Testing
import ZohoLocking

/// A write that throws leaves nothing behind; so does a rejected fixture document.
struct TransactionRollbackTests {
    typealias F = StoreFixture

    @Test func write_rollsBackInsertWhenClosureThrows() throws {
        let store = try F.loadedStore()
        #expect(throws: Abort.self) {
            try store.write { repository in
                try repository.insertLock(orgID: F.orgID, F.manualLock())
                throw Abort()
            }
        }
        #expect(try store.read { try $0.lock(orgID: F.orgID, recordID: F.leadOneID) } == nil)
    }

    @Test func write_rollsBackEveryChangeOfTheClosure() throws {
        let store = try F.loadedStore()
        let original = F.manualLock()
        try store.write { try $0.insertLock(orgID: F.orgID, original) }
        #expect(throws: Abort.self) {
            try store.write { repository in
                try repository.updateLockReason(
                    orgID: F.orgID, lockID: original.id, reason: "changed", modifiedBy: F.standardUserID, at: 1)
                try repository.insertLock(
                    orgID: F.orgID,
                    F.manualLock(id: ZohoID(5_843_104_000_000_000_902), recordID: F.leadTwoID, recordName: "Lead Two"))
                try repository.upsertOrg(Org(id: F.orgID, name: "Renamed", edition: .free, timeZone: nil, lockingModuleCreated: false))
                throw Abort()
            }
        }
        #expect(try store.read { try $0.lock(orgID: F.orgID, recordID: F.leadOneID) } == original)
        #expect(try store.read { try $0.lock(orgID: F.orgID, recordID: F.leadTwoID) } == nil)
        let org = try store.read { try $0.caller(accessToken: "1000.admin", now: F.loadTime) }?.org
        #expect(org?.name == "Zylker")
        #expect(org?.edition == .enterprise)
    }

    @Test func write_rollsBackIdSequence() throws {
        let store = try F.loadedStore()
        #expect(throws: Abort.self) {
            try store.write { repository in
                _ = try repository.generateID(orgID: F.orgID)
                throw Abort()
            }
        }
        #expect(try store.write { try $0.generateID(orgID: F.orgID) } == ZohoID(5_843_104_000_900_000_001))
    }

    @Test func write_rollsBackWhenLockConflictEscapes() throws {
        let store = try F.loadedStore()
        try store.write { try $0.insertLock(orgID: F.orgID, F.manualLock()) }
        #expect(throws: LockConflict.self) {
            try store.write { repository in
                try repository.insertLock(
                    orgID: F.orgID,
                    F.manualLock(id: ZohoID(5_843_104_000_000_000_902), recordID: F.leadTwoID, recordName: "Lead Two"))
                try repository.insertLock(orgID: F.orgID, F.manualLock(id: ZohoID(5_843_104_000_000_000_903)))
            }
        }
        #expect(try store.read { try $0.lock(orgID: F.orgID, recordID: F.leadTwoID) } == nil)
    }

    @Test func write_storeStaysUsableAfterRollback() throws {
        let store = try F.loadedStore()
        #expect(throws: Abort.self) { try store.write { _ in throw Abort() } }
        try store.write { try $0.insertLock(orgID: F.orgID, F.manualLock()) }
        #expect(try store.read { try $0.lock(orgID: F.orgID, recordID: F.leadOneID) } != nil)
    }

    @Test func load_rejectedDocumentLeavesNothing() throws {
        let store = try F.emptyStore()
        // Valid up to the second user, whose profile does not exist.
        let document = """
            { "orgs": [{
              "id": "5843104000000000101", "name": "Zylker",
              "profiles": [{ "id": "5843104000000000201", "name": "Administrator" }],
              "users": [
                { "id": "5843104000000000301", "name": "Patricia Boyle", "profile_id": "5843104000000000201" },
                { "id": "5843104000000000302", "name": "Sam Standard", "profile_id": "999" }],
              "tokens": [{ "access_token": "1000.admin", "user_id": "5843104000000000301" }]
            }]}
            """
        let error = #expect(throws: FixtureError.self) { try F.load(document, into: store) }
        #expect(error?.message == "$.orgs[0].users[1].profile_id: no profile 999 in org 5843104000000000101")
        #expect(try store.isEmpty())
        #expect(try store.read { try $0.caller(accessToken: "1000.admin", now: F.loadTime) } == nil)
    }

    @Test func load_rejectedSecondOrgRollsBackTheFirstToo() throws {
        let store = try F.emptyStore()
        let document = """
            { "orgs": [
              { "id": "5843104000000000101", "modules": [{ "api_name": "Projects" }] },
              { "id": "6000000000000000001", "records": [{ "module": "Nope", "id": "1" }] }
            ]}
            """
        let error = #expect(throws: FixtureError.self) { try F.load(document, into: store) }
        #expect(error?.message == "$.orgs[1].records[0].module: unknown module Nope")
        #expect(try store.isEmpty())
        #expect(try store.read { try $0.module(orgID: F.orgID, apiName: "Projects") } == nil)
    }

    @Test func load_rejectedDocumentKeepsEarlierState() throws {
        let store = try F.loadedStore()
        let document = """
            { "orgs": [{ "id": "5843104000000000101", "name": "Renamed",
              "records": [{ "module": "Leads", "id": "5843104000000000501", "name": "Renamed Lead" }],
              "locks": [{ "module": "Leads", "record_id": "5843104000000000501", "locked_by_id": "424242" }] }] }
            """
        #expect(throws: FixtureError.self) { try F.load(document, into: store) }
        #expect(try store.read { try $0.caller(accessToken: "1000.admin", now: F.loadTime) }?.org.name == "Zylker")
        #expect(try store.read { try $0.record(orgID: F.orgID, module: "Leads", id: F.leadOneID) }?.name == "Lead One")
        #expect(try store.read { try $0.lock(orgID: F.orgID, recordID: F.leadOneID) } == nil)
    }

    @Test func load_documentWithoutOrgsIsRejected() throws {
        let store = try F.emptyStore()
        let error = #expect(throws: FixtureError.self) { try F.load(#"{"org":[]}"#, into: store) }
        #expect(error?.message == "$.orgs: is required and must be an array")
        #expect(try store.isEmpty())
    }
}
