import ZohoJSON

/// The record-locking configuration API (Zoho's pages are linked at the methods):
/// `/settings/record_locking_configurations[/{id}]?module=…`.
///
/// Checks run in this order: `module` given, module known, module lockable,
/// `feature_type`, edition, the caller's "Customize Zoho CRM" permission, the
/// configuration id, then the body.
public struct ConfigurationService: Sendable {
    static let wrapperKey = ConfigurationBody.wrapperKey

    /// Configurations, the org's metadata time, and what automatic locking needs (which
    /// covers the module's fields and buttons, the profiles and new ids).
    public typealias Repository = ConfigurationRepository & MetadataRepository & AutomaticLocker.Repository

    private let store: any TransactionalStore<any Repository>
    private let environment: ServiceEnvironment
    private var clock: MockClock { environment.clock }

    public init<Store: TransactionalStore>(store: Store, environment: ServiceEnvironment)
    where Store.Repository: Repository {
        self.store = store.narrowed { $0 as any Repository }
        self.environment = environment
    }

    /// GET: the module's configuration, or 204 when it has none
    /// (https://www.zoho.com/crm/developer/docs/api/v8/get-record-locking-config.html).
    public func getConfigurations(_ caller: Caller, _ query: QueryParameters) throws -> ZohoReply {
        try store.read { repository in
            let module = try resolve(repository, caller, query, acceptsFeatureType: true)
            guard let configuration = try repository.configuration(orgID: caller.org.id, module: module.apiName) else {
                return .noContent
            }
            return list([configuration], caller)
        }
    }

    /// GET by id, which only Zoho's OpenAPI files describe (docs/behaviour.md).
    public func getConfiguration(_ caller: Caller, id: String, _ query: QueryParameters) throws -> ZohoReply {
        try store.read { repository in
            let module = try resolve(repository, caller, query, acceptsFeatureType: true)
            return list([try existing(repository, caller, module, id: id)], caller)
        }
    }

    /// POST: 201; one configuration per module
    /// (https://www.zoho.com/crm/developer/docs/api/v8/add-record-locking-config.html).
    public func createConfiguration(_ caller: Caller, _ query: QueryParameters, body: [UInt8]) throws -> ZohoReply {
        // Bodies are read before the store's lock is taken; a body error still answers in its place.
        let parsed = Result { () throws(ZohoError) in try ConfigurationBody(bytes: body, mode: .create) }
        let results = try store.write { repository -> [ActionResult] in
            let module = try resolve(repository, caller, query)
            if try repository.configurationSummary(orgID: caller.org.id, module: module.apiName) != nil {
                throw ZohoError.configurationAlreadyExists
            }
            let elements = try parsed.get().elements
            guard !elements.isEmpty else { return [ConfigurationBody.missingWrapper] }
            let now = clock.now()
            let editor = try editor(repository, caller, module, .create)
            var created = false
            // Every element tried uses up an id, the failed ones too; those of elements that
            // failed before the transaction are taken together, before the next id is needed.
            var unusedIDs = 0
            func useUpIDs() throws {
                _ = try repository.generateIDs(orgID: caller.org.id, count: unusedIDs)
                unusedIDs = 0
            }
            let results = try elements.enumerated().map { index, read -> ActionResult in
                if created { return .failure(.configurationAlreadyExists) }
                let element: ConfigurationElement
                switch read {
                case .failure(let error):
                    unusedIDs += 1
                    return .failure(error)
                case .success(let value): element = value
                }
                try useUpIDs()
                let base = LockingConfiguration(
                    id: try repository.generateID(orgID: caller.org.id), module: module.apiName, lockType: .manual,
                    createdBy: caller.user.reference, createdTime: now, modifiedBy: caller.user.reference, modifiedTime: now)
                return try attempt {
                    let configuration = try editor.apply(element, to: base, path: ConfigurationBody.path(index))
                    try repository.upsertConfiguration(orgID: caller.org.id, configuration)
                    try automaticLocker(repository, caller).configurationSaved(configuration, previous: nil)
                    if !caller.org.lockingModuleCreated {
                        try repository.markLockingModuleCreated(orgID: caller.org.id)
                        try repository.touchMetadata(orgID: caller.org.id, at: now)
                    }
                    created = true
                    return success(configuration.id, .configurationCreated)
                }
            }
            try useUpIDs()
            return results
        }
        return ActionResult.reply(key: Self.wrapperKey, items: results, successStatus: 201)
    }

