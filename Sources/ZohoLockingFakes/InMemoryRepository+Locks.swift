import ZohoLocking

extension InMemoryRepository: LockingRepository {
    public func lock(orgID: ZohoID, recordID: ZohoID) throws -> LockEntry? {
        let data = state[org: orgID]
        return data.lockID(ofRecord: recordID).flatMap { data.locks[$0] }.map { entry($0, orgID: orgID) }
    }

    public func lockTarget(orgID: ZohoID, module: ModuleInfo, recordID: ZohoID) throws -> LockTarget? {
        let data = state[org: orgID]
        guard let record = data.records[recordID], record.module == module.apiName else { return nil }
        return LockTarget(
            record: RecordSummary(module: module.apiName, id: recordID, name: record.name),
            configuration: data.configuration(ofModule: module.apiName).map {
                ConfigurationSummary(id: $0.id, lockType: $0.lockType)
            },
            lock: try lock(orgID: orgID, recordID: recordID))
    }

    public func insertLock(orgID: ZohoID, _ lock: LockEntry) throws {
        try change { state in
            let data = state[org: orgID]
            // The schema's primary key and one-lock-per-record key both refuse the row.
            guard data.locks[lock.id] == nil, data.lockID(ofRecord: lock.record.id) == nil else { throw LockConflict() }
            state[org: orgID].locks[lock.id] = lock
        }
    }

    public func updateLockReason(orgID: ZohoID, lockID: ZohoID, reason: String, modifiedBy: ZohoID, at time: Int64) throws {
        try change { state in
            guard var lock = state[org: orgID].locks[lockID] else { return }
            lock.reason = reason
            lock.modifiedBy = NamedReference(name: nil, id: modifiedBy)
            lock.modifiedTime = time
            state[org: orgID].locks[lockID] = lock
        }
    }

    public func deleteLock(orgID: ZohoID, lockID: ZohoID) throws {
        try change { state in state[org: orgID].locks[lockID] = nil }
    }
}

extension InMemoryRepository: RecordRepository {
    public func record(orgID: ZohoID, module: String, id: ZohoID) throws -> RecordSummary? {
        try crmRecord(orgID: orgID, module: module, id: id).map { RecordSummary(module: module, id: id, name: $0.name) }
    }

    public func crmRecord(orgID: ZohoID, module: String, id: ZohoID) throws -> CRMRecord? {
        state[org: orgID].records[id].flatMap { $0.module == module ? $0 : nil }
    }

    public func crmRecords(orgID: ZohoID, module: String) throws -> [CRMRecord] {
        state[org: orgID].records.values.filter { $0.module == module }.sorted { $0.id < $1.id }
    }

    public func saveRecord(orgID: ZohoID, _ record: CRMRecord) throws {
        try change { state in state[org: orgID].records[record.id] = record }
    }

    public func deleteRecord(orgID: ZohoID, id: ZohoID) throws {
        try change { state in
            state[org: orgID].locks = state[org: orgID].locks.filter { $0.value.record.id != id }
            state[org: orgID].records[id] = nil
        }
    }

    public func lockedRecordIDs(orgID: ZohoID, module: String) throws -> Set<ZohoID> {
        Set(state[org: orgID].locks.values.filter { $0.record.module.apiName == module }.map(\.record.id))
    }

    public func deleteAutomaticLocks(orgID: ZohoID, ruleIDs: [ZohoID]) throws {
        let rules = Set(ruleIDs)
        try change { state in
            state[org: orgID].locks = state[org: orgID].locks.filter { _, lock in
                !(lock.source == .automatic && lock.ruleID.map(rules.contains) == true)
            }
        }
    }
}
