/// The writes of loading a fixture document. Every upsert replaces the row
/// with the same id in the org.
public protocol FixtureRepository {
    func upsertOrg(_ org: Org) throws
    /// A new org id; deterministic for the same history.
    func generateOrgID() throws -> ZohoID
    func upsertProfile(orgID: ZohoID, _ profile: Profile) throws
    func upsertUser(orgID: ZohoID, _ user: User) throws
    func upsertOAuthClient(orgID: ZohoID, _ client: OAuthClient) throws
    func upsertModule(orgID: ZohoID, _ module: ModuleInfo) throws
    func upsertField(orgID: ZohoID, module: String, _ field: FieldDefinition) throws
    func upsertCustomButton(orgID: ZohoID, module: String, _ button: NamedReference) throws
    func upsertRecord(orgID: ZohoID, _ record: CRMRecord) throws
    /// Replaces a lock by id, and any other lock of the same record.
    func upsertLock(orgID: ZohoID, _ lock: LockEntry) throws
}

