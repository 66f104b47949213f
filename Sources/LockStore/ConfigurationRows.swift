import ZohoJSON
import ZohoLocking

/// Reads and writes configurations: scalar keys as columns, lists as JSON
/// text, rules in their own table (automatic locks point at rule ids).
struct ConfigurationRows {
    let repository: SQLiteRepository

    private static let table = "configurations"
    private static let columns = """
        id, module, feature_type, lock_type, locked_for, lock_excluded_profiles, excluded_fields,
        restricted_actions, restricted_communications, restricted_custom_buttons, lock_for_portal_users,
        system_defined, created_by, created_time, modified_by, modified_time
        """

    func configuration(orgID: ZohoID, module: String) throws -> LockingConfiguration? {
        let sql = "SELECT \(Self.columns) FROM configurations WHERE org_id = ? AND module = ?"
        guard var configuration = try repository.one(sql, [.integer(orgID.value), .text(module)], { row in
            try decode(row, orgID: orgID)
        }) else { return nil }
        configuration.lockingRules = try rules(orgID: orgID, configurationID: configuration.id)
        return configuration
    }

    func configurations(orgID: ZohoID) throws -> [LockingConfiguration] {
        let sql = "SELECT \(Self.columns) FROM configurations WHERE org_id = ? ORDER BY module"
        return try repository.all(sql, [.integer(orgID.value)]) { row in try decode(row, orgID: orgID) }.map {
            var configuration = $0
            configuration.lockingRules = try rules(orgID: orgID, configurationID: configuration.id)
            return configuration
        }
    }

    /// Replaces the module's configuration (and its rules); locks of the module
    /// follow the new configuration id.
    func upsert(orgID: ZohoID, _ configuration: LockingConfiguration) throws {
        let org = SQLiteValue.integer(orgID.value)
        let previous = try repository.one(
            "SELECT id FROM configurations WHERE org_id = ? AND module = ?", [org, .text(configuration.module)]
        ) { $0.int64(0) }
        if let previous {
            try repository.run("DELETE FROM locking_rules WHERE org_id = ? AND configuration_id = ?", [org, .integer(previous)])
            try repository.run("DELETE FROM configurations WHERE org_id = ? AND id = ?", [org, .integer(previous)])
        }
        try repository.run("DELETE FROM locking_rules WHERE org_id = ? AND configuration_id = ?", [org, .integer(configuration.id.value)])
        try repository.run(
            """
            INSERT OR REPLACE INTO configurations (org_id, \(Self.columns))
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                org, .integer(configuration.id.value), .text(configuration.module), .text(configuration.featureType),
                .text(configuration.lockType.rawValue), .text(configuration.lockedFor.rawValue),
                .optional(configuration.lockExcludedProfiles.map { json($0.map(\.json)) }),
                .optional(configuration.excludedFields.map { json($0.map(\.json)) }),
                .text(json(configuration.restrictedActions.map(JSONValue.string))),
                .optional(configuration.restrictedCommunications.map { json($0.map(JSONValue.string)) }),
                .optional(configuration.restrictedCustomButtons.map { json($0.map(\.json)) }),
                .bool(configuration.lockForPortalUsers), .bool(configuration.systemDefined),
                .optional(configuration.createdBy?.id.value), .integer(configuration.createdTime),
                .optional(configuration.modifiedBy?.id.value), .integer(configuration.modifiedTime),
            ])
        for (position, rule) in configuration.lockingRules.enumerated() {
            try repository.run(
                """
                INSERT OR REPLACE INTO locking_rules
                    (org_id, id, configuration_id, position, name, lock_existing_records, criteria)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    org, .integer(rule.id.value), .integer(configuration.id.value), .integer(Int64(position)),
                    .text(rule.name), .bool(rule.lockExistingRecords), .text(JSONWriter.string(rule.criteria)),
                ])
        }
        try repository.run(
            "UPDATE locks SET configuration_id = ? WHERE org_id = ? AND module = ?",
            [.integer(configuration.id.value), org, .text(configuration.module)])
    }

    private func rules(orgID: ZohoID, configurationID: ZohoID) throws -> [LockingRule] {
        try repository.all(
            """
            SELECT id, name, lock_existing_records, criteria FROM locking_rules
            WHERE org_id = ? AND configuration_id = ? ORDER BY position
            """,
            [.integer(orgID.value), .integer(configurationID.value)]
        ) { row in
            LockingRule(
                id: ZohoID(row.int64(0)), name: row.text(1), lockExistingRecords: row.bool(2),
                criteria: try row.json(3, table: "locking_rules"))
        }
    }

    private func decode(_ row: Row, orgID: ZohoID) throws -> LockingConfiguration {
        LockingConfiguration(
            id: ZohoID(row.int64(0)), module: row.text(1), featureType: row.text(2),
            lockType: LockType(rawValue: row.text(3)) ?? .manual,
            lockedFor: LockedFor(rawValue: row.text(4)) ?? .allProfiles,
            lockExcludedProfiles: try row.optionalJSONArray(5, table: Self.table).map(named),
            excludedFields: try row.optionalJSONArray(6, table: Self.table).map(apiNamed),
            restrictedActions: try row.jsonArray(7, table: Self.table).compactMap(\.stringValue),
            restrictedCommunications: try row.optionalJSONArray(8, table: Self.table)?.compactMap(\.stringValue),
            restrictedCustomButtons: try row.optionalJSONArray(9, table: Self.table).map(named),
            lockForPortalUsers: row.bool(10), systemDefined: row.bool(11), lockingRules: [],
            createdBy: try repository.userReference(orgID: orgID, id: row.optionalInt64(12)),
            createdTime: row.int64(13),
            modifiedBy: try repository.userReference(orgID: orgID, id: row.optionalInt64(14)),
            modifiedTime: row.int64(15))
    }

    private func json(_ items: [JSONValue]) -> String { JSONWriter.string(.array(items)) }

    private func named(_ items: [JSONValue]) -> [NamedReference] {
        items.compactMap { item in
            guard let object = item.objectValue, let id = object["id"].flatMap(ZohoID.init(json:)) else { return nil }
            return NamedReference(name: object["name"]?.stringValue, id: id)
        }
    }

    private func apiNamed(_ items: [JSONValue]) -> [APINameReference] {
        items.compactMap { item in
            guard let object = item.objectValue, let id = object["id"].flatMap(ZohoID.init(json:)),
                let apiName = object["api_name"]?.stringValue
            else { return nil }
            return APINameReference(apiName: apiName, id: id)
        }
    }
}
