import ASCIIBytes
import ZohoLocking

/// The repository over one SQLite connection. It lives only inside a
/// `SQLiteStore.read`/`write` call, while the store holds its connection.
/// Public so that services can require their protocols of it generically.
public struct SQLiteRepository {
    let database: Database
    /// The reader connection's caches; nil (the writer) looks everything up.
    var caches: ReadCaches? = nil
    /// The store's count of write transactions, which keys `caches`.
    var generation: UInt64 = 0

    func one<T>(_ sql: String, _ values: [SQLiteValue], _ map: (Row) throws -> T) throws -> T? {
        try database.statement(sql).first(values, map)
    }

    func all<T>(_ sql: String, _ values: [SQLiteValue], _ map: (Row) throws -> T) throws -> [T] {
        try database.statement(sql).rows(values, map)
    }

    @discardableResult
    func run(_ sql: String, _ values: [SQLiteValue]) throws -> Int {
        try database.statement(sql).run(values)
    }

    /// A user id with the user's name; a nil name when the user is gone.
    func userReference(orgID: ZohoID, id: Int64?) throws -> NamedReference? {
        guard let id else { return nil }
        let key = UserKey(orgID: orgID.value, userID: id)
        if let cached = caches?.userNames.value(for: key, at: generation) {
            return NamedReference(name: cached, id: ZohoID(id))
        }
        let name = try one("SELECT name FROM users WHERE org_id = ? AND id = ?", [.integer(orgID.value), .integer(id)]) {
            $0.text(0)
        }
        caches?.userNames.store(name, for: key, at: generation)
        return NamedReference(name: name, id: ZohoID(id))
    }
}

extension SQLiteRepository: CredentialRepository, ModuleRepository, IDRepository, UserRepository {}

extension SQLiteRepository: LockingRepository {
    public func caller(accessToken: String, now: Int64) throws -> Caller? {
        if let cached = caches?.callers.value(for: accessToken, at: generation) { return cached.caller(at: now) }
        guard let entry = try callerEntry(accessToken: accessToken) else { return nil }
        caches?.callers.store(entry, for: accessToken, at: generation)
        return entry.caller(at: now)
    }

    /// The caller of a token, expired or not.
    private func callerEntry(accessToken: String) throws -> CachedCaller? {
        let sql = """
            SELECT t.org_id, t.scopes, t.expires_at, o.name, o.edition, o.time_zone, o.locking_module_created,
                   u.id, u.name, u.email, p.id, p.name, p.record_locking, p.customize_crm
            FROM access_tokens t
            JOIN orgs o ON o.id = t.org_id
            JOIN users u ON u.org_id = t.org_id AND u.id = t.user_id
            JOIN profiles p ON p.org_id = u.org_id AND p.id = u.profile_id
            WHERE t.token = ?
            """
        return try one(sql, [.text(accessToken)]) { row -> CachedCaller in
            let org = Org(
                id: ZohoID(row.int64(0)), name: row.text(3), edition: Edition(rawValue: row.text(4)) ?? .enterprise,
                timeZone: row.optionalText(5), lockingModuleCreated: row.bool(6))
            let profile = Profile(
                id: ZohoID(row.int64(10)), name: row.text(11), recordLocking: row.bool(12), customizeCRM: row.bool(13))
            let user = User(id: ZohoID(row.int64(7)), name: row.text(8), email: row.text(9), profileID: profile.id)
            let caller = Caller(org: org, user: user, profile: profile, scopes: ScopeList.decode(row.text(1)))
            return CachedCaller(caller: caller, expiresAt: row.optionalInt64(2))
        }
    }

    public func module(orgID: ZohoID, apiName: String) throws -> ModuleInfo? {
        if let standard = ModuleCatalog.standardModule(named: apiName) { return standard }
        return try one(
            "SELECT id, generated_type, lockable FROM modules WHERE org_id = ? AND api_name = ?",
            [.integer(orgID.value), .text(apiName)]
        ) { row in
            ModuleInfo(apiName: apiName, id: ZohoID(row.int64(0)), generatedType: row.text(1), lockable: row.bool(2))
        }
    }

    public func record(orgID: ZohoID, module: String, id: ZohoID) throws -> RecordSummary? {
        try one(
            "SELECT name FROM records WHERE org_id = ? AND id = ? AND module = ?",
            [.integer(orgID.value), .integer(id.value), .text(module)]
        ) { row in
            RecordSummary(module: module, id: id, name: row.optionalText(0))
        }
    }

    public func configuration(orgID: ZohoID, module: String) throws -> LockingConfiguration? {
        try ConfigurationRows(repository: self).configuration(orgID: orgID, module: module)
    }

