import Testing
import ZohoJSON
import ZohoLocking
import ZohoLockingFakes

/// Change owner over the in-memory store. The fixture's Leads configuration
/// restricts only `update`, so its locked web lead still changes owner.
@Suite struct ChangeOwnerServiceTests {
    typealias F = ServiceFixture
    let store: InMemoryStore
    let service: RecordService

    init() throws {
        store = try F.store()
        service = RecordService(store: store, environment: F.environment())
    }

    func owner(of id: ZohoID) throws -> ZohoID? {
        try store.read { try $0.crmRecord(orgID: F.orgID, module: "Leads", id: id)?.ownerID }
    }

    @Test func many_changesEveryNamedRecord_lockedOrNot_whenChangeOwnerIsNotRestricted() throws {
        let body = Array(#"{"ids":["\#(F.leadOneID)",\#(F.webLeadID)],"owner":{"id":"\#(F.standardID)"}}"#.utf8)
        let reply = try service.changeOwners(try F.caller("1000.admin", in: store), RecordPath(module: "Leads"), body: body)
        #expect(reply.status == 200)
        #expect(reply.item("data", 1) == JSONObject([
            ("code", "SUCCESS"), ("details", .object(JSONObject([("id", .string(F.webLeadID.description))]))),
            ("message", "record updated"), ("status", "success"),
        ]))
        #expect(try owner(of: F.leadOneID) == F.standardID)
        #expect(try owner(of: F.webLeadID) == F.standardID)
        let modified = try store.read { try $0.crmRecord(orgID: F.orgID, module: "Leads", id: F.leadOneID) }
        #expect(modified?.modifiedTime == F.now)
        #expect(modified?.modifierID == F.adminID)
    }

    @Test func unknownOwner_isRefusedBeforeAnyRecordChanges() throws {
        let body = Array(#"{"owner":{"id":"42"}}"#.utf8)
        #expect(throws: ZohoError.invalidValue(apiName: "id", jsonPath: "$.owner.id")) {
            try service.changeOwner(
                try F.caller("1000.admin", in: store), RecordPath(module: "Leads", recordID: F.leadOneID.description), body: body)
        }
        #expect(try owner(of: F.leadOneID) != ZohoID(42))
    }
}
