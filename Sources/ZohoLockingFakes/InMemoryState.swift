import ZohoLocking

/// Every row of the in-memory store, as plain values: copying it is what a
/// transaction's rollback needs. `order` fields stand in for SQLite's rowid,
/// where answers list rows in insertion order.
struct InMemoryState {
    var orgs: [ZohoID: OrgRow] = [:]
    /// Rows of each org; kept apart from `orgs` because SQLite accepts rows of an org it has no row for.
    var data: [ZohoID: OrgData] = [:]
    var orgSequence: Int64 = 0
    /// Credentials are unique across orgs, as their primary keys are.
    var accessTokens: [String: Stored<AccessTokenGrant>] = [:]
    var refreshTokens: [String: Stored<RefreshToken>] = [:]
    var oauthClients: [String: Stored<OAuthClient>] = [:]
    var grantCodes: [String: Stored<GrantCodeRow>] = [:]
    var insertions: Int64 = 0

    /// The next insertion order.
    mutating func nextOrder() -> Int64 {
        insertions += 1
        return insertions
    }

    subscript(org id: ZohoID) -> OrgData {
        get { data[id] ?? OrgData() }
        set { data[id] = newValue }
    }
}

struct OrgRow {
    var org: Org
    var idSequence: Int64 = 0
    var metadataModifiedTime: Int64 = 0
}

/// A row with the org it belongs to and when it was inserted.
struct Stored<Row> {
    var orgID: ZohoID
    var row: Row
    var order: Int64
}

struct RefreshToken {
    var clientID: String
    var revoked = false
}

struct GrantCodeRow {
    var clientID: String
    var expiresAt: Int64?
    var used = false
}

struct OrgData {
    var profiles: [ZohoID: Profile] = [:]
    var users: [ZohoID: User] = [:]
    var modules: [String: (module: ModuleInfo, order: Int64)] = [:]
    /// Added fields by module, then API name.
    var fields: [String: [String: FieldDefinition]] = [:]
    var customButtons: [ZohoID: (module: String, button: NamedReference)] = [:]
    var records: [ZohoID: CRMRecord] = [:]
    /// By id; at most one per module. User references keep only their ids.
    var configurations: [ZohoID: LockingConfiguration] = [:]
    /// By lock id; at most one per record. Names (record, module, users) are looked up when read.
    var locks: [ZohoID: LockEntry] = [:]

    func lockID(ofRecord recordID: ZohoID) -> ZohoID? {
        locks.first { $0.value.record.id == recordID }?.key
    }

    func configuration(ofModule module: String) -> LockingConfiguration? {
        configurations.values.first { $0.module == module }
    }
}
