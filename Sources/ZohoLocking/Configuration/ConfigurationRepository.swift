/// What the configuration API needs from storage.
public protocol ConfigurationRepository {
    func profile(orgID: ZohoID, id: ZohoID) throws -> Profile?
    /// The module's fields: the built-in catalog plus those fixtures added.
    func fields(orgID: ZohoID, module: ModuleInfo) throws -> [FieldDefinition]
    func customButtons(orgID: ZohoID, module: String) throws -> [NamedReference]
    /// Replaces the module's configuration (one per module) and its rules;
    /// the module's locks follow the new configuration id.
    func upsertConfiguration(orgID: ZohoID, _ configuration: LockingConfiguration) throws
    /// Removes the configuration, its rules and the locks held under it.
    func deleteConfiguration(orgID: ZohoID, id: ZohoID) throws
    /// Marks that `Locking_Information__s` exists in the org (first configuration).
    func markLockingModuleCreated(orgID: ZohoID) throws
}
