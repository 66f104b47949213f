import LockStore
import Testing
import ZohoLocking

/// Two orgs may use the same entity ids; their data never mixes.
struct OrgIsolationTests {
    typealias F = StoreFixture

    @Test func load_returnsTheOrgIdsItTouched() throws {
        let store = try F.emptyStore()
        #expect(try F.load(F.document, into: store) == [F.orgID])
        #expect(try F.load(F.otherOrgDocument, into: store) == [F.otherOrgID])
    }

    @Test func record_sameIdInTwoOrgsKeepsEachOrgsRecord() throws {
        let store = try F.store(loading: F.document, F.otherOrgDocument)
        #expect(try store.read { try $0.record(orgID: F.orgID, module: "Leads", id: F.leadOneID) }?.name == "Lead One")
        #expect(try store.read { try $0.record(orgID: F.otherOrgID, module: "Leads", id: F.leadOneID) }?.name == "Other Lead")
    }

    @Test func lock_inOneOrgIsInvisibleToTheOther() throws {
        let store = try F.store(loading: F.document, F.otherOrgDocument)
        try store.write { try $0.insertLock(orgID: F.orgID, F.manualLock()) }
        #expect(try store.read { try $0.lock(orgID: F.orgID, recordID: F.leadOneID) } != nil)
        #expect(try store.read { try $0.lock(orgID: F.otherOrgID, recordID: F.leadOneID) } == nil)
    }

    @Test func lock_sameRecordAndLockIdsInBothOrgsDoNotConflict() throws {
        let store = try F.store(loading: F.document, F.otherOrgDocument)
        let other = F.manualLock(
            recordName: "Other Lead", configurationID: ZohoID(6_000_000_000_000_000_041),
            by: NamedReference(name: "Olga Other", id: ZohoID(6_000_000_000_000_000_021)))
        try store.write { repository in
            try repository.insertLock(orgID: F.orgID, F.manualLock())
            try repository.insertLock(orgID: F.otherOrgID, other)
        }
        #expect(try store.read { try $0.lock(orgID: F.orgID, recordID: F.leadOneID) } == F.manualLock())
        #expect(try store.read { try $0.lock(orgID: F.otherOrgID, recordID: F.leadOneID) } == other)
    }

    @Test func deleteLock_inOneOrgLeavesTheOthersLock() throws {
        let store = try F.store(loading: F.document, F.otherOrgDocument)
        let lockID = ZohoID(5_843_104_000_000_000_901)
        try store.write { repository in
            try repository.insertLock(orgID: F.orgID, F.manualLock(id: lockID))
            try repository.insertLock(orgID: F.otherOrgID, F.manualLock(id: lockID, recordName: "Other Lead"))
        }
        try store.write { try $0.deleteLock(orgID: F.otherOrgID, lockID: lockID) }
        #expect(try store.read { try $0.lock(orgID: F.orgID, recordID: F.leadOneID) }?.id == lockID)
        #expect(try store.read { try $0.lock(orgID: F.otherOrgID, recordID: F.leadOneID) } == nil)
    }

    @Test func reloadingOneOrgLeavesTheOtherUntouched() throws {
        let store = try F.store(loading: F.document, F.otherOrgDocument)
        try F.load(
            #"{ "orgs": [{ "id": "6000000000000000001", "records": [{ "module": "Leads", "id": "5843104000000000501", "name": "Renamed" }] }] }"#,
            into: store)
        #expect(try store.read { try $0.record(orgID: F.otherOrgID, module: "Leads", id: F.leadOneID) }?.name == "Renamed")
        #expect(try store.read { try $0.record(orgID: F.orgID, module: "Leads", id: F.leadOneID) }?.name == "Lead One")
    }
}
