import Testing
import ZohoLocking

/// `ZohoError.representative(forCode:)`: fault rules name a code and get its catalog body.
struct ZohoErrorRepresentativeTests {
    /// Every code of the catalog has a representative, so any catalog error can be injected.
    @Test(arguments: ZohoErrorCatalogTests.catalog)
    func everyCatalogCode_hasARepresentative(_ entry: ZohoErrorCatalogTests.Entry) throws {
        let representative = try #require(ZohoError.representative(forCode: entry.code), "no representative for \(entry.code)")
        #expect(representative.code == entry.code)
        #expect(ZohoError.knownCodes.contains(entry.code))
    }

    @Test func sharedCodes_pickTheCaseMetOnTheLockingEndpoints() {
        #expect(ZohoError.representative(forCode: "NOT_ALLOWED") == .recordAlreadyLocked)
        #expect(ZohoError.representative(forCode: "INVALID_DATA") == .invalidRelatedID)
        #expect(ZohoError.representative(forCode: "NO_PERMISSION") == .lockingNotPermittedForProfile)
        #expect(ZohoError.representative(forCode: "TOO_MANY_REQUESTS") == .tooManyRequests)
        #expect(ZohoError.representative(forCode: "too_many_requests") == nil)
        #expect(ZohoError.representative(forCode: "NOPE") == nil)
    }

    @Test func byStatus_prefersTheCommonCase() {
        #expect(ZohoError.representative(forStatus: 401) == .invalidToken)
        #expect(ZohoError.representative(forStatus: 403) == .lockingNotPermittedForProfile)
        #expect(ZohoError.representative(forStatus: 404) == .invalidURLPattern)
        #expect(ZohoError.representative(forStatus: 429) == .tooManyRequests)
        #expect(ZohoError.representative(forStatus: 500) == .internalError)
        #expect(ZohoError.representative(forStatus: 503) == nil)
    }

    @Test func knownCodes_areSortedAndUnique() {
        #expect(ZohoError.knownCodes == Array(Set(ZohoError.knownCodes)).sorted())
    }
}
