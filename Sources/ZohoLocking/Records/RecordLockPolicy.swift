/// What a record's lock forbids a caller: `update` always,
/// except changes confined to the configuration's `excluded_fields`;
/// `delete` and `change_owner` when `restricted_actions` lists them. Users whose profile is in
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
        try checkRestricted("delete", of: recordID, lock: lock)
    }

    /// RECORD_LOCKED when the configuration restricts changing the owner (the
    /// change-owner action; a PUT of `Owner` is an update and always refused).
    func checkChangeOwner(of recordID: ZohoID, lock: LockEntry?) throws(ZohoError) {
        try checkRestricted("change_owner", of: recordID, lock: lock)
    }

    /// The actions other than `update` bite only when `restricted_actions` lists them.
    private func checkRestricted(_ action: String, of recordID: ZohoID, lock: LockEntry?) throws(ZohoError) {
        guard isLockedForCaller(lock), configuration?.restrictedActions.contains(action) ?? false else { return }
        throw .recordLocked(recordID: recordID)
    }
}
