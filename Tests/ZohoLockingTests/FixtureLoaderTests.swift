import Testing
import ZohoJSON
import ZohoLocking
import ZohoLockingFakes

/// Loading fixture documents into the in-memory store: ids, references checked, all or nothing.
@Suite struct FixtureLoaderTests {
    typealias F = ServiceFixture

    static func load(_ text: String, into store: InMemoryStore) throws -> [ZohoID] {
        let document = try JSONParser.parse(text)
        return try store.write { try FixtureLoader(repository: $0, now: F.now).load(document) }
    }

    static func refusal(_ text: String, into store: InMemoryStore = InMemoryStore()) -> String? {
        do {
            _ = try load(text, into: store)
            return nil
        } catch let error as FixtureError {
            return error.message
        } catch {
            return "unexpected \(error)"
        }
    }

    @Test func document_loadsEveryRow() throws {
        let store = InMemoryStore()
        #expect(try Self.load(F.document, into: store) == [F.orgID, F.professionalOrgID])
        try store.read { (repository: InMemoryRepository) throws -> Void in
            #expect(try repository.org(id: F.orgID)?.name == "Zylker")
            #expect(try repository.users(orgID: F.orgID).map(\.id) == [F.adminID, F.standardID, F.lockerID])
            #expect(try repository.crmRecords(orgID: F.orgID, module: "Leads").map(\.name) == ["Lead One", "Web Lead"])
            #expect(try repository.configuration(orgID: F.orgID, module: "Leads")?.lockingRules.map(\.id) == [F.webRuleID])
            #expect(try repository.lock(orgID: F.orgID, recordID: F.webLeadID)?.ruleID == F.webRuleID)
            #expect(try repository.oauthClient(clientID: "1000.client")?.orgID == F.orgID)
            #expect(try repository.metadataModifiedTime(orgID: F.orgID) == F.now)
        }
    }

    @Test func missingIDs_areGeneratedInOrder() throws {
        let store = InMemoryStore()
        let orgIDs = try Self.load(#"""
            { "orgs": [{ "name": "A", "profiles": [{ "name": "P" }, { "name": "Q" }],
                         "users": [] }, { "name": "B" }] }
            """#, into: store)
        #expect(orgIDs == [ZohoID.generatedOrg(sequence: 1), ZohoID.generatedOrg(sequence: 2)])
        let profiles = try store.read { try $0.allProfiles(orgID: orgIDs[0]) }
        #expect(profiles.map(\.id) == [1, 2].map { ZohoID.generated(orgID: orgIDs[0], sequence: $0) })
        #expect(profiles.map(\.name) == ["P", "Q"])
    }

    @Test func references_mustExist() {
        #expect(Self.refusal("{}") == "$.orgs: is required and must be an array")
        #expect(Self.refusal(#"{ "orgs": [{ "id": "7", "users": [{ "name": "U", "profile_id": "9" }] }] }"#)
            == "$.orgs[0].users[0].profile_id: no profile 9 in org 7")
        #expect(Self.refusal(#"{ "orgs": [{ "records": [{ "module": "Nope" }] }] }"#)
            == "$.orgs[0].records[0].module: unknown module Nope")
        #expect(Self.refusal(#"""
            { "orgs": [{ "id": "7", "records": [{ "module": "Contacts", "id": "8", "name": "C" }],
                         "locks": [{ "module": "Contacts", "record_id": "8" }] }] }
            """#) == "$.orgs[0].locks[0]: module Contacts has no record locking configuration")
    }

    @Test func aRefusedDocument_leavesNothingBehind() throws {
        let store = InMemoryStore()
        let refusal = Self.refusal(#"""
            { "orgs": [{ "id": "7", "name": "Kept?" }, { "id": "8", "users": [{ "name": "U", "profile_id": "9" }] }] }
            """#, into: store)
        #expect(refusal == "$.orgs[1].users[0].profile_id: no profile 9 in org 8")
        #expect(try store.read { try $0.allOrgIDs() } == [])
    }

    @Test func loadingAgain_replacesRowsAndKeepsTheRest() throws {
        let store = try F.store()
        _ = try Self.load(#"{ "orgs": [{ "id": "5843104000000000101", "name": "Zylker Renamed" }] }"#, into: store)
        try store.read { (repository: InMemoryRepository) throws -> Void in
            #expect(try repository.org(id: F.orgID)?.name == "Zylker Renamed")
            #expect(try repository.org(id: F.orgID)?.edition == .enterprise)
            #expect(try repository.crmRecords(orgID: F.orgID, module: "Leads").count == 2)
        }
    }
}
