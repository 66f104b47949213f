/// A module's configuration, read: what the Records API needs to apply locks.
public protocol ConfigurationReading {
    func configuration(orgID: ZohoID, module: String) throws -> LockingConfiguration?
    /// What the locking endpoints need of a module's configuration, without its
    /// lists and rules (one indexed row).
    func configurationSummary(orgID: ZohoID, module: String) throws -> ConfigurationSummary?
}

/// What the configuration API needs from storage to change configurations.
public protocol ConfigurationRepository: ConfigurationReading {
    /// Replaces the module's configuration (one per module) and its rules;
    /// the module's locks follow the new configuration id.
    func upsertConfiguration(orgID: ZohoID, _ configuration: LockingConfiguration) throws
    /// Removes the configuration, its rules and the locks held under it.
    func deleteConfiguration(orgID: ZohoID, id: ZohoID) throws
    /// Marks that `Locking_Information__s` exists in the org (first configuration).
    func markLockingModuleCreated(orgID: ZohoID) throws
}
