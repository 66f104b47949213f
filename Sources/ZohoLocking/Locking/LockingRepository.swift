/// The locks of records. LockStore implements it over SQLite; `ZohoLockingFakes`
/// in memory. Every call runs inside one `TransactionalStore.read` or `write`.
public protocol LockingRepository {
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

/// A configuration's id and lock type.
public struct ConfigurationSummary: Sendable, Equatable {
    public var id: ZohoID
    public var lockType: LockType

    public init(id: ZohoID, lockType: LockType) {
        self.id = id
        self.lockType = lockType
    }
}
