import ZohoJSON

/// The path parameters of the locking endpoints, as received.
public struct LockPath: Sendable {
    public var module: String
    public var recordID: String
    public var lockID: String?

    public init(module: String, recordID: String, lockID: String? = nil) {
        self.module = module
        self.recordID = recordID
        self.lockID = lockID
    }
}

/// The five record-locking operations (Zoho's pages are linked at the methods).
///
/// Checks run in Zoho's order (docs/zoho-api.md#errors): module, query parameters,
/// ids, edition, configuration, profile, body, then the lock's own state.
public struct LockService: Sendable {
    /// The module, the record with its configuration and lock, and new lock ids.
    public typealias Repository = ModuleRepository & LockingRepository & IDRepository

    private let store: any TransactionalStore<any Repository>
    private let environment: ServiceEnvironment
    private var clock: MockClock { environment.clock }

    public init<Store: TransactionalStore>(store: Store, environment: ServiceEnvironment)
    where Store.Repository: Repository {
        self.store = store.narrowed { $0 as any Repository }
        self.environment = environment
    }

    /// GET `/{module}/{record_id}/Locking_Information__s`
    /// (https://www.zoho.com/crm/developer/docs/api/v8/get-record-locking-info.html).
    public func getLocks(_ caller: Caller, _ path: LockPath, _ parameters: QueryParameters) throws -> ZohoReply {
        // Parsing and rendering run outside the store's read: only the lookups
        // hold a connection (and keep writes waiting). A parameter error is still
        // raised where the order of checks puts it, right after the module, before any id.
        let parsed = Result { () throws(ZohoError) in try LockListQuery(parameters: parameters) }
        let target = try store.read { repository in
            try resolve(repository, caller, path, checkParameters: { _ = try parsed.get() })
        }
        let query = try parsed.get()
        var locks = target.recordLock.map { [$0] } ?? []
        if let ids = query.ids { locks = locks.filter { ids.contains($0.id) } }
        let page = PageInfo.paginate(locks, page: query.page, perPage: query.perPage)
        guard !page.items.isEmpty else { return .noContent }
        return lockReply(page.items, caller, fields: query.fields, info: page.info)
    }

    /// GET `/{module}/{record_id}/Locking_Information__s/{lock_id}`, on the list GET's page: no `info`
    /// (docs/behaviour.md).
    public func getLock(_ caller: Caller, _ path: LockPath, _ parameters: QueryParameters) throws -> ZohoReply {
        let target = try store.read { repository in try resolve(repository, caller, path) }
        let fields = parameters["fields"].map(LockFieldSelection.init(parsing:))
        return lockReply([try target.requestedLock()], caller, fields: fields, info: nil)
    }

    /// `{"data": [locks], "info": …}`, written straight to bytes (the lock GETs' answer).
    private func lockReply(_ locks: [LockEntry], _ caller: Caller, fields: LockFieldSelection?, info: PageInfo?)
        -> ZohoReply
    {
        let zone = timeZone(caller)
        var writer = JSONStreamWriter()
        writer.beginObject()
        writer.key("data")
        writer.beginArray()
        for lock in locks { LockEntryView(entry: lock, timeZone: zone).write(into: &writer, fields: fields) }
        writer.endArray()
        if let info {
            writer.key("info")
            info.write(into: &writer)
        }
        writer.endObject()
        return ZohoReply(status: 200, written: writer.bytes())
    }

    /// POST `/{module}/{record_id}/Locking_Information__s`: 201 with the new lock's id
    /// (https://www.zoho.com/crm/developer/docs/api/v8/lock-records.html).
    public func lockRecord(_ caller: Caller, _ path: LockPath, body: [UInt8]) throws -> ZohoReply {
        // Parsed before taking the store's lock; a body error is raised in its place after the path checks.
        let parsedBody = Result { () throws(ZohoError) in try LockReasonBody(bytes: body) }
        // The transaction only locks (with the first valid reason); the answer, one item
        // per element of `data`, however many, is built after it.
        let inserted = try store.write { repository -> (index: Int, result: ActionResult)? in
            let target = try resolve(repository, caller, path)
            let input = try parsedBody.get()
            guard target.configuration.lockType.allowsManualLocks else { throw ZohoError.onlyAutomaticLockingConfigured }
            if input.items.count == 1, case .success = input.items[0], target.recordLock != nil {
                throw ZohoError.recordAlreadyLocked
            }
            guard target.recordLock == nil, let index = input.firstReasonIndex, case .success(let reason) = input.items[index]
            else { return nil }
            return (index, try insertLock(repository, caller, target, reason: reason))
        }
        // Every other valid item meets the record locked, by this request or before it.
        let results = try parsedBody.get().items.enumerated().map { index, item -> ActionResult in
            switch item {
            case .failure(let error): return .failure(error)
            case .success:
                if let inserted, inserted.index == index { return inserted.result }
                return .failure(.recordAlreadyLocked)
            }
        }
        return ActionResult.reply(key: "data", items: results, successStatus: 201)
    }

