/// What loading a fixture document needs from storage, on top of the
/// locking reads. Every upsert replaces the row with the same id in the org.
public protocol FixtureRepository {
    func org(id: ZohoID) throws -> Org?
    func upsertOrg(_ org: Org) throws
    /// A new org id; deterministic for the same history.
    func generateOrgID() throws -> ZohoID
    func user(orgID: ZohoID, id: ZohoID) throws -> User?
    func upsertProfile(orgID: ZohoID, _ profile: Profile) throws
    func upsertUser(orgID: ZohoID, _ user: User) throws
    func upsertToken(orgID: ZohoID, _ token: AccessTokenGrant) throws
    func upsertOAuthClient(orgID: ZohoID, _ client: OAuthClient) throws
    func upsertModule(orgID: ZohoID, _ module: ModuleInfo) throws
    func upsertField(orgID: ZohoID, module: String, _ field: FieldDefinition) throws
    func upsertCustomButton(orgID: ZohoID, module: String, _ button: NamedReference) throws
    func upsertRecord(orgID: ZohoID, _ record: CRMRecord) throws
    /// Replaces a lock by id, and any other lock of the same record.
    func upsertLock(orgID: ZohoID, _ lock: LockEntry) throws
}

/// Everything a transaction can do.
public typealias StoreRepository = LockingRepository & ConfigurationRepository & FixtureRepository & StateRepository & OAuthRepository
    & MetadataRepository & RecordRepository
