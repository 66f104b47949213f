import ZohoJSON

/// A record's values as locking-rule criteria see them: its own fields plus
/// the system fields (`Owner`, `Created_Time`, `Last_Activity_Time`, …).
public struct RecordValues: Sendable {
    public let record: CRMRecord
    public let owner: NamedReference?
    public let createdBy: NamedReference?
    public let modifiedBy: NamedReference?

    public init(record: CRMRecord, owner: NamedReference?, createdBy: NamedReference?, modifiedBy: NamedReference?) {
        self.record = record
        self.owner = owner
        self.createdBy = createdBy
        self.modifiedBy = modifiedBy
    }

    /// The value of a field, or nil when the record has none. Times are
    /// ISO-8601 text, as a client would send them.
    public func value(of apiName: String) -> JSONValue? {
        switch apiName {
        case "id": return record.id.json
        case "Owner": return owner?.json
        case "Created_By": return createdBy?.json
        case "Modified_By": return modifiedBy?.json
        case "Created_Time": return time(record.createdTime)
        case "Modified_Time": return time(record.modifiedTime)
        case "Last_Activity_Time": return time(record.lastActivityTime)
        case "Full_Name" where RecordDisplayName.personModules.contains(record.module):
            return RecordDisplayName.of(module: record.module, fields: record.fields).map(JSONValue.string)
        default: return record.fields[apiName]
        }
    }

    private func time(_ epochSeconds: Int64) -> JSONValue {
        .string(ZohoDateTime.format(epochSeconds, offsetSeconds: 0))
    }
}
