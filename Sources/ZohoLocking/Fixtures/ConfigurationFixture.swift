/// A `record_locking_configurations` entry of a fixture document: every key the
/// configuration API takes, validated by the same `ConfigurationEditor`,
/// plus `module`, `id`, rule ids, `system_defined`, and who and when.
struct ConfigurationFixture {
    let fixture: FixtureObject
    let loader: FixtureLoader
    let orgID: ZohoID

    init(_ fixture: FixtureObject, loader: FixtureLoader, orgID: ZohoID) {
        self.fixture = fixture
        self.loader = loader
        self.orgID = orgID
    }

    private var repository: any FixtureLoader.Repository { loader.store }

    /// Validates, stores and returns the module name.
    func store() throws -> String {
        let moduleName = try fixture.requiredString("module")
        guard let module = try repository.module(orgID: orgID, apiName: moduleName), module.lockable else {
            throw FixtureError(at: fixture.at("module"), "module \(moduleName) does not exist or cannot be locked")
        }
        let createdBy = try loader.requireUser(fixture, "created_by_id", orgID: orgID)
        let modifiedBy = try loader.requireUser(fixture, "modified_by_id", orgID: orgID) ?? createdBy
        let createdTime = try fixture.time("created_time") ?? loader.loadTime
        let base = LockingConfiguration(
            id: try fixture.id("id") ?? repository.configurationSummary(orgID: orgID, module: moduleName)?.id
                ?? repository.generateID(orgID: orgID),
            module: moduleName, lockType: .manual, systemDefined: try fixture.bool("system_defined") ?? false,
            createdBy: try createdBy.flatMap { try repository.user(orgID: orgID, id: $0)?.reference },
            createdTime: createdTime,
            modifiedBy: try modifiedBy.flatMap { try repository.user(orgID: orgID, id: $0)?.reference },
            modifiedTime: try fixture.time("modified_time") ?? createdTime)
        let context = ConfigurationContext(
            module: module, fields: try repository.fields(orgID: orgID, module: module),
            customButtons: try repository.customButtons(orgID: orgID, module: moduleName),
            profile: { [repository, orgID] in try repository.profile(orgID: orgID, id: $0) })
        let editor = ConfigurationEditor(context: context, mode: .fixture) { [repository, orgID] in
            try repository.generateID(orgID: orgID)
        }
        let configuration: LockingConfiguration
        do {
            configuration = try editor.apply(.object(fixture.object), to: base, path: fixture.path)
        } catch let error as ZohoError {
            let place = error.details["json_path"]?.stringValue ?? fixture.path
            throw FixtureError(at: place, "\(error.message) (\(error.code))")
        }
        try repository.upsertConfiguration(orgID: orgID, configuration)
        return moduleName
    }
}
