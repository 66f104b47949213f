import LockStore
import Testing
import ZohoLocking

/// `record(orgID:module:id:)`: a record is found only in its own org and module.
struct RecordLookupTests {
    typealias F = StoreFixture

    @Test func record_findsRecordWithName() throws {
        let store = try F.loadedStore()
        #expect(
            try store.read { try $0.record(orgID: F.orgID, module: "Leads", id: F.leadOneID) }
                == RecordSummary(module: "Leads", id: F.leadOneID, name: "Lead One"))
    }

    @Test func record_findsRecordOfCustomModule() throws {
        let store = try F.loadedStore()
        #expect(
            try store.read { try $0.record(orgID: F.orgID, module: "Projects", id: F.projectOneID) }
                == RecordSummary(module: "Projects", id: F.projectOneID, name: "Project One"))
    }

    @Test func record_inAnotherModuleIsNotFound() throws {
        let store = try F.loadedStore()
        #expect(try store.read { try $0.record(orgID: F.orgID, module: "Contacts", id: F.leadOneID) } == nil)
        #expect(try store.read { try $0.record(orgID: F.orgID, module: "Projects", id: F.leadOneID) } == nil)
    }

    @Test func record_inAnotherOrgIsNotFound() throws {
        let store = try F.loadedStore()
        #expect(try store.read { try $0.record(orgID: F.otherOrgID, module: "Leads", id: F.leadOneID) } == nil)
    }

    @Test func record_unknownIdIsNotFound() throws {
        let store = try F.loadedStore()
        #expect(try store.read { try $0.record(orgID: F.orgID, module: "Leads", id: ZohoID(12_345)) } == nil)
    }
}
