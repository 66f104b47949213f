import Foundation
import LockStore
import Testing
import ZohoJSON
import ZohoLocking

/// The Records API's storage: records with their system fields, deleting a
/// record with its lock, removing the automatic locks of a rule, and files
/// written before records kept their creator and modifier.
struct RecordStorageTests {
    typealias F = StoreFixture

    static func record(_ id: ZohoID = ZohoID(5_843_104_000_000_000_777)) -> CRMRecord {
        CRMRecord(
            module: "Leads", id: id, name: "Ada Lovelace", ownerID: F.standardUserID,
            fields: JSONObject([("First_Name", "Ada"), ("Last_Name", "Lovelace"), ("No_of_Employees", 12)]),
            createdBy: F.adminUserID, createdTime: F.loadTime + 1, modifiedBy: F.standardUserID, modifiedTime: F.loadTime + 2)
    }

    static func automaticLock(_ id: Int64, record: ZohoID, rule: Int64) -> LockEntry {
        LockEntry(
            id: ZohoID(id), record: LockedRecord(module: F.leadsModule.reference, name: nil, id: record),
            source: .automatic, reason: nil, lockedBy: nil, lockedTime: F.loadTime, configurationID: F.leadsConfigurationID,
            ruleID: ZohoID(rule), createdBy: nil, createdTime: F.loadTime, modifiedBy: nil, modifiedTime: F.loadTime)
    }

    @Test func saveRecord_roundTripsFieldsAndSystemFields() throws {
        let store = try F.loadedStore()
        try store.write { try $0.saveRecord(orgID: F.orgID, Self.record()) }
        #expect(try store.read { try $0.crmRecord(orgID: F.orgID, module: "Leads", id: Self.record().id) } == Self.record())
        // The locking API sees the same record and name.
        #expect(try store.read { try $0.record(orgID: F.orgID, module: "Leads", id: Self.record().id) }?.name == "Ada Lovelace")
        #expect(try store.read { try $0.crmRecord(orgID: F.orgID, module: "Contacts", id: Self.record().id) } == nil)
        #expect(try store.read { try $0.crmRecord(orgID: F.otherOrgID, module: "Leads", id: Self.record().id) } == nil)
    }

    @Test func fixtureRecords_haveNoCreatorOfTheirOwn() throws {
        let store = try F.loadedStore()
        let lead = try #require(try store.read { try $0.crmRecord(orgID: F.orgID, module: "Leads", id: F.leadOneID) })
        #expect(lead.createdBy == nil)
        #expect(lead.creatorID == F.adminUserID)
        #expect(lead.createdTime == F.loadTime)
        #expect(try store.read { try $0.crmRecords(orgID: F.orgID, module: "Leads") }.map(\.id) == [F.leadOneID, F.leadTwoID])
    }

    @Test func deleteRecord_takesItsLock() throws {
        let store = try F.loadedStore()
        try store.write { try $0.insertLock(orgID: F.orgID, F.manualLock()) }
        #expect(try store.read { try $0.lockedRecordIDs(orgID: F.orgID, module: "Leads") } == [F.leadOneID])
        try store.write { try $0.deleteRecord(orgID: F.orgID, id: F.leadOneID) }
        #expect(try store.read { try $0.lock(orgID: F.orgID, recordID: F.leadOneID) } == nil)
        #expect(try store.read { try $0.lockedRecordIDs(orgID: F.orgID, module: "Leads") }.isEmpty)
    }

    @Test func deleteAutomaticLocks_removesOnlyThoseTheRulesMade() throws {
        let store = try F.loadedStore()
        try store.write { repository in
            try repository.insertLock(orgID: F.orgID, Self.automaticLock(901, record: F.leadOneID, rule: 11))
            try repository.insertLock(orgID: F.orgID, Self.automaticLock(902, record: F.leadTwoID, rule: 12))
            try repository.deleteAutomaticLocks(orgID: F.orgID, ruleIDs: [ZohoID(11)])
        }
        #expect(try store.read { try $0.lock(orgID: F.orgID, recordID: F.leadOneID) } == nil)
        #expect(try store.read { try $0.lock(orgID: F.orgID, recordID: F.leadTwoID) }?.id == ZohoID(902))
    }

    @Test func databaseFileFromBeforeTheRecordsAPI_gainsTheNewColumns() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("h7-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm", "-lock"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        do {
            let old = try Database(path: path)
            try old.execute("""
                CREATE TABLE records (
                    org_id INTEGER NOT NULL, id INTEGER NOT NULL, module TEXT NOT NULL, name TEXT, owner_id INTEGER,
                    fields TEXT NOT NULL, created_time INTEGER NOT NULL, modified_time INTEGER NOT NULL,
                    PRIMARY KEY (org_id, id));
                INSERT INTO records VALUES (1, 2, 'Leads', 'Old', NULL, '{"Last_Name":"Old"}', 10, 20);
                """)
        }
        do {
            let store = try SQLiteStore(path: path)
            let old = try #require(try store.read { try $0.crmRecord(orgID: ZohoID(1), module: "Leads", id: ZohoID(2)) })
            #expect(old.name == "Old")
            #expect(old.createdBy == nil)
            try store.write { try $0.saveRecord(orgID: ZohoID(1), Self.record()) }
            #expect(try store.read { try $0.crmRecord(orgID: ZohoID(1), module: "Leads", id: Self.record().id) }?.createdBy == F.adminUserID)
        }
        // Opening it again (once the first store has closed it) finds nothing to migrate.
        _ = try SQLiteStore(path: path)
    }
}
