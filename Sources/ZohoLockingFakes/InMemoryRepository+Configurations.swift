import ZohoLocking

extension InMemoryRepository: ConfigurationRepository {
    public func configuration(orgID: ZohoID, module: String) throws -> LockingConfiguration? {
        state[org: orgID].configuration(ofModule: module).map { current($0, orgID: orgID) }
    }

    public func configurationSummary(orgID: ZohoID, module: String) throws -> ConfigurationSummary? {
        state[org: orgID].configuration(ofModule: module).map { ConfigurationSummary(id: $0.id, lockType: $0.lockType) }
    }

    public func upsertConfiguration(orgID: ZohoID, _ configuration: LockingConfiguration) throws {
        try change { state in
            var data = state[org: orgID]
            data.configurations = data.configurations.filter { id, stored in
                id != configuration.id && stored.module != configuration.module
            }
            data.configurations[configuration.id] = configuration
            for (id, lock) in data.locks where lock.record.module.apiName == configuration.module {
                data.locks[id]?.configurationID = configuration.id
            }
            state[org: orgID] = data
        }
    }

    public func deleteConfiguration(orgID: ZohoID, id: ZohoID) throws {
        try change { state in
            state[org: orgID].locks = state[org: orgID].locks.filter { $0.value.configurationID != id }
            state[org: orgID].configurations[id] = nil
        }
    }

    public func markLockingModuleCreated(orgID: ZohoID) throws {
        try change { state in state.orgs[orgID]?.org.lockingModuleCreated = true }
    }

    /// A stored configuration with its users' current names.
    func current(_ configuration: LockingConfiguration, orgID: ZohoID) -> LockingConfiguration {
        var configuration = configuration
        configuration.createdBy = current(configuration.createdBy, orgID: orgID)
        configuration.modifiedBy = current(configuration.modifiedBy, orgID: orgID)
        return configuration
    }
}

extension InMemoryRepository: MetadataRepository {
    public func metadataModifiedTime(orgID: ZohoID) throws -> Int64 {
        state.orgs[orgID]?.metadataModifiedTime ?? 0
    }

    public func customModules(orgID: ZohoID) throws -> [ModuleInfo] {
        state[org: orgID].modules.values.map(\.module).sorted { $0.apiName < $1.apiName }
    }

    public func touchMetadata(orgID: ZohoID, at time: Int64) throws {
        try change { state in state.orgs[orgID]?.metadataModifiedTime = time }
    }
}
