/// Renders a lock entry as `Locking_Information__s` JSON (§4.2, §4.3).
public struct LockEntryView {
    /// The lock fields `fields=` may name, in the order the full form shows them.
    public static let fieldNames = Field.allCases.map(\.rawValue)

    /// The lock fields, so rendering one switches over cases, not over strings.
    public enum Field: String, CaseIterable, Sendable {
        case lockedBy = "Locked_By__s", lockedFor = "Locked_For__s", lockedReason = "Locked_Reason__s"
        case lockSource = "Lock_Source__s", lockedTime = "Locked_Time__s"
        case configurationID = "Record_Locking_Configuration_Id__s", ruleID = "Record_Locking_Rule_Id__s"
        case featureType = "Feature_Type__s"
    }

    public let entry: LockEntry
    public let timeZone: String

    public init(entry: LockEntry, timeZone: String) {
        self.entry = entry
        self.timeZone = timeZone
    }

    /// With `fields`, only those lock fields plus `id` and the `$editable` /
    /// `$sharing_permission` keys (as the doc sample shows); without, every key.
    public func json(fields: LockFieldSelection?) -> JSONValue {
        // Every key below is distinct, so they are appended without lookups.
        var object = JSONObject()
        object.reserveCapacity(Field.allCases.count + 5)
        for field in Field.allCases where fields?.contains(field) ?? true {
            object.appendNew(field.rawValue, value(of: field))
        }
        object.appendNew("$editable", .bool(entry.editable))
        object.appendNew("$sharing_permission", .string(entry.editable ? "full_access" : "read_only"))
        if fields == nil {
            object.appendNew("$field_states", .null)
            object.appendNew("$zia_visions", .null)
        }
        object.appendNew("id", entry.id.json)
        return .object(object)
    }

    private func value(of field: Field) -> JSONValue {
        switch field {
        case .lockedBy: return entry.lockedBy.json
        case .lockedFor:
            return .object(JSONObject([
                ("module", entry.record.module.json),
                ("name", entry.record.name.map(JSONValue.string) ?? .null),
                ("id", entry.record.id.json),
            ]))
        case .lockedReason: return entry.reason.map(JSONValue.string) ?? .null
        case .lockSource: return .string(entry.source.rawValue)
        case .lockedTime: return .string(ZohoDateTime.format(entry.lockedTime, timeZone: timeZone))
        case .configurationID: return entry.configurationID.json
        case .ruleID: return entry.ruleID.json
        case .featureType: return "record_locking"
        }
    }
}
