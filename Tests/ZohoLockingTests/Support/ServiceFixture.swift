import Testing
import ZohoJSON
import ZohoLocking
import ZohoLockingFakes

/// An org for the unit tests of the services, loaded into an `InMemoryStore`:
/// no SQLite, no sockets. The clock is frozen at `now`.
enum ServiceFixture {
    static let now: Int64 = 1_700_000_000
    static let zone = "UTC"

    static let orgID = ZohoID(5_843_104_000_000_000_101)
    static let professionalOrgID = ZohoID(6_000_000_000_000_000_001)
    static let adminID = ZohoID(5_843_104_000_000_000_301)
    static let standardID = ZohoID(5_843_104_000_000_000_302)
    static let lockerID = ZohoID(5_843_104_000_000_000_303)
    static let leadOneID = ZohoID(5_843_104_000_000_000_501)
    static let webLeadID = ZohoID(5_843_104_000_000_000_502)
    static let contactID = ZohoID(5_843_104_000_000_000_503)
    static let leadsConfigurationID = ZohoID(5_843_104_000_000_000_601)
    static let webRuleID = ZohoID(5_843_104_000_000_000_701)
    static let automaticLockID = ZohoID(5_843_104_000_000_000_801)
    /// The first id the org generates: nothing in the document asks for one.
    static let firstGeneratedID = ZohoID(5_843_104_000_900_000_001)

    /// An enterprise org: an administrator, a user whose profile cannot lock and one
    /// whose profile cannot customise; Leads configured for manual and automatic
    /// locks (rule "Web leads" locked the web lead), Contacts not configured;
    /// an OAuth client. And a professional org, where locking does not exist.
    static let document = """
        { "orgs": [{
          "id": "5843104000000000101", "name": "Zylker", "edition": "enterprise",
          "profiles": [
            { "id": "5843104000000000201", "name": "Administrator", "record_locking": true },
            { "id": "5843104000000000202", "name": "Standard", "record_locking": false },
            { "id": "5843104000000000203", "name": "Locker", "record_locking": true, "customize_crm": false }],
          "users": [
            { "id": "5843104000000000301", "name": "Patricia Boyle", "email": "patricia@zylker.example",
              "profile_id": "5843104000000000201" },
            { "id": "5843104000000000302", "name": "Sam Standard", "profile_id": "5843104000000000202" },
            { "id": "5843104000000000303", "name": "Lou Locker", "profile_id": "5843104000000000203" }],
          "tokens": [
            { "access_token": "1000.admin", "user_id": "5843104000000000301", "scopes": ["ZohoCRM.modules.ALL"] },
            { "access_token": "1000.standard", "user_id": "5843104000000000302" },
            { "access_token": "1000.locker", "user_id": "5843104000000000303" }],
          "oauth_clients": [{
            "client_id": "1000.client", "client_secret": "secret", "user_id": "5843104000000000301",
            "scopes": ["ZohoCRM.modules.ALL"], "redirect_uri": "https://app.example/callback",
            "grant_codes": ["code-1", { "code": "code-short", "expires_in": 60 }],
            "refresh_tokens": ["1000.refresh"] }],
          "records": [
            { "module": "Leads", "id": "5843104000000000501", "name": "Lead One" },
            { "module": "Leads", "id": "5843104000000000502", "name": "Web Lead", "fields": { "Lead_Source": "Web" } },
            { "module": "Contacts", "id": "5843104000000000503", "name": "Contact One", "fields": { "Lead_Source": "Partner" } }],
          "record_locking_configurations": [{
            "module": "Leads", "id": "5843104000000000601", "lock_type": "both",
            "locking_rules": [{ "id": "5843104000000000701", "name": "Web leads",
              "criteria": { "comparator": "equal", "field": { "api_name": "Lead_Source" }, "value": "Web" } }] }],
          "locks": [{ "id": "5843104000000000801", "module": "Leads", "record_id": "5843104000000000502",
            "Lock_Source__s": "Automatic", "Record_Locking_Rule_Id__s": "5843104000000000701" }]
        }, {
          "id": "6000000000000000001", "name": "Small Co", "edition": "professional",
          "profiles": [{ "id": "6000000000000000011", "name": "Administrator" }],
          "users": [{ "id": "6000000000000000021", "name": "Pat Pro", "profile_id": "6000000000000000011" }],
          "tokens": [{ "access_token": "1000.pro", "user_id": "6000000000000000021" }],
          "records": [{ "module": "Leads", "id": "6000000000000000031", "name": "Pro Lead" }]
        }]}
        """

    static func store() throws -> InMemoryStore {
        try InMemoryStore(loading: try JSONParser.parse(document), now: now)
    }

    static func clock() -> MockClock {
        let clock = MockClock()
        _ = clock.freeze(at: now)
        return clock
    }

    static func environment(_ clock: MockClock = clock()) -> ServiceEnvironment {
        ServiceEnvironment(clock: clock, defaultTimeZone: zone)
    }

    /// The caller a token of the document resolves to.
    static func caller(_ token: String, in store: InMemoryStore) throws -> Caller {
        try #require(try store.read { try $0.caller(accessToken: token, now: now) })
    }

    /// `now` as the replies write it.
    static var nowText: JSONValue { .string(ZohoDateTime.format(now, timeZone: zone)) }
}

extension ZohoReply {
    /// The first item of the reply's action wrapper (`data`, `record_locking_configurations`).
    func item(_ key: String = "data", _ index: Int = 0) -> JSONObject? {
        guard let items = body?.objectValue?[key]?.arrayValue, index < items.count else { return nil }
        return items[index].objectValue
    }
}
