import ZohoJSON

/// Renders a lock entry, manual or automatic, as `Locking_Information__s` JSON.
public struct LockEntryView {
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
    /// Written straight to bytes: this is the body of every lock GET.
    public func write(into writer: inout JSONStreamWriter, fields: LockFieldSelection?) {
        writer.beginObject()
        for field in Field.ordered where fields?.contains(field) ?? true {
            writer.key(field.key)
            write(field, into: &writer)
        }
        writer.key("$editable")
        writer.bool(entry.editable)
        writer.key("$sharing_permission")
        writer.string(entry.editable ? "full_access" : "read_only" as StaticString)
        if fields == nil {
            writer.key("$field_states")
            writer.null()
            writer.key("$zia_visions")
            writer.null()
        }
        writer.key("id")
        writer.id(entry.id)
        writer.endObject()
    }

    private func write(_ field: Field, into writer: inout JSONStreamWriter) {
        switch field {
        case .lockedBy: writer.reference(entry.lockedBy)
        case .lockedFor:
            writer.beginObject()
            writer.key("module")
            writer.reference(entry.record.module)
            writer.key("name")
            writer.string(entry.record.name)
            writer.key("id")
            writer.id(entry.record.id)
            writer.endObject()
        case .lockedReason: writer.string(entry.reason)
        case .lockSource: writer.string(entry.source.rawValue)
        case .lockedTime: writer.string(ZohoDateTime.format(entry.lockedTime, timeZone: timeZone))
        case .configurationID: writer.id(entry.configurationID)
        case .ruleID: writer.id(entry.ruleID)
        case .featureType: writer.string("record_locking" as StaticString)
        }
    }
}

extension LockEntryView.Field {
    /// `allCases`, made once (`allCases` builds a new array on every use).
    static let ordered = allCases

    /// The field's place in `allCases`: its bit in `LockFieldSelection`.
    var position: Int { Self.ordered.firstIndex(of: self)! }

    /// The name as a literal, for `JSONStreamWriter.key`.
    var key: StaticString {
        switch self {
        case .lockedBy: "Locked_By__s"
        case .lockedFor: "Locked_For__s"
        case .lockedReason: "Locked_Reason__s"
        case .lockSource: "Lock_Source__s"
        case .lockedTime: "Locked_Time__s"
        case .configurationID: "Record_Locking_Configuration_Id__s"
        case .ruleID: "Record_Locking_Rule_Id__s"
        case .featureType: "Feature_Type__s"
        }
    }
}
