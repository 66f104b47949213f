import Foundation
import LockStore
import Testing
import ZohoLocking

/// Resolved tokens are kept until the database changes: answers after any
/// write are the database's, and expiry follows the clock passed in.
struct CallerCacheTests {
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
}
