import ZohoJSON

/// Renders a configuration as the configuration API shows it, keys in
/// the order of Zoho's sample; empty lists are `null`, as Zoho writes them.
public struct ConfigurationView: JSONRepresentable {
    public let configuration: LockingConfiguration
    public let timeZone: String

    public init(_ configuration: LockingConfiguration, timeZone: String) {
        self.configuration = configuration
        self.timeZone = timeZone
    }

    public var json: JSONValue {
        let c = configuration
        return .object(JSONObject([
            ("created_time", time(c.createdTime)),
            ("locked_for", .string(c.lockedFor.rawValue)),
            ("excluded_fields", list(c.excludedFields?.map(\.json))),
            ("created_by", c.createdBy.json),
            ("feature_type", .string(c.featureType)),
            ("locking_rules", list(c.lockingRules.map(Self.rule))),
            ("restricted_actions", .array(c.restrictedActions.map(JSONValue.string))),
            ("lock_for_portal_users", .bool(c.lockForPortalUsers)),
            ("modified_time", time(c.modifiedTime)),
            ("restricted_communications", list(c.restrictedCommunications?.map(JSONValue.string))),
            ("system_defined", .bool(c.systemDefined)),
            ("modified_by", c.modifiedBy.json),
            ("id", c.id.json),
            ("lock_type", .string(c.lockType.rawValue)),
            ("restricted_custom_buttons", list(c.restrictedCustomButtons?.map(\.json))),
            ("lock_excluded_profiles", list(c.lockExcludedProfiles?.map(\.json))),
        ]))
    }

    static func rule(_ rule: LockingRule) -> JSONValue {
        .object(JSONObject([
            ("name", .string(rule.name)), ("id", rule.id.json),
            ("lock_existing_records", .bool(rule.lockExistingRecords)), ("criteria", rule.criteria),
        ]))
    }

    private func time(_ epochSeconds: Int64) -> JSONValue {
        .string(ZohoDateTime.format(epochSeconds, timeZone: timeZone))
    }

    private func list(_ items: [JSONValue]?) -> JSONValue {
        guard let items, !items.isEmpty else { return .null }
        return .array(items)
    }
}
