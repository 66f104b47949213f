import LockStore
import Testing
import ZohoLocking

/// `caller(accessToken:now:)`: who a token resolves to, and when it stops resolving.
struct CallerLookupTests {
    typealias F = StoreFixture

    @Test func caller_resolvesTokenToOrgUserProfileAndScopes() throws {
        let store = try F.loadedStore()
        let caller = try store.read { try $0.caller(accessToken: "1000.admin", now: F.loadTime) }
        let expected = Caller(
            org: Org(id: F.orgID, name: "Zylker", edition: .enterprise, timeZone: "America/New_York", lockingModuleCreated: true),
            user: User(id: F.adminUserID, name: "Patricia Boyle", email: "patricia@zylker.example", profileID: F.adminProfileID),
            profile: Profile(id: F.adminProfileID, name: "Administrator", recordLocking: true),
            scopes: ["ZohoCRM.modules.ALL", "ZohoCRM.settings.ALL"])
        #expect(caller == expected)
    }

    @Test func caller_carriesProfileWithoutLockingPermission() throws {
        let store = try F.loadedStore()
        let caller = try #require(try store.read { try $0.caller(accessToken: "1000.short", now: F.loadTime) })
        #expect(caller.user.id == F.standardUserID)
        #expect(caller.profile == Profile(id: F.standardProfileID, name: "Standard", recordLocking: false))
        #expect(caller.scopes == ["ZohoCRM.modules.ALL"])
    }

    @Test func caller_tokenWithoutExpiryNeverExpires() throws {
        let store = try F.loadedStore()
        let farFuture = F.loadTime + 100 * 365 * 86_400
        #expect(try store.read { try $0.caller(accessToken: "1000.admin", now: farFuture) } != nil)
    }

    @Test func caller_tokenIsValidUntilTheSecondBeforeExpiry() throws {
        let store = try F.loadedStore()
        // expires_in 3600 from the load time.
        #expect(try store.read { try $0.caller(accessToken: "1000.short", now: F.loadTime + 3_599) } != nil)
    }

    @Test func caller_expiredTokenReturnsNil() throws {
        let store = try F.loadedStore()
        #expect(try store.read { try $0.caller(accessToken: "1000.short", now: F.loadTime + 3_600) } == nil)
        #expect(try store.read { try $0.caller(accessToken: "1000.short", now: F.loadTime + 86_400) } == nil)
    }

    @Test func caller_unknownTokenReturnsNil() throws {
        let store = try F.loadedStore()
        #expect(try store.read { try $0.caller(accessToken: "1000.unknown", now: F.loadTime) } == nil)
        #expect(try store.read { try $0.caller(accessToken: "", now: F.loadTime) } == nil)
    }

    @Test func caller_tokenMatchIsExact() throws {
        let store = try F.loadedStore()
        #expect(try store.read { try $0.caller(accessToken: "1000.ADMIN", now: F.loadTime) } == nil)
        #expect(try store.read { try $0.caller(accessToken: "1000.admin ", now: F.loadTime) } == nil)
    }

    @Test func caller_resolvesEachOrgsTokenToItsOwnOrg() throws {
        let store = try F.store(loading: F.document, F.otherOrgDocument)
        let other = try #require(try store.read { try $0.caller(accessToken: "1000.other", now: F.loadTime) })
        #expect(other.org.id == F.otherOrgID)
        #expect(other.org.edition == .ultimate)
        #expect(other.org.timeZone == nil)
        #expect(other.user.email == "")
        #expect(other.scopes == [])
        #expect(other.profile.recordLocking)
    }
}
