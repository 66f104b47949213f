/// A `record_locking_configurations` entry of a fixture document: every key the
/// configuration API takes (§10), plus `module`.
struct ConfigurationFixture {
    let fixture: FixtureObject
    let loader: FixtureLoader
    let orgID: ZohoID

    init(_ fixture: FixtureObject, loader: FixtureLoader, orgID: ZohoID) {
        self.fixture = fixture
        self.loader = loader
        self.orgID = orgID
    }

    private var repository: any StoreRepository { loader.store }

    /// Validates, stores and returns the module name.
    func store() throws -> String {
        let moduleName = try fixture.requiredString("module")
        guard let module = try repository.module(orgID: orgID, apiName: moduleName), module.lockable else {
            throw FixtureError(at: fixture.at("module"), "module \(moduleName) does not exist or cannot be locked")
        }
        let lockType = try fixture.oneOf("lock_type", LockType.self) ?? .manual
        let lockedFor = try fixture.oneOf("locked_for", LockedFor.self) ?? .allProfiles
        let rules = try fixture.objects("locking_rules").map(rule)
        if lockType.usesRules && rules.isEmpty {
            throw FixtureError(at: fixture.at("locking_rules"), "required when lock_type is \(lockType.rawValue)")
        }
        let excludedProfiles = try fixture.has("lock_excluded_profiles")
            ? fixture.objects("lock_excluded_profiles").map(profileReference) : nil
        if lockedFor == .allProfilesExceptExcludedProfiles && (excludedProfiles ?? []).isEmpty {
            throw FixtureError(at: fixture.at("lock_excluded_profiles"), "required when locked_for is \(lockedFor.rawValue)")
        }
        var actions = try values("restricted_actions", allowed: LockingConfiguration.restrictedActionValues) ?? []
        // Editing is always restricted (§10): `update` is always present.
        if !actions.contains("update") { actions.insert("update", at: 0) }
        let createdBy = try loader.requireUser(fixture, "created_by_id", orgID: orgID)
        let modifiedBy = try loader.requireUser(fixture, "modified_by_id", orgID: orgID) ?? createdBy
        let createdTime = try fixture.time("created_time") ?? loader.loadTime
        let configuration = LockingConfiguration(
            id: try fixture.id("id") ?? repository.generateID(orgID: orgID), module: moduleName,
            lockType: lockType, lockedFor: lockedFor, lockExcludedProfiles: excludedProfiles,
            excludedFields: try fixture.has("excluded_fields") ? fixture.objects("excluded_fields").map(fieldReference) : nil,
            restrictedActions: actions,
            restrictedCommunications: try values("restricted_communications", allowed: LockingConfiguration.communicationValues),
            restrictedCustomButtons: try fixture.has("restricted_custom_buttons")
                ? fixture.objects("restricted_custom_buttons").map(buttonReference) : nil,
            lockForPortalUsers: try fixture.bool("lock_for_portal_users") ?? true,
            systemDefined: try fixture.bool("system_defined") ?? false, lockingRules: rules,
            createdBy: try createdBy.flatMap { try repository.user(orgID: orgID, id: $0)?.reference },
            createdTime: createdTime,
            modifiedBy: try modifiedBy.flatMap { try repository.user(orgID: orgID, id: $0)?.reference },
            modifiedTime: try fixture.time("modified_time") ?? createdTime)
        try repository.upsertConfiguration(orgID: orgID, configuration)
        return moduleName
    }

    private func values(_ key: String, allowed: [String]) throws -> [String]? {
        guard let values = try fixture.strings(key) else { return nil }
        for (index, value) in values.enumerated() where !allowed.contains(value) {
            throw FixtureError(at: "\(fixture.at(key))[\(index)]", "must be one of \(allowed.joined(separator: ", "))")
        }
        return values
    }

    private func rule(_ rule: FixtureObject) throws -> LockingRule {
        guard let criteria = rule.object["criteria"], case .object = criteria else {
            throw FixtureError(at: rule.at("criteria"), "is required and must be an object")
        }
        return LockingRule(
            id: try rule.id("id") ?? repository.generateID(orgID: orgID), name: try rule.requiredString("name"),
            lockExistingRecords: try rule.bool("lock_existing_records") ?? false, criteria: criteria)
    }

    private func profileReference(_ item: FixtureObject) throws -> NamedReference {
        let id = try item.requiredID("id")
        guard let profile = try repository.profile(orgID: orgID, id: id) else {
            throw FixtureError(at: item.at("id"), "no profile \(id) in org \(orgID)")
        }
        return NamedReference(name: profile.name, id: id)
    }

    private func fieldReference(_ item: FixtureObject) throws -> APINameReference {
        APINameReference(apiName: try item.requiredString("api_name"), id: try item.requiredID("id"))
    }

    private func buttonReference(_ item: FixtureObject) throws -> NamedReference {
        NamedReference(name: try item.string("name"), id: try item.requiredID("id"))
    }
}
