import LockStore
import Testing
import ZohoLocking

/// The one-query lookup of a record with its configuration and lock answers
/// exactly what the three separate lookups answer.
struct LockTargetTests {
    typealias F = StoreFixture

    private static var projectsModule: ModuleInfo {
        ModuleInfo(apiName: "Projects", id: F.projectsModuleID, generatedType: "custom", lockable: true)
    }

    private func target(_ store: SQLiteStore, _ module: ModuleInfo = F.leadsModule, _ recordID: ZohoID = F.leadOneID)
        throws -> LockTarget?
    {
        try store.read { try $0.lockTarget(orgID: F.orgID, module: module, recordID: recordID) }
    }

    /// What the protocol's default (three lookups) answers.
    private func separately(_ store: SQLiteStore, _ module: ModuleInfo = F.leadsModule, _ recordID: ZohoID = F.leadOneID)
        throws -> LockTarget?
    {
        try store.read { repository in
            guard let record = try repository.record(orgID: F.orgID, module: module.apiName, id: recordID) else {
                return nil
            }
            return LockTarget(
                record: record, configuration: try repository.configurationSummary(orgID: F.orgID, module: module.apiName),
                lock: try repository.lock(orgID: F.orgID, recordID: recordID))
        }
    }

    @Test func unlockedRecord_withConfiguration() throws {
        let store = try F.loadedStore()
        let found = try #require(try target(store))
        #expect(found.record == RecordSummary(module: "Leads", id: F.leadOneID, name: "Lead One"))
        #expect(found.configuration == ConfigurationSummary(id: F.leadsConfigurationID, lockType: .manual))
        #expect(found.lock == nil)
        #expect(found == (try separately(store)))
    }

    @Test func lockedRecord_carriesItsLockUnchanged() throws {
        let store = try F.loadedStore()
        let written = F.manualLock()
        try store.write { try $0.insertLock(orgID: F.orgID, written) }
        let found = try #require(try target(store))
        #expect(found.lock == written)
        #expect(found == (try separately(store)))
    }

    @Test func recordOfAModuleWithoutConfiguration() throws {
        let store = try F.loadedStore()
        let found = try #require(try target(store, Self.projectsModule, F.projectOneID))
        #expect(found.record.name == "Project One")
        #expect(found.configuration == nil)
        #expect(found == (try separately(store, Self.projectsModule, F.projectOneID)))
    }

    @Test func recordOfAnotherModuleOrUnknown_isNil() throws {
        let store = try F.loadedStore()
        #expect(try target(store, Self.projectsModule, F.leadOneID) == nil)
        #expect(try target(store, F.leadsModule, ZohoID(42)) == nil)
    }

    @Test func otherOrgsRecordWithTheSameID_isNotMixedIn() throws {
        let store = try F.store(loading: F.document, F.otherOrgDocument)
        let found = try #require(try target(store))
        #expect(found.record.name == "Lead One")
        #expect(found.configuration?.id == F.leadsConfigurationID)
    }
}