    public func configurationSummary(orgID: ZohoID, module: String) throws -> ConfigurationSummary? {
        try one(
            "SELECT id, lock_type FROM configurations WHERE org_id = ? AND module = ?",
            [.integer(orgID.value), .text(module)]
        ) { row in ConfigurationSummary(id: ZohoID(row.int64(0)), lockType: LockType(rawValue: row.text(1)) ?? .manual) }
    }

    public func lock(orgID: ZohoID, recordID: ZohoID) throws -> LockEntry? {
        guard let row = try one(LockRow.byRecordSQL, [.integer(orgID.value), .integer(recordID.value)], { LockRow($0, from: 0) })
        else { return nil }
        return try lockEntry(row, orgID: orgID, recordID: recordID, knownModule: nil)
    }

    public func lockTarget(orgID: ZohoID, module: ModuleInfo, recordID: ZohoID) throws -> LockTarget? {
        let values: [SQLiteValue] = [.integer(orgID.value), .integer(recordID.value), .text(module.apiName)]
        let found = try one(LockRow.targetSQL, values) { row in
            (
                name: row.optionalText(0),
                configuration: row.optionalInt64(1).map {
                    ConfigurationSummary(id: ZohoID($0), lockType: LockType(rawValue: row.text(2)) ?? .manual)
                },
                lock: row.optionalInt64(3) == nil ? nil : LockRow(row, from: 3)
            )
        }
        guard let found else { return nil }
        return LockTarget(
            record: RecordSummary(module: module.apiName, id: recordID, name: found.name),
            configuration: found.configuration,
            lock: try found.lock.map { try lockEntry($0, orgID: orgID, recordID: recordID, knownModule: module) })
    }

    /// A lock row as an entry; its module looked up unless it is `knownModule`.
    private func lockEntry(_ row: LockRow, orgID: ZohoID, recordID: ZohoID, knownModule: ModuleInfo?) throws
        -> LockEntry
    {
        let module = knownModule?.apiName == row.module ? knownModule : try module(orgID: orgID, apiName: row.module)
        let reference = module?.reference ?? APINameReference(apiName: row.module, id: ZohoID(1))
        // Usually one user locked, created and last changed the lock: looked up once
        // (the writer has no cache, and every unlock reads the lock first).
        let lockedBy = try userReference(orgID: orgID, id: row.lockedBy)
        let createdBy = row.createdBy == row.lockedBy ? lockedBy : try userReference(orgID: orgID, id: row.createdBy)
        let modifiedBy = row.modifiedBy == row.createdBy ? createdBy
            : row.modifiedBy == row.lockedBy ? lockedBy : try userReference(orgID: orgID, id: row.modifiedBy)
        return LockEntry(
            id: ZohoID(row.id), record: LockedRecord(module: reference, name: row.recordName, id: recordID),
            source: LockSource(rawValue: row.source) ?? .manual, reason: row.reason,
            lockedBy: lockedBy, lockedTime: row.lockedTime,
            configurationID: ZohoID(row.configurationID), ruleID: row.ruleID.map(ZohoID.init),
            createdBy: createdBy, createdTime: row.createdTime,
            modifiedBy: modifiedBy, modifiedTime: row.modifiedTime)
    }

    public func insertLock(orgID: ZohoID, _ lock: LockEntry) throws {
        do {
            try run(Self.insertLockSQL(orReplace: false), lockValues(orgID: orgID, lock))
        } catch let error as StorageError where error.isUniqueViolation {
            throw LockConflict()
        }
    }

    public func updateLockReason(orgID: ZohoID, lockID: ZohoID, reason: String, modifiedBy: ZohoID, at time: Int64) throws {
        try run(
            "UPDATE locks SET reason = ?, modified_by = ?, modified_time = ? WHERE org_id = ? AND id = ?",
            [.text(reason), .integer(modifiedBy.value), .integer(time), .integer(orgID.value), .integer(lockID.value)])
    }

    public func deleteLock(orgID: ZohoID, lockID: ZohoID) throws {
        try run("DELETE FROM locks WHERE org_id = ? AND id = ?", [.integer(orgID.value), .integer(lockID.value)])
    }

    public func generateID(orgID: ZohoID) throws -> ZohoID {
        let sequence = try one(
            "UPDATE orgs SET id_sequence = id_sequence + 1 WHERE id = ? RETURNING id_sequence",
            [.integer(orgID.value)]
        ) { $0.int64(0) } ?? 0
        return ZohoID.generated(orgID: orgID, sequence: sequence)
    }

