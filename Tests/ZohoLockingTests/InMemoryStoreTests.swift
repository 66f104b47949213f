import Testing
import ZohoLocking
import ZohoLockingFakes

/// The fake's own promises: transactions roll back, reads do not write, one lock per record.
@Suite struct InMemoryStoreTests {
    typealias F = ServiceFixture
    struct Abort: Error {}

    static func manualLock(_ id: ZohoID, record: ZohoID = F.leadOneID) -> LockEntry {
        let admin = NamedReference(name: "Patricia Boyle", id: F.adminID)
        return LockEntry(
            id: id, record: LockedRecord(module: ModuleCatalog.standardModule(named: "Leads")!.reference, name: "Lead One", id: record),
            source: .manual, reason: "r", lockedBy: admin, lockedTime: F.now, configurationID: F.leadsConfigurationID,
            ruleID: nil, createdBy: admin, createdTime: F.now, modifiedBy: admin, modifiedTime: F.now)
    }

    @Test func aThrowingWrite_rollsBackEverything() throws {
        let store = try F.store()
        #expect(throws: Abort.self) {
            try store.write { repository in
                _ = try repository.generateID(orgID: F.orgID)
                try repository.insertLock(orgID: F.orgID, Self.manualLock(ZohoID(1)))
                try repository.removeOrg(id: F.professionalOrgID)
                throw Abort()
            }
        }
        try store.read { (repository: InMemoryRepository) throws -> Void in
            #expect(try repository.lock(orgID: F.orgID, recordID: F.leadOneID) == nil)
            #expect(try repository.idSequence(orgID: F.orgID) == 0)
            #expect(try repository.org(id: F.professionalOrgID) != nil)
        }
    }

    @Test func aRead_cannotWrite() throws {
        let store = try F.store()
        #expect(throws: InMemoryStoreError.writeInRead) {
            try store.read { try $0.insertLock(orgID: F.orgID, Self.manualLock(ZohoID(1))) }
        }
        #expect(throws: InMemoryStoreError.writeInRead) { try store.read { try $0.generateID(orgID: F.orgID) } }
    }

    @Test func aRecordHoldsOneLock() throws {
        let store = try F.store()
        try store.write { try $0.insertLock(orgID: F.orgID, Self.manualLock(ZohoID(1))) }
        #expect(throws: LockConflict.self) {
            try store.write { try $0.insertLock(orgID: F.orgID, Self.manualLock(ZohoID(2))) }
        }
        #expect(throws: LockConflict.self) {
            try store.write { try $0.insertLock(orgID: F.orgID, Self.manualLock(ZohoID(1), record: F.contactID)) }
        }
        #expect(try store.read { try $0.lock(orgID: F.orgID, recordID: F.leadOneID)?.id } == ZohoID(1))
    }

    @Test func ids_areDeterministicPerOrg() throws {
        let store = try F.store()
        let ids = try store.write { repository in
            [try repository.generateID(orgID: F.orgID)] + (try repository.generateIDs(orgID: F.orgID, count: 2))
        }
        #expect(ids == [1, 2, 3].map { ZohoID.generated(orgID: F.orgID, sequence: $0) })
        #expect(try store.write { try $0.generateID(orgID: ZohoID(42)) } == ZohoID.generated(orgID: ZohoID(42), sequence: 0))
    }

    @Test func locks_readBackTheCurrentNames() throws {
        let store = try F.store()
        try store.write { repository in
            try repository.insertLock(orgID: F.orgID, Self.manualLock(ZohoID(1)))
            try repository.upsertUser(orgID: F.orgID, User(
                id: F.adminID, name: "Patricia Renamed", email: "", profileID: ZohoID(5_843_104_000_000_000_201)))
            var record = try #require(try repository.crmRecord(orgID: F.orgID, module: "Leads", id: F.leadOneID))
            record.name = "Lead Renamed"
            try repository.saveRecord(orgID: F.orgID, record)
        }
        let lock = try #require(try store.read { try $0.lock(orgID: F.orgID, recordID: F.leadOneID) })
        #expect(lock.lockedBy == NamedReference(name: "Patricia Renamed", id: F.adminID))
        #expect(lock.record.name == "Lead Renamed")
    }
}