    /// PUT on the collection: each element names the configuration by `id`,
    /// or, without one, means the module's configuration
    /// (https://www.zoho.com/crm/developer/docs/api/v8/update-record-locking-config.html).
    public func updateConfigurations(_ caller: Caller, _ query: QueryParameters, body: [UInt8]) throws -> ZohoReply {
        let parsed = Result { () throws(ZohoError) in try ConfigurationBody(bytes: body, mode: .update) }
        let results = try store.write { repository -> [ActionResult] in
            let module = try resolve(repository, caller, query)
            var current = try repository.configuration(orgID: caller.org.id, module: module.apiName)
            if current?.systemDefined == true { throw ZohoError.systemConfigurationNotUpdatable }
            let body = try parsed.get()
            guard !body.items.isEmpty else { return [ConfigurationBody.missingWrapper] }
            let editor = try editor(repository, caller, module, .update)
            return try body.items.enumerated().map { index, item -> ActionResult in
                let named = item.objectValue?["id"]?.nonNull
                guard let configuration = current, named.map({ ZohoID(json: $0) == configuration.id }) ?? true else {
                    return .failure(.invalidIDInBody(jsonPath: "\(ConfigurationBody.path(index)).id"))
                }
                let result = try update(repository, caller, editor, configuration, body.elements[index], index: index)
                if result.isSuccess { current = try repository.configuration(orgID: caller.org.id, module: module.apiName) }
                return result
            }
        }
        return ActionResult.reply(key: Self.wrapperKey, items: results, successStatus: 200)
    }

    /// PUT by id: the collection PUT for the one configuration the path names.
    public func updateConfiguration(_ caller: Caller, id: String, _ query: QueryParameters, body: [UInt8]) throws
        -> ZohoReply
    {
        let parsed = Result { () throws(ZohoError) in try ConfigurationBody(bytes: body, mode: .update) }
        let results = try store.write { repository -> [ActionResult] in
            let module = try resolve(repository, caller, query)
            var current = try existing(repository, caller, module, id: id)
            if current.systemDefined { throw ZohoError.systemConfigurationNotUpdatable }
            let elements = try parsed.get().elements
            guard !elements.isEmpty else { return [ConfigurationBody.missingWrapper] }
            let editor = try editor(repository, caller, module, .update)
            return try elements.enumerated().map { index, element -> ActionResult in
                let result = try update(repository, caller, editor, current, element, index: index)
                if result.isSuccess {
                    current = try repository.configuration(orgID: caller.org.id, module: module.apiName) ?? current
                }
                return result
            }
        }
        return ActionResult.reply(key: Self.wrapperKey, items: results, successStatus: 200)
    }

    /// DELETE by id. The configuration's locks go with it
    /// (https://www.zoho.com/crm/developer/docs/api/v8/delete-record-locking-config.html).
    public func deleteConfiguration(_ caller: Caller, id: String, _ query: QueryParameters) throws -> ZohoReply {
        try store.write { repository in
            let module = try resolve(repository, caller, query)
            let target = try existing(repository, caller, module, id: id)
            if target.systemDefined { throw ZohoError.systemConfigurationNotDeletable }
            try repository.deleteConfiguration(orgID: caller.org.id, id: target.id)
            return ActionResult.reply(key: Self.wrapperKey, items: [success(target.id, .configurationDeleted)], successStatus: 200)
        }
    }

    /// DELETE `?ids=`, which only Zoho's OpenAPI files describe (docs/behaviour.md): one result per id.
    public func deleteConfigurations(_ caller: Caller, _ query: QueryParameters) throws -> ZohoReply {
        try store.write { repository in
            let module = try resolve(repository, caller, query)
            guard let ids = try query.idList("ids") else { throw ZohoError.requiredParamMissing(param: "ids") }
            let results = try ids.map { id -> ActionResult in
                guard let target = try repository.configuration(orgID: caller.org.id, module: module.apiName),
                    target.id == id
                else {
                    return .failure(.invalidIDInList(id))
                }
                if target.systemDefined { return .failure(.systemConfigurationNotDeletable) }
                try repository.deleteConfiguration(orgID: caller.org.id, id: id)
                return success(id, .configurationDeleted)
            }
            return ActionResult.reply(key: Self.wrapperKey, items: results, successStatus: 200)
        }
    }

