import LockStore
import Testing
import ZohoLocking

/// `generateID(orgID:)`: ids in Zoho's shape, deterministic for the same history.
struct IDGenerationTests {
    typealias F = StoreFixture

    private func generate(_ store: SQLiteStore, _ count: Int, org: ZohoID = F.orgID) throws -> [ZohoID] {
        try store.write { repository in try (0..<count).map { _ in try repository.generateID(orgID: org) } }
    }

    @Test func generateID_firstIdUsesOrgPrefixAndSequenceOne() throws {
        let store = try F.loadedStore()
        #expect(try generate(store, 1) == [ZohoID(5_843_104_000_900_000_001)])
    }

    @Test func generateID_countsUpAcrossWrites() throws {
        let store = try F.loadedStore()
        _ = try generate(store, 1)
        #expect(try generate(store, 2) == [ZohoID(5_843_104_000_900_000_002), ZohoID(5_843_104_000_900_000_003)])
    }

    @Test func generateID_isDeterministicForTheSameHistory() throws {
        let first = try generate(try F.loadedStore(), 5)
        let second = try generate(try F.loadedStore(), 5)
        #expect(first == second)
    }

    @Test func generateID_sequencesArePerOrg() throws {
        let store = try F.store(loading: F.document, F.otherOrgDocument)
        _ = try generate(store, 3)
        #expect(try generate(store, 1, org: F.otherOrgID) == [ZohoID(6_000_000_000_900_000_001)])
        #expect(try generate(store, 1) == [ZohoID(5_843_104_000_900_000_004)])
    }

    @Test func generateID_fixtureEntitiesWithoutIdsTakeGeneratedIds() throws {
        let store = try F.loadedStore()
        try F.load(
            """
            { "orgs": [{ "id": "5843104000000000101",
              "profiles": [{ "name": "Generated" }],
              "records": [{ "module": "Leads", "name": "No id" }] }] }
            """, into: store)
        // The profile took ...001 and the record ...002; the next is ...003.
        #expect(
            try store.read { try $0.record(orgID: F.orgID, module: "Leads", id: ZohoID(5_843_104_000_900_000_002)) }?.name
                == "No id")
        #expect(try generate(store, 1) == [ZohoID(5_843_104_000_900_000_003)])
    }

    @Test func generateOrgID_countsFromTwoMillionAndOne() throws {
        let store = try F.emptyStore()
        let ids = try store.write { repository in [try repository.generateOrgID(), try repository.generateOrgID()] }
        #expect(ids == [ZohoID(2_000_001_000_000_000_000), ZohoID(2_000_002_000_000_000_000)])
    }
}
