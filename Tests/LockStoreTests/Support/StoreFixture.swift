import LockStore
import ZohoJSON
import ZohoLocking

/// A small fixture document and the ids it uses, shared by the store tests.
enum StoreFixture {
    static let loadTime: Int64 = 1_700_000_000

    static let orgID = ZohoID(5_843_104_000_000_000_101)
    static let otherOrgID = ZohoID(6_000_000_000_000_000_001)

    static let adminProfileID = ZohoID(5_843_104_000_000_000_201)
    static let standardProfileID = ZohoID(5_843_104_000_000_000_202)
    static let adminUserID = ZohoID(5_843_104_000_000_000_301)
    static let standardUserID = ZohoID(5_843_104_000_000_000_302)
    static let projectsModuleID = ZohoID(5_843_104_000_000_000_401)
    static let linkingModuleID = ZohoID(5_843_104_000_000_000_402)
    static let leadOneID = ZohoID(5_843_104_000_000_000_501)
    static let leadTwoID = ZohoID(5_843_104_000_000_000_502)
    static let projectOneID = ZohoID(5_843_104_000_000_000_503)
    static let leadsConfigurationID = ZohoID(5_843_104_000_000_000_601)

    static let admin = NamedReference(name: "Patricia Boyle", id: adminUserID)
    static let standard = NamedReference(name: "Sam Standard", id: standardUserID)

    /// One enterprise org: two profiles and users, a custom and a non-lockable
    /// module, a never-expiring and an expiring token, three records and a
    /// manual Leads configuration.
    static let document = """
        { "orgs": [{
          "id": "5843104000000000101", "name": "Zylker", "edition": "enterprise", "time_zone": "America/New_York",
          "profiles": [
            { "id": "5843104000000000201", "name": "Administrator", "record_locking": true },
            { "id": "5843104000000000202", "name": "Standard", "record_locking": false }],
          "users": [
            { "id": "5843104000000000301", "name": "Patricia Boyle", "email": "patricia@zylker.example",
              "profile_id": "5843104000000000201" },
            { "id": "5843104000000000302", "name": "Sam Standard", "email": "sam@zylker.example",
              "profile_id": "5843104000000000202" }],
          "modules": [
            { "api_name": "Projects", "id": "5843104000000000401" },
            { "api_name": "Linking_Things", "id": "5843104000000000402", "generated_type": "linking" }],
          "tokens": [
            { "access_token": "1000.admin", "user_id": "5843104000000000301",
              "scopes": ["ZohoCRM.modules.ALL", "ZohoCRM.settings.ALL"] },
            { "access_token": "1000.short", "user_id": "5843104000000000302",
              "scopes": ["ZohoCRM.modules.ALL"], "expires_in": 3600 }],
          "records": [
            { "module": "Leads", "id": "5843104000000000501", "name": "Lead One", "owner_id": "5843104000000000301" },
            { "module": "Leads", "id": "5843104000000000502", "name": "Lead Two" },
            { "module": "Projects", "id": "5843104000000000503", "name": "Project One" }],
          "record_locking_configurations": [
            { "module": "Leads", "id": "5843104000000000601", "lock_type": "manual" }]
        }]}
        """

    /// A second org reusing the first org's record id for a different lead.
    static let otherOrgDocument = """
        { "orgs": [{
          "id": "6000000000000000001", "name": "Other Co", "edition": "ultimate",
          "profiles": [{ "id": "6000000000000000011", "name": "Administrator" }],
          "users": [{ "id": "6000000000000000021", "name": "Olga Other", "profile_id": "6000000000000000011" }],
          "tokens": [{ "access_token": "1000.other", "user_id": "6000000000000000021" }],
          "records": [{ "module": "Leads", "id": "5843104000000000501", "name": "Other Lead" }],
          "record_locking_configurations": [{ "module": "Leads", "id": "6000000000000000041" }]
        }]}
        """

    /// A fresh in-memory store.
    static func emptyStore() throws -> SQLiteStore {
        try SQLiteStore(path: ":memory:")
    }

    /// A fresh in-memory store with `documents` loaded, each in its own write.
    static func store(loading documents: String...) throws -> SQLiteStore {
        let store = try emptyStore()
        for text in documents { try load(text, into: store) }
        return store
    }

    /// A fresh store holding `document`.
    static func loadedStore() throws -> SQLiteStore {
        try store(loading: document)
    }

    @discardableResult
    static func load(_ text: String, into store: SQLiteStore) throws -> [ZohoID] {
        let json = try JSONParser.parse(text)
        return try store.write { try FixtureLoader(repository: $0, now: loadTime).load(json) }
    }

    static var leadsModule: ModuleInfo {
        ModuleInfo(apiName: "Leads", id: ZohoID(5_843_104_000_000_002_175), generatedType: "default", lockable: true)
    }

    /// A manual lock of Lead One by the admin.
    static func manualLock(
        id: ZohoID = ZohoID(5_843_104_000_000_000_901), recordID: ZohoID = leadOneID, recordName: String? = "Lead One",
        configurationID: ZohoID = leadsConfigurationID, by user: NamedReference = admin, at time: Int64 = loadTime + 100
    ) -> LockEntry {
        LockEntry(
            id: id, record: LockedRecord(module: leadsModule.reference, name: recordName, id: recordID),
            source: .manual, reason: "Audit in progress", lockedBy: user, lockedTime: time,
            configurationID: configurationID, ruleID: nil, createdBy: user, createdTime: time, modifiedBy: user,
            modifiedTime: time)
    }
}

/// Thrown by test closures to force a rollback.
struct Abort: Error {}
