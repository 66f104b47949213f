/// What a record's lock forbids a caller: `update` always,
/// except changes confined to the configuration's `excluded_fields`;
/// `delete` when `restricted_actions` lists it. Users whose profile is in
/// `lock_excluded_profiles` (with `locked_for` all_profiles_except_excluded_profiles)
/// act as if the record were unlocked. There are no portal users here, so
/// `lock_for_portal_users` changes nothing.
/// The rules: docs/zoho-api.md#enforcement-and-automatic-locking.
struct RecordLockPolicy {
    let configuration: LockingConfiguration?
    let caller: Caller

    /// Whether the caller's profile is exempt from the module's locks.
    var callerIsExempt: Bool {
        guard let configuration, configuration.lockedFor == .allProfilesExceptExcludedProfiles else { return false }
        return configuration.lockExcludedProfiles?.contains { $0.id == caller.profile.id } ?? false
    }

    /// Whether a lock stops this caller from editing the record (`$locked_for_me`).
    func isLockedForCaller(_ lock: LockEntry?) -> Bool { lock != nil && !callerIsExempt }

    /// RECORD_LOCKED unless every changed field stays editable while locked.
    func checkUpdate(of recordID: ZohoID, lock: LockEntry?, changedFields: Set<String>) throws(ZohoError) {
        guard isLockedForCaller(lock) else { return }
        let editable = Set(configuration?.excludedFields?.map(\.apiName) ?? [])
        guard changedFields.isSubset(of: editable) else { throw .recordLocked(recordID: recordID) }
    }

    /// RECORD_LOCKED when the configuration restricts deleting.
    func checkDelete(of recordID: ZohoID, lock: LockEntry?) throws(ZohoError) {
        guard isLockedForCaller(lock), configuration?.restrictedActions.contains("delete") ?? false else { return }
        throw .recordLocked(recordID: recordID)
    }
}
