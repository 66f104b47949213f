import Testing
import ZohoJSON
import ZohoLocking
import ZohoLockingFakes

/// Upsert over the in-memory store: records written earlier in a body are found
/// by later elements, and body errors are refused before any record is written.
@Suite struct UpsertServiceTests {
    typealias F = ServiceFixture
    let store: InMemoryStore
    let service: RecordService

    init() throws {
        store = try F.store()
        service = RecordService(store: store, environment: F.environment())
    }

    func upsert(_ body: String) throws -> ZohoReply {
        try service.upsertRecords(try F.caller("1000.admin", in: store), RecordPath(module: "Leads"), body: Array(body.utf8))
    }

    func leads(withEmail email: String) throws -> [CRMRecord] {
        try store.read { try $0.crmRecords(orgID: F.orgID, module: "Leads") }.filter { $0.fields["Email"] == .string(email) }
    }

    @Test func aNewRecordSentTwice_isInsertedOnce_thenUpdated() throws {
        let reply = try upsert(#"{"data":[{"Last_Name":"A","Email":"a@x.invalid"},{"Email":"A@X.invalid","Rating":"Hot"}]}"#)
        #expect(reply.status == 200)
        #expect(reply.item("data", 0)?["action"] == "insert")
        #expect(reply.item("data", 0)?["duplicate_field"] == .null)
        #expect(reply.item("data", 1)?["action"] == "update")
        #expect(reply.item("data", 1)?["duplicate_field"] == "Email")
        let stored = try leads(withEmail: "A@X.invalid")
        #expect(stored.count == 1)
        #expect(stored.first?.fields["Rating"] == "Hot")
    }

    @Test func aBadDuplicateCheckList_writesNothing() throws {
        #expect(throws: ZohoError.invalidDataType(
            apiName: "duplicate_check_fields", jsonPath: "$.duplicate_check_fields", expected: "jsonarray")) {
            try upsert(#"{"data":[{"Last_Name":"B","Email":"b@x.invalid"}],"duplicate_check_fields":{}}"#)
        }
        #expect(try leads(withEmail: "b@x.invalid").isEmpty)
    }
}
