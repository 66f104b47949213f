import ZohoLocking

extension SQLiteRepository: ConfigurationRepository {
    public func profile(orgID: ZohoID, id: ZohoID) throws -> Profile? {
        try one(
            "SELECT name, record_locking, customize_crm FROM profiles WHERE org_id = ? AND id = ?",
            [.integer(orgID.value), .integer(id.value)]
        ) { row in Profile(id: id, name: row.text(0), recordLocking: row.bool(1), customizeCRM: row.bool(2)) }
    }

    public func fields(orgID: ZohoID, module: ModuleInfo) throws -> [FieldDefinition] {
        let added = try all(
            "SELECT api_name, data_type, id FROM fields WHERE org_id = ? AND module = ? ORDER BY api_name",
            [.integer(orgID.value), .text(module.apiName)]
        ) { row in FieldDefinition(apiName: row.text(0), dataType: row.text(1), id: ZohoID(row.int64(2))) }
        let addedNames = Set(added.map(\.apiName))
        return FieldCatalog.builtInFields(of: module).filter { !addedNames.contains($0.apiName) } + added
    }

    public func customButtons(orgID: ZohoID, module: String) throws -> [NamedReference] {
        try all(
            "SELECT id, name FROM custom_buttons WHERE org_id = ? AND module = ? ORDER BY id",
            [.integer(orgID.value), .text(module)]
        ) { row in NamedReference(name: row.optionalText(1), id: ZohoID(row.int64(0))) }
    }

    public func upsertConfiguration(orgID: ZohoID, _ configuration: LockingConfiguration) throws {
        try ConfigurationRows(repository: self).upsert(orgID: orgID, configuration)
    }

    public func deleteConfiguration(orgID: ZohoID, id: ZohoID) throws {
        let org = SQLiteValue.integer(orgID.value)
        try run("DELETE FROM locks WHERE org_id = ? AND configuration_id = ?", [org, .integer(id.value)])
        try run("DELETE FROM locking_rules WHERE org_id = ? AND configuration_id = ?", [org, .integer(id.value)])
        try run("DELETE FROM configurations WHERE org_id = ? AND id = ?", [org, .integer(id.value)])
    }

    public func markLockingModuleCreated(orgID: ZohoID) throws {
        try run("UPDATE orgs SET locking_module_created = 1 WHERE id = ?", [.integer(orgID.value)])
    }
}