    /// PUT `/{module}/{record_id}/Locking_Information__s/{lock_id}`: changes the reason
    /// (https://www.zoho.com/crm/developer/docs/api/v8/update-record-locking-info.html).
    public func updateLock(_ caller: Caller, _ path: LockPath, body: [UInt8]) throws -> ZohoReply {
        let parsedBody = Result { () throws(ZohoError) in try LockReasonBody(bytes: body) }
        let lock = try store.write { repository -> LockEntry in
            let target = try resolve(repository, caller, path)
            let lock = try target.requestedLock()
            let input = try parsedBody.get()
            guard lock.editable else { throw ZohoError.automaticLockCannotBeEdited }
            // Each valid item sets the reason, in order, in this one transaction: the last one stays.
            if let reason = input.lastReason {
                try repository.updateLockReason(
                    orgID: caller.org.id, lockID: lock.id, reason: reason, modifiedBy: caller.user.id, at: clock.now())
            }
            return lock
        }
        let results = try parsedBody.get().items.map { item -> ActionResult in
            switch item {
            case .failure(let error): return .failure(error)
            case .success: return .success(.relationUpdated, details: JSONObject([("id", lock.id.json)]))
            }
        }
        return ActionResult.reply(key: "data", items: results, successStatus: 200)
    }

    /// DELETE `/{module}/{record_id}/Locking_Information__s/{lock_id}`: unlocks
    /// (https://www.zoho.com/crm/developer/docs/api/v8/unlock-records.html).
    public func unlockRecord(_ caller: Caller, _ path: LockPath) throws -> ZohoReply {
        try store.write { repository in
            let target = try resolve(repository, caller, path, missingPermission: .unlockNotPermitted)
            let lock = try target.requestedLock()
            guard lock.editable else { throw ZohoError.automaticLockCannotBeUnlocked }
            try repository.deleteLock(orgID: caller.org.id, lockID: lock.id)
            let item = ActionResult.success(.relationRemoved, details: JSONObject([("id", lock.id.json)]))
            return ActionResult.reply(key: "data", items: [item], successStatus: 200)
        }
    }

    // MARK: - Shared steps

    private struct Target {
        var module: ModuleInfo
        var record: RecordSummary
        var configuration: ConfigurationSummary
        var recordLock: LockEntry?
        /// The lock named in the path, checked to be this record's.
        var pathLock: LockEntry?

        func requestedLock() throws -> LockEntry {
            guard let pathLock else { throw ZohoError.internalError }
            return pathLock
        }
    }

    private func resolve(
        _ repository: any Repository, _ caller: Caller, _ path: LockPath,
        missingPermission: ZohoError = .lockingNotPermittedForProfile,
        checkParameters: () throws -> Void = {}
    ) throws -> Target {
        let orgID = caller.org.id
        guard let module = try repository.module(orgID: orgID, apiName: path.module), module.lockable else {
            throw ZohoError.invalidModule(resourcePathIndex: 0)
        }
        try checkParameters()
        guard let recordID = ZohoID(path.recordID) else { throw ZohoError.unableToParseDataType }
        guard let found = try repository.lockTarget(orgID: orgID, module: module, recordID: recordID) else {
            throw ZohoError.invalidRelatedID
        }
        let record = found.record
        let recordLock = found.lock
        var pathLock: LockEntry?
        if let lockText = path.lockID {
            guard let lockID = ZohoID(lockText) else { throw ZohoError.unableToParseDataType }
            guard let lock = recordLock, lock.id == lockID else { throw ZohoError.invalidID(resourcePathIndex: 3) }
            pathLock = lock
        }
        guard caller.org.edition.hasRecordLocking else { throw ZohoError.featureNotSupported }
        guard caller.org.lockingModuleCreated else { throw ZohoError.relationNotFound }
        guard let configuration = found.configuration else { throw ZohoError.configurationNotPresent }
        guard caller.profile.recordLocking else { throw missingPermission }
        return Target(
            module: module, record: record, configuration: configuration, recordLock: recordLock, pathLock: pathLock)
    }

    private func insertLock(_ repository: any Repository, _ caller: Caller, _ target: Target, reason: String)
        throws -> ActionResult
    {
        let now = clock.now()
        let user = caller.user.reference
        let lock = LockEntry(
            id: try repository.generateID(orgID: caller.org.id),
            record: LockedRecord(module: target.module.reference, name: target.record.name, id: target.record.id),
            source: .manual, reason: reason, lockedBy: user, lockedTime: now,
            configurationID: target.configuration.id, ruleID: nil,
            createdBy: user, createdTime: now, modifiedBy: user, modifiedTime: now)
        do {
            try repository.insertLock(orgID: caller.org.id, lock)
        } catch is LockConflict {
            throw ZohoError.recordAlreadyLocked
        }
        let time = JSONValue.string(ZohoDateTime.format(now, timeZone: timeZone(caller)))
        return .success(.recordAdded, details: JSONObject([
            ("Modified_Time", time), ("Modified_By", user.json), ("Created_Time", time),
            ("id", lock.id.json), ("Created_By", user.json),
        ]))
    }

    private func timeZone(_ caller: Caller) -> String { environment.timeZone(for: caller.org) }
}
