/// The modules of an org and what they hold: needed by every service that
/// names a module.
public protocol ModuleRepository {
    /// A module of the org by exact API name: standard or custom.
    func module(orgID: ZohoID, apiName: String) throws -> ModuleInfo?
    /// The module's fields: the built-in catalog plus those fixtures added.
    func fields(orgID: ZohoID, module: ModuleInfo) throws -> [FieldDefinition]
    func customButtons(orgID: ZohoID, module: String) throws -> [NamedReference]
}
