import LockStore
import Testing
import ZohoLocking

/// Inserting, reading, editing and removing locks; one lock per record.
struct LockStorageTests {
    typealias F = StoreFixture

    private func lock(_ store: SQLiteStore, _ recordID: ZohoID = F.leadOneID, org: ZohoID = F.orgID) throws -> LockEntry? {
        try store.read { try $0.lock(orgID: org, recordID: recordID) }
    }

    @Test func lock_unlockedRecordHasNone() throws {
        let store = try F.loadedStore()
        #expect(try lock(store) == nil)
    }

    @Test func insertLock_isReadBackUnchanged() throws {
        let store = try F.loadedStore()
        let written = F.manualLock()
        try store.write { try $0.insertLock(orgID: F.orgID, written) }
        #expect(try lock(store) == written)
    }

    @Test func insertLock_withThreeDifferentUsers_readsEachBack() throws {
        let store = try F.loadedStore()
        var written = F.manualLock(by: F.admin)
        written.createdBy = F.standard
        written.modifiedBy = NamedReference(name: nil, id: ZohoID(5_843_104_000_000_000_399))  // no such user
        try store.write { try $0.insertLock(orgID: F.orgID, written) }
        #expect(try lock(store) == written)
        #expect(try store.write { try $0.lock(orgID: F.orgID, recordID: F.leadOneID) } == written)
        var second = F.manualLock(id: ZohoID(5_843_104_000_000_000_903), recordID: F.leadTwoID, recordName: "Lead Two")
        second.createdBy = F.standard  // locked and last changed by the admin, created by someone else
        try store.write { try $0.insertLock(orgID: F.orgID, second) }
        #expect(try lock(store, F.leadTwoID) == second)
    }

    @Test func insertLock_secondLockOnSameRecordThrowsLockConflict() throws {
        let store = try F.loadedStore()
        let first = F.manualLock()
        try store.write { try $0.insertLock(orgID: F.orgID, first) }
        #expect(throws: LockConflict.self) {
            try store.write { try $0.insertLock(orgID: F.orgID, F.manualLock(id: ZohoID(5_843_104_000_000_000_902), by: F.standard)) }
        }
        #expect(try lock(store) == first)
    }

    @Test func insertLock_conflictCanBeCaughtInsideTheSameWrite() throws {
        let store = try F.loadedStore()
        let outcome = try store.write { repository -> String in
            try repository.insertLock(orgID: F.orgID, F.manualLock())
            do {
                try repository.insertLock(orgID: F.orgID, F.manualLock(id: ZohoID(5_843_104_000_000_000_902)))
                return "inserted twice"
            } catch is LockConflict {
                return "conflict"
            }
        }
        #expect(outcome == "conflict")
        #expect(try lock(store)?.id == ZohoID(5_843_104_000_000_000_901))
    }

    @Test func insertLock_differentRecordsHoldTheirOwnLocks() throws {
        let store = try F.loadedStore()
        let second = F.manualLock(id: ZohoID(5_843_104_000_000_000_902), recordID: F.leadTwoID, recordName: "Lead Two")
        try store.write { repository in
            try repository.insertLock(orgID: F.orgID, F.manualLock())
            try repository.insertLock(orgID: F.orgID, second)
        }
        #expect(try lock(store)?.id == ZohoID(5_843_104_000_000_000_901))
        #expect(try lock(store, F.leadTwoID) == second)
    }

    @Test func insertLock_automaticLockHasNoUserAndKeepsRule() throws {
        let store = try F.loadedStore()
        let automatic = LockEntry(
            id: ZohoID(5_843_104_000_000_000_903),
            record: LockedRecord(module: F.leadsModule.reference, name: "Lead Two", id: F.leadTwoID),
            source: .automatic, reason: nil, lockedBy: nil, lockedTime: F.loadTime, configurationID: F.leadsConfigurationID,
            ruleID: ZohoID(5_843_104_000_000_000_611), createdBy: nil, createdTime: F.loadTime, modifiedBy: nil,
            modifiedTime: F.loadTime)
        try store.write { try $0.insertLock(orgID: F.orgID, automatic) }
        #expect(try lock(store, F.leadTwoID) == automatic)
        #expect(try lock(store, F.leadTwoID)?.editable == false)
    }

    @Test func updateLockReason_changesReasonModifierAndTimeOnly() throws {
        let store = try F.loadedStore()
        let original = F.manualLock()
        try store.write { try $0.insertLock(orgID: F.orgID, original) }
        try store.write {
            try $0.updateLockReason(
                orgID: F.orgID, lockID: original.id, reason: "Quarter close", modifiedBy: F.standardUserID,
                at: F.loadTime + 500)
        }
        var expected = original
        expected.reason = "Quarter close"
        expected.modifiedBy = F.standard
        expected.modifiedTime = F.loadTime + 500
        #expect(try lock(store) == expected)
    }

    @Test func updateLockReason_inAnotherOrgChangesNothing() throws {
        let store = try F.loadedStore()
        let original = F.manualLock()
        try store.write { try $0.insertLock(orgID: F.orgID, original) }
        try store.write {
            try $0.updateLockReason(orgID: F.otherOrgID, lockID: original.id, reason: "x", modifiedBy: F.standardUserID, at: 1)
        }
        #expect(try lock(store) == original)
    }

    @Test func deleteLock_removesTheLock() throws {
        let store = try F.loadedStore()
        let original = F.manualLock()
        try store.write { try $0.insertLock(orgID: F.orgID, original) }
        try store.write { try $0.deleteLock(orgID: F.orgID, lockID: original.id) }
        #expect(try lock(store) == nil)
    }

    @Test func deleteLock_freesTheRecordForANewLock() throws {
        let store = try F.loadedStore()
        try store.write { try $0.insertLock(orgID: F.orgID, F.manualLock()) }
        try store.write { try $0.deleteLock(orgID: F.orgID, lockID: ZohoID(5_843_104_000_000_000_901)) }
        let again = F.manualLock(id: ZohoID(5_843_104_000_000_000_904), by: F.standard)
        try store.write { try $0.insertLock(orgID: F.orgID, again) }
        #expect(try lock(store) == again)
    }

    @Test func deleteLock_unknownIdIsHarmless() throws {
        let store = try F.loadedStore()
        let original = F.manualLock()
        try store.write { try $0.insertLock(orgID: F.orgID, original) }
        try store.write { try $0.deleteLock(orgID: F.orgID, lockID: ZohoID(1)) }
        #expect(try lock(store) == original)
    }

    @Test func lock_fromFixtureIsReadBack() throws {
        let store = try F.loadedStore()
        try F.load(
            """
            { "orgs": [{ "id": "5843104000000000101",
              "locks": [{ "module": "Leads", "record_id": "5843104000000000502", "id": "5843104000000000905",
                          "locked_by_id": "5843104000000000302", "Locked_Reason__s": "fixture",
                          "Locked_Time__s": "2023-09-05T05:13:36-04:00" }] }] }
            """, into: store)
        let expected = LockEntry(
            id: ZohoID(5_843_104_000_000_000_905),
            record: LockedRecord(module: F.leadsModule.reference, name: "Lead Two", id: F.leadTwoID),
            source: .manual, reason: "fixture", lockedBy: F.standard, lockedTime: 1_693_905_216,
            configurationID: F.leadsConfigurationID, ruleID: nil, createdBy: F.standard, createdTime: 1_693_905_216,
            modifiedBy: F.standard, modifiedTime: 1_693_905_216)
        #expect(try lock(store, F.leadTwoID) == expected)
    }
}
