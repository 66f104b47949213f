import Foundation
import LockStore
import Testing
import ZohoJSON
import ZohoLocking

/// Resolved tokens and the users' names shown with locks are kept until the
/// database changes: answers after any write are the database's, and token
/// expiry follows the clock passed in.
struct ReadCacheTests {
    typealias F = StoreFixture

    private func caller(_ store: SQLiteStore, _ token: String, at now: Int64 = F.loadTime) throws -> Caller? {
        try store.read { try $0.caller(accessToken: token, now: now) }
    }

    @Test func caller_repeatedLookupsAgree() throws {
        let store = try F.loadedStore()
        let first = try caller(store, "1000.admin")
        #expect(first != nil)
        #expect(try caller(store, "1000.admin") == first)
    }

    @Test func caller_seesAChangeLoadedAfterItWasCached() throws {
        let store = try F.loadedStore()
        #expect(try caller(store, "1000.admin")?.user.name == "Patricia Boyle")
        try F.load(F.document.replacingOccurrences(of: "Patricia Boyle", with: "Patricia Renamed"), into: store)
        #expect(try caller(store, "1000.admin")?.user.name == "Patricia Renamed")
    }

    @Test func caller_seesATokenAddedAfterAMiss() throws {
        let store = try F.loadedStore()
        #expect(try caller(store, "1000.other") == nil)
        try F.load(F.otherOrgDocument, into: store)
        #expect(try caller(store, "1000.other")?.org.id == F.otherOrgID)
    }

    @Test func caller_cachedTokenStillExpiresWithTheClock() throws {
        let store = try F.loadedStore()
        #expect(try caller(store, "1000.short", at: F.loadTime + 3_599) != nil)
        #expect(try caller(store, "1000.short", at: F.loadTime + 3_600) == nil)
        #expect(try caller(store, "1000.short", at: F.loadTime) != nil)
    }

    @Test func caller_rolledBackWriteLeavesTheOldAnswer() throws {
        let store = try F.loadedStore()
        #expect(try caller(store, "1000.admin")?.user.name == "Patricia Boyle")
        let renamed = try JSONParser.parse(F.document.replacingOccurrences(of: "Patricia Boyle", with: "Never Seen"))
        _ = try? store.write { repository in
            _ = try FixtureLoader(repository: repository, now: F.loadTime).load(renamed)
            throw Abort()
        }
        #expect(try caller(store, "1000.admin")?.user.name == "Patricia Boyle")
    }

    @Test func lockUserNames_followARename() throws {
        let store = try F.loadedStore()
        try store.write { try $0.insertLock(orgID: F.orgID, F.manualLock()) }
        let lockedBy = { try store.read { try $0.lock(orgID: F.orgID, recordID: F.leadOneID)?.lockedBy } }
        #expect(try lockedBy() == F.admin)
        #expect(try lockedBy() == F.admin)  // from the cache
        try F.load(F.document.replacingOccurrences(of: "Patricia Boyle", with: "Patricia Renamed"), into: store)
        #expect(try lockedBy() == NamedReference(name: "Patricia Renamed", id: F.adminUserID))
    }
}
