import ZohoJSON

/// Renders a record as Get Records shows it: `Owner`, the record's fields,
/// the system fields (users as `{name, id, email}`, times in the org's zone),
/// the lock flags, then `id`.
struct RecordView: JSONRepresentable {
    let record: CRMRecord
    let owner: User?
    let createdBy: User?
    let modifiedBy: User?
    /// Whether the record holds a lock (`Locked__s`) and whether it binds the caller (`$locked_for_me`).
    let locked: Bool
    let lockedForCaller: Bool
    let timeZone: String

    var json: JSONValue {
        var object = JSONObject([("Owner", Self.user(owner))])
        for (key, value) in record.fields where !key.hasPrefix("$") && !Self.renderedSeparately.contains(key) {
            object[key] = value
        }
        if RecordDisplayName.personModules.contains(record.module) {
            object["Full_Name"] = record.name.map(JSONValue.string) ?? .null
        }
        object["Created_By"] = Self.user(createdBy)
        object["Modified_By"] = Self.user(modifiedBy)
        object["Created_Time"] = time(record.createdTime)
        object["Modified_Time"] = time(record.modifiedTime)
        object["Last_Activity_Time"] = time(record.lastActivityTime)
        object["Locked__s"] = .bool(locked)
        object["$locked_for_me"] = .bool(lockedForCaller)
        object["id"] = record.id.json
        return .object(object)
    }

    /// Keys this view writes itself; a fixture's `fields` cannot shadow them.
    static let renderedSeparately: Set<String> = [
        "Owner", "Created_By", "Modified_By", "Created_Time", "Modified_Time", "Last_Activity_Time", "Full_Name",
        "Locked__s", "id",
    ]

    /// `{name, id, email}`, the user shape of record responses.
    static func user(_ user: User?) -> JSONValue {
        guard let user else { return .null }
        return .object(JSONObject([("name", .string(user.name)), ("id", user.id.json), ("email", .string(user.email))]))
    }

    /// `details` of an insert or update success: the record's id and who and when.
    static func writeDetails(_ record: CRMRecord, createdBy: NamedReference?, modifiedBy: NamedReference?, timeZone: String)
        -> JSONObject
    {
        let time = { (epoch: Int64) in JSONValue.string(ZohoDateTime.format(epoch, timeZone: timeZone)) }
        return JSONObject([
            ("Modified_Time", time(record.modifiedTime)), ("Modified_By", modifiedBy.json),
            ("Created_Time", time(record.createdTime)), ("id", record.id.json), ("Created_By", createdBy.json),
        ])
    }

    private func time(_ epochSeconds: Int64) -> JSONValue {
        .string(ZohoDateTime.format(epochSeconds, timeZone: timeZone))
    }
}