    // MARK: - Shared steps

    private func resolve(
        _ repository: any Repository, _ caller: Caller, _ query: QueryParameters, acceptsFeatureType: Bool = false
    ) throws -> ModuleInfo {
        guard let name = query["module"] else { throw ZohoError.requiredParamMissing(param: "module") }
        guard let module = try repository.module(orgID: caller.org.id, apiName: name) else {
            throw ZohoError.invalidModule(resourcePathIndex: nil)
        }
        guard module.lockable else { throw ZohoError.moduleNotSupportedForFeature }
        if acceptsFeatureType, let featureType = query["feature_type"], featureType != "record_locking" {
            throw ZohoError.invalidParameter(param: "feature_type")
        }
        guard caller.org.edition.hasRecordLocking else { throw ZohoError.featureNotSupported }
        guard caller.profile.customizeCRM else { throw ZohoError.customizationNotPermitted }
        return module
    }

    /// The configuration the path names; it must be this module's.
    private func existing(_ repository: any Repository, _ caller: Caller, _ module: ModuleInfo, id: String) throws
        -> LockingConfiguration
    {
        guard let id = ZohoID(id) else { throw ZohoError.unableToParseDataType }
        guard let configuration = try repository.configuration(orgID: caller.org.id, module: module.apiName),
            configuration.id == id
        else { throw ZohoError.invalidID(resourcePathIndex: 2) }
        return configuration
    }

    /// A failed item writes nothing, so the configuration the next item sees
    /// changes only when an item succeeds.
    private func update(
        _ repository: any Repository, _ caller: Caller, _ editor: ConfigurationEditor,
        _ configuration: LockingConfiguration, _ read: Result<ConfigurationElement, ZohoError>, index: Int
    ) throws -> ActionResult {
        let element: ConfigurationElement
        switch read {
        case .failure(let error): return .failure(error)
        case .success(let value): element = value
        }
        return try attempt {
            var updated = try editor.apply(element, to: configuration, path: ConfigurationBody.path(index))
            updated.modifiedBy = caller.user.reference
            updated.modifiedTime = clock.now()
            try repository.upsertConfiguration(orgID: caller.org.id, updated)
            try automaticLocker(repository, caller).configurationSaved(updated, previous: configuration)
            return success(updated.id, .configurationUpdated)
        }
    }

    private func editor(
        _ repository: any Repository, _ caller: Caller, _ module: ModuleInfo, _ mode: ConfigurationEditor.Mode
    ) throws -> ConfigurationEditor {
        let orgID = caller.org.id
        let context = ConfigurationContext(
            module: module, fields: try repository.fields(orgID: orgID, module: module),
            customButtons: try repository.customButtons(orgID: orgID, module: module.apiName),
            profile: { try repository.profile(orgID: orgID, id: $0) })
        return ConfigurationEditor(context: context, mode: mode) { try repository.generateID(orgID: orgID) }
    }

    /// Saving a configuration runs its rules over existing records and drops the locks of removed rules.
    private func automaticLocker(_ repository: any Repository, _ caller: Caller) -> AutomaticLocker {
        AutomaticLocker(repository: repository, org: caller.org, now: clock.now())
    }

    /// Runs one item; a Zoho error becomes that item's failure.
    private func attempt(_ body: () throws -> ActionResult) throws -> ActionResult {
        do {
            return try body()
        } catch let error as ZohoError {
            return .failure(error)
        }
    }

    private func success(_ id: ZohoID, _ message: SuccessMessage) -> ActionResult {
        .success(message, details: JSONObject([("id", id.json)]))
    }

    private func list(_ configurations: [LockingConfiguration], _ caller: Caller) -> ZohoReply {
        let timeZone = environment.timeZone(for: caller.org)
        let views = configurations.map { ConfigurationView($0, timeZone: timeZone).json }
        return ZohoReply(status: 200, body: .object(JSONObject([(Self.wrapperKey, .array(views))])))
    }
}
