/// What the locking rules need from storage. LockStore implements it over
/// SQLite; unit tests can implement it in memory. Every call runs inside one
/// `LockingStore.read` or `write` transaction.
public protocol LockingRepository {
    /// The caller an access token resolves to, or nil when the token is unknown,
    /// revoked or expired at `now`.
    func caller(accessToken: String, now: Int64) throws -> Caller?
    /// A module of the org by exact API name: standard or custom.
    func module(orgID: ZohoID, apiName: String) throws -> ModuleInfo?
    func record(orgID: ZohoID, module: String, id: ZohoID) throws -> RecordSummary?
    func configuration(orgID: ZohoID, module: String) throws -> LockingConfiguration?
    /// What the locking endpoints need of a module's configuration, without its
    /// lists and rules (one indexed row: this is on every locking request).
    func configurationSummary(orgID: ZohoID, module: String) throws -> ConfigurationSummary?
    /// The lock a record holds, if any (at most one, enforced by the schema).
    func lock(orgID: ZohoID, recordID: ZohoID) throws -> LockEntry?
    /// A record of a module with its module's configuration and its lock: what
    /// every locking request looks up, in one go so a store can answer with one
    /// query. nil when the record is not in the module.
    func lockTarget(orgID: ZohoID, module: ModuleInfo, recordID: ZohoID) throws -> LockTarget?
    /// Inserts a lock; throws `LockConflict` when the record is already locked.
    func insertLock(orgID: ZohoID, _ lock: LockEntry) throws
    func updateLockReason(orgID: ZohoID, lockID: ZohoID, reason: String, modifiedBy: ZohoID, at time: Int64) throws
    func deleteLock(orgID: ZohoID, lockID: ZohoID) throws
    /// A new id for an entity of the org; deterministic for the same history.
    func generateID(orgID: ZohoID) throws -> ZohoID
    /// The ids `count` calls of `generateID` would give, in that order, at once.
    func generateIDs(orgID: ZohoID, count: Int) throws -> [ZohoID]
}

/// A record as the locking endpoints find it (see `LockingRepository.lockTarget`).
public struct LockTarget: Sendable, Equatable {
    public var record: RecordSummary
    public var configuration: ConfigurationSummary?
    public var lock: LockEntry?

    public init(record: RecordSummary, configuration: ConfigurationSummary?, lock: LockEntry?) {
        self.record = record
        self.configuration = configuration
        self.lock = lock
    }
}

/// Raised by `insertLock` when the database's one-lock-per-record rule refuses a row.
public struct LockConflict: Error {
    public init() {}
}

/// Serialised access to a repository: reads see a consistent snapshot; a write
/// commits when its closure returns and rolls back when it throws.
public protocol LockingStore: Sendable {
    /// Callers only read here; it runs without a transaction (the lock makes it consistent).
    func read<T>(_ body: (any StoreRepository) throws -> T) throws -> T
    func write<T>(_ body: (any StoreRepository) throws -> T) throws -> T
}

/// A configuration's id and lock type.
public struct ConfigurationSummary: Sendable, Equatable {
    public var id: ZohoID
    public var lockType: LockType

    public init(id: ZohoID, lockType: LockType) {
        self.id = id
        self.lockType = lockType
    }
}
