/// Renders a lock entry as `Locking_Information__s` JSON (§4.2, §4.3).
public struct LockEntryView {
    /// The lock fields `fields=` may name, in the order the full form shows them.
    public static let fieldNames = [
        "Locked_By__s", "Locked_For__s", "Locked_Reason__s", "Lock_Source__s", "Locked_Time__s",
        "Record_Locking_Configuration_Id__s", "Record_Locking_Rule_Id__s", "Feature_Type__s",
    ]

    public let entry: LockEntry
    public let timeZone: String

    public init(entry: LockEntry, timeZone: String) {
        self.entry = entry
        self.timeZone = timeZone
    }

    /// With `fields`, only those lock fields plus `id` and the `$editable` /
    /// `$sharing_permission` keys (as the doc sample shows); without, every key.
    public func json(fields: Set<String>?) -> JSONValue {
        var object = JSONObject()
        for name in Self.fieldNames where fields?.contains(name) ?? true {
            object[name] = value(of: name)
        }
        object["$editable"] = .bool(entry.editable)
        object["$sharing_permission"] = .string(entry.editable ? "full_access" : "read_only")
        if fields == nil {
            object["$field_states"] = .null
            object["$zia_visions"] = .null
        }
        object["id"] = entry.id.json
        return .object(object)
    }

    private func value(of field: String) -> JSONValue {
        switch field {
        case "Locked_By__s": return entry.lockedBy.json
        case "Locked_For__s":
            return .object(JSONObject([
                ("module", entry.record.module.json),
                ("name", entry.record.name.map(JSONValue.string) ?? .null),
                ("id", entry.record.id.json),
            ]))
        case "Locked_Reason__s": return entry.reason.map(JSONValue.string) ?? .null
        case "Lock_Source__s": return .string(entry.source.rawValue)
        case "Locked_Time__s": return .string(ZohoDateTime.format(entry.lockedTime, timeZone: timeZone))
        case "Record_Locking_Configuration_Id__s": return entry.configurationID.json
        case "Record_Locking_Rule_Id__s": return entry.ruleID.json
        case "Feature_Type__s": return "record_locking"
        default: return .null
        }
    }
}
