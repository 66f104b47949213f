import ZohoJSON

/// One element of a Records API `data` array after validation: the field
/// values to write (JSON null clears a field) and the new owner, if any.
struct RecordInput {
    var values: JSONObject
    var ownerID: ZohoID?
}

/// Checks `data` elements against the module's fields, the way Zoho reports
/// them: per item, with the element's JSON path.
struct RecordInputParser {
    enum Mode { case insert, update }

    /// Keys the system sets. Clients often send a record back as they read it,
    /// so these are accepted and ignored rather than refused.
    static let systemKeys: Set<String> = [
        "id", "Created_Time", "Modified_Time", "Created_By", "Modified_By", "Last_Activity_Time", "Locked__s",
        // Tags change through the tags API (the `tags` restricted action), not through a record write.
        "Tag",
    ]

    let module: String
    /// Data type by field API name; fields the module does not know are kept as sent.
    let fieldTypes: [String: String]
    let userExists: (ZohoID) throws -> Bool

    func parse(_ element: JSONValue, at path: String, mode: Mode) throws -> RecordInput {
        guard case .object(let object) = element else {
            throw ZohoError.invalidDataType(apiName: "data", jsonPath: path, expected: "jsonobject")
        }
        var input = RecordInput(values: JSONObject(), ownerID: nil)
        for (key, value) in object where !isSystemKey(key) {
            if key == "Owner" {
                input.ownerID = try owner(value, at: "\(path).Owner")
                continue
            }
            if let type = fieldTypes[key], !value.isNull, !Self.accepts(value, dataType: type) {
                throw ZohoError.invalidDataType(apiName: key, jsonPath: "\(path).\(key)", expected: type)
            }
            input.values[key] = value
        }
        let nameField = RecordDisplayName.mandatoryField(of: module)
        let name = input.values[nameField]
        let missing = name == nil || name == .null || name == .string("")
        if missing, mode == .insert || object.contains(nameField) {
            throw ZohoError.mandatoryNotFound(apiName: nameField, jsonPath: "\(path).\(nameField)")
        }
        return input
    }

    private func isSystemKey(_ key: String) -> Bool {
        key.hasPrefix("$") || Self.systemKeys.contains(key)
            || (key == "Full_Name" && RecordDisplayName.personModules.contains(module))
    }

    /// `Owner` as `{"id": …}` (Zoho's shape) or a bare id; it must be a user of the org.
    private func owner(_ value: JSONValue, at path: String) throws -> ZohoID {
        let idValue = value.objectValue?["id"] ?? value
        guard let id = ZohoID(json: idValue), try userExists(id) else {
            throw ZohoError.invalidValue(apiName: "Owner", jsonPath: path)
        }
        return id
    }

    /// Whether a JSON value fits a field of the given Zoho data type.
    static func accepts(_ value: JSONValue, dataType: String) -> Bool {
        switch dataType {
        case "integer", "bigint": return value.numberValue?.int64Value != nil
        case "double", "currency", "decimal", "percent": return value.numberValue?.doubleValue != nil
        case "boolean": return value.boolValue != nil
        case "date": return value.stringValue.flatMap { ZohoDateTime.parse($0 + "T00:00:00Z") } != nil
        case "datetime": return value.stringValue.flatMap(ZohoDateTime.parse) != nil
        case "lookup", "ownerlookup", "userlookup": return value.objectValue?["id"].flatMap(ZohoID.init(json:)) != nil
        case "multiselectpicklist": return value.arrayValue?.allSatisfy { $0.stringValue != nil } ?? false
        default: return value.stringValue != nil
        }
    }
}