    public func generateIDs(orgID: ZohoID, count: Int) throws -> [ZohoID] {
        guard count > 0 else { return [] }
        let last = try one(
            "UPDATE orgs SET id_sequence = id_sequence + ? WHERE id = ? RETURNING id_sequence",
            [.integer(Int64(count)), .integer(orgID.value)]
        ) { $0.int64(0) }
        // An unknown org has no sequence: every id of it is the first, as `generateID` gives it.
        guard let last else { return Array(repeating: ZohoID.generated(orgID: orgID, sequence: 0), count: count) }
        return (last - Int64(count) + 1...last).map { ZohoID.generated(orgID: orgID, sequence: $0) }
    }

    static func insertLockSQL(orReplace: Bool) -> String {
        """
        INSERT \(orReplace ? "OR REPLACE " : "")INTO locks (org_id, id, module, record_id, source, reason, locked_by,
            locked_time, configuration_id, rule_id, created_by, created_time, modified_by, modified_time)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    }

    func lockValues(orgID: ZohoID, _ lock: LockEntry) -> [SQLiteValue] {
        [
            .integer(orgID.value), .integer(lock.id.value), .text(lock.record.module.apiName),
            .integer(lock.record.id.value), .text(lock.source.rawValue), .optional(lock.reason),
            .optional(lock.lockedBy?.id.value), .integer(lock.lockedTime), .integer(lock.configurationID.value),
            .optional(lock.ruleID?.value), .optional(lock.createdBy?.id.value), .integer(lock.createdTime),
            .optional(lock.modifiedBy?.id.value), .integer(lock.modifiedTime),
        ]
    }
}

/// The columns of a lock (`l`) with its record's name (`r`), read once. The
/// users' names are not joined in: they come from `userReference`, which
/// readers answer from their cache (three joins cost more than the rest of the query).
private struct LockRow {
    private static let columns = """
        l.id, l.module, r.name, l.source, l.reason, l.locked_by, l.locked_time, l.configuration_id,
        l.rule_id, l.created_by, l.created_time, l.modified_by, l.modified_time
        """

    /// A record's lock.
    static let byRecordSQL = """
        SELECT \(Self.columns)
        FROM locks l LEFT JOIN records r ON r.org_id = l.org_id AND r.id = l.record_id
        WHERE l.org_id = ? AND l.record_id = ?
        """

    /// `lockTarget`: the record, its module's configuration and its lock in one
    /// statement. Every locking request starts with these, and on memory most
    /// of a lookup's cost is the statement, not the rows.
    static let targetSQL = """
        SELECT r.name, c.id, c.lock_type, \(Self.columns)
        FROM records r
        LEFT JOIN configurations c ON c.org_id = r.org_id AND c.module = r.module
        LEFT JOIN locks l ON l.org_id = r.org_id AND l.record_id = r.id
        WHERE r.org_id = ? AND r.id = ? AND r.module = ?
        """

    let id: Int64, module: String, recordName: String?, source: String, reason: String?
    let lockedBy: Int64?, lockedTime: Int64, configurationID: Int64, ruleID: Int64?
    let createdBy: Int64?, createdTime: Int64, modifiedBy: Int64?, modifiedTime: Int64

    /// Reads `columns`, the first at index `base`.
    init(_ row: Row, from base: Int32) {
        id = row.int64(base)
        module = row.text(base + 1)
        recordName = row.optionalText(base + 2)
        source = row.text(base + 3)
        reason = row.optionalText(base + 4)
        lockedBy = row.optionalInt64(base + 5)
        lockedTime = row.int64(base + 6)
        configurationID = row.int64(base + 7)
        ruleID = row.optionalInt64(base + 8)
        createdBy = row.optionalInt64(base + 9)
        createdTime = row.int64(base + 10)
        modifiedBy = row.optionalInt64(base + 11)
        modifiedTime = row.int64(base + 12)
    }
}

/// Scopes are stored space-separated, as OAuth writes them.
enum ScopeList {
    static func encode(_ scopes: [String]) -> String { scopes.joined(separator: " ") }
    static func decode(_ text: String) -> [String] {
        // Every token lookup decodes its scopes: ASCII (all real scopes) splits as
        // bytes, several times cheaper than splitting Characters, with the same result.
        let asciiScopes = text.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            guard !bytes.containsNonASCII else { return nil }
            return bytes.split(separator: UInt8(ascii: " ")).map {
                String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self)
            }
        }
        if let asciiScopes = asciiScopes ?? nil { return asciiScopes }
        return text.split(separator: " ").map(String.init)
    }
}
