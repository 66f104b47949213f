/// Automatic locking (docs/zoho-api.md#enforcement-and-automatic-locking): the
/// rules of a module's configuration lock the records their criteria match,
/// when a record is created or updated, and when a configuration with
/// `lock_existing_records` rules is saved.
///
/// Decisions where Zoho is silent: a lock stays when its record stops
/// matching; deleting a rule removes the locks it made; deleting the
/// configuration removes every lock of the module (`deleteConfiguration`).
/// They are listed in docs/behaviour.md#enforcement-and-automatic-locking.
public struct AutomaticLocker {
    /// A module's records and locks, its fields (for criteria), the users records name, and new lock ids.
    public typealias Repository = ModuleRepository & LockingRepository & RecordRepository & UserRepository & IDRepository

    private let repository: any Repository
    private let org: Org
    private let now: Int64

    public init(repository: any Repository, org: Org, now: Int64) {
        self.repository = repository
        self.org = org
        self.now = now
    }

    /// After a record was created or updated: locks it when it holds no lock
    /// yet and one of the rules matches (the first matching rule, in order).
    public func recordSaved(_ record: CRMRecord, module: ModuleInfo, configuration: LockingConfiguration?) throws {
        guard let configuration, applies(configuration),
            try repository.lock(orgID: org.id, recordID: record.id) == nil
        else { return }
        let evaluator = CriteriaEvaluator(fields: try repository.fields(orgID: org.id, module: module))
        try lockIfMatching(record, module: module, configuration: configuration, rules: configuration.lockingRules, evaluator)
    }

    /// After a configuration was created (`previous` nil) or updated: the
    /// automatic locks of rules that are gone go with them, then the rules
    /// with `lock_existing_records` lock the module's unlocked records that match.
    public func configurationSaved(_ saved: LockingConfiguration, previous: LockingConfiguration?) throws {
        let kept = Set(saved.lockingRules.map(\.id))
        let removed = (previous?.lockingRules ?? []).map(\.id).filter { !kept.contains($0) }
        if !removed.isEmpty { try repository.deleteAutomaticLocks(orgID: org.id, ruleIDs: removed) }

        let rules = saved.lockingRules.filter(\.lockExistingRecords)
        guard applies(saved), !rules.isEmpty, let module = try repository.module(orgID: org.id, apiName: saved.module) else {
            return
        }
        let evaluator = CriteriaEvaluator(fields: try repository.fields(orgID: org.id, module: module))
        let locked = try repository.lockedRecordIDs(orgID: org.id, module: module.apiName)
        for record in try repository.crmRecords(orgID: org.id, module: module.apiName) where !locked.contains(record.id) {
            try lockIfMatching(record, module: module, configuration: saved, rules: rules, evaluator)
        }
    }

    /// Rules run where the feature exists and the configuration locks automatically.
    private func applies(_ configuration: LockingConfiguration) -> Bool {
        org.edition.hasRecordLocking && configuration.lockType.usesRules && !configuration.lockingRules.isEmpty
    }

    private func lockIfMatching(
        _ record: CRMRecord, module: ModuleInfo, configuration: LockingConfiguration, rules: [LockingRule],
        _ evaluator: CriteriaEvaluator
    ) throws {
        let values = RecordValues(
            record: record, owner: try user(record.ownerID), createdBy: try user(record.creatorID),
            modifiedBy: try user(record.modifierID))
        guard let rule = rules.first(where: { evaluator.matches($0.criteria, values) }) else { return }
        let lock = LockEntry(
            id: try repository.generateID(orgID: org.id),
            record: LockedRecord(module: module.reference, name: record.name, id: record.id),
            source: .automatic, reason: nil, lockedBy: nil, lockedTime: now, configurationID: configuration.id,
            ruleID: rule.id, createdBy: nil, createdTime: now, modifiedBy: nil, modifiedTime: now)
        try repository.insertLock(orgID: org.id, lock)
    }

    private func user(_ id: ZohoID?) throws -> NamedReference? {
        guard let id else { return nil }
        return try repository.user(orgID: org.id, id: id)?.reference ?? NamedReference(name: nil, id: id)
    }
}
