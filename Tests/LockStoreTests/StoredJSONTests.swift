import LockStore
import Testing
import ZohoJSON
import ZohoLocking

/// A JSON column whose stored text was changed behind the store's back fails
/// the read with a `StorageError` naming the table and column; it never reads
/// as an empty value (which the next write would then store over the real one).
struct StoredJSONTests {
    typealias F = StoreFixture

    /// A store on a file holding the fixture, and a plain connection to the same
    /// file through which a test changes what the store wrote.
    static func storeAndBackDoor(in folder: DatabaseFolder) throws -> (store: SQLiteStore, backDoor: Database) {
        let store = try SQLiteStore(path: folder.path())
        try F.load(F.document, into: store)
        return (store, try Database(path: folder.path()))
    }

    static func expectUnreadable(_ message: String, _ read: () throws -> Void) {
        let error = #expect(throws: StorageError.self) { try read() }
        #expect(error?.message == message)
        #expect(error?.code == 11)  // SQLITE_CORRUPT
        #expect(error?.sql == nil)
        #expect(error?.description == "SQLite error 11: \(message)")
    }

    @Test func recordFieldsThatAreNotJSON_failTheRecordReads() throws {
        let folder = try DatabaseFolder()
        let (store, backDoor) = try Self.storeAndBackDoor(in: folder)
        try backDoor.execute("UPDATE records SET fields = '{\"Last_Name\":' WHERE id = \(F.leadOneID.value)")

        let message = "records.fields holds no JSON (unexpected end at byte 13)"
        Self.expectUnreadable(message) {
            _ = try store.read { try $0.crmRecord(orgID: F.orgID, module: "Leads", id: F.leadOneID) }
        }
        Self.expectUnreadable(message) { _ = try store.read { try $0.crmRecords(orgID: F.orgID, module: "Leads") } }
        Self.expectUnreadable(message) { _ = try store.read { try $0.allRecords(orgID: F.orgID) } }
        // The other lead's fields still read.
        let other = try store.read { try $0.crmRecord(orgID: F.orgID, module: "Leads", id: F.leadTwoID) }
        #expect(other?.fields == JSONObject())
    }

    @Test func recordFieldsThatAreNotAnObject_failTheRead() throws {
        let folder = try DatabaseFolder()
        let (store, backDoor) = try Self.storeAndBackDoor(in: folder)
        try backDoor.execute("UPDATE records SET fields = '[1]' WHERE id = \(F.leadOneID.value)")

        Self.expectUnreadable("records.fields holds JSON that is not an object") {
            _ = try store.read { try $0.crmRecord(orgID: F.orgID, module: "Leads", id: F.leadOneID) }
        }
    }

    @Test func configurationListsThatAreNotArrays_failTheConfigurationReads() throws {
        let folder = try DatabaseFolder()
        let (store, backDoor) = try Self.storeAndBackDoor(in: folder)
        try backDoor.execute("UPDATE configurations SET restricted_actions = '{}'")

        let message = "configurations.restricted_actions holds JSON that is not an array"
        Self.expectUnreadable(message) { _ = try store.read { try $0.configuration(orgID: F.orgID, module: "Leads") } }
        Self.expectUnreadable(message) { _ = try store.read { try $0.allConfigurations(orgID: F.orgID) } }

        try backDoor.execute("UPDATE configurations SET restricted_actions = '[]', excluded_fields = 'nope'")
        Self.expectUnreadable("configurations.excluded_fields holds no JSON (invalid literal at byte 0)") {
            _ = try store.read { try $0.configuration(orgID: F.orgID, module: "Leads") }
        }
    }

    @Test func ruleCriteriaThatAreNotJSON_failTheConfigurationRead() throws {
        let folder = try DatabaseFolder()
        let (store, backDoor) = try Self.storeAndBackDoor(in: folder)
        try backDoor.execute(
            """
            INSERT INTO locking_rules (org_id, id, configuration_id, position, name, lock_existing_records, criteria)
            VALUES (\(F.orgID.value), 5843104000000000701, \(F.leadsConfigurationID.value), 0, 'Rule', 0, '{"field"')
            """)

        Self.expectUnreadable("locking_rules.criteria holds no JSON (expected colon at byte 8)") {
            _ = try store.read { try $0.configuration(orgID: F.orgID, module: "Leads") }
        }
    }
}
