import ZohoJSON

/// Field metadata as `GET /settings/fields` shows it: the keys the
/// official SDK reads (`api_name`, `data_type`, `system_mandatory`,
/// `custom_field`, `pick_list_values`, `json_type`) plus the usual labels.
public struct FieldMetadataView: JSONRepresentable, Sendable {
    public let field: FieldDefinition
    public let picklistValues: [String]
    public let custom: Bool

    public init(_ field: FieldDefinition, picklistValues: [String] = [], custom: Bool = false) {
        self.field = field
        self.picklistValues = picklistValues
        self.custom = custom
    }

    public var json: JSONValue {
        var object = JSONObject([
            ("api_name", .string(field.apiName)), ("id", field.id.json),
            ("field_label", .string(Self.label(field.apiName))), ("display_label", .string(Self.label(field.apiName))),
            ("data_type", .string(field.dataType)), ("json_type", .string(Self.jsonType(field.dataType))),
            ("system_mandatory", .bool(field.apiName == "Last_Name")), ("custom_field", .bool(custom)),
            ("read_only", .bool(FieldCatalog.systemManaged.contains(field.apiName))), ("visible", true),
            ("length", .int(Self.length(field.dataType))),
        ])
        if field.dataType == "picklist" || field.dataType == "multiselectpicklist" {
            object["pick_list_values"] = .array(picklistValues.map { value in
                .object(JSONObject([("display_value", .string(value)), ("actual_value", .string(value))]))
            })
        }
        return .object(object)
    }

    /// `Lead_Status` → `Lead Status`; `Locked_For__s` → `Locked For`.
    static func label(_ apiName: String) -> String {
        var name = apiName
        for suffix in ["__s", "__c"] where name.hasSuffix(suffix) { name.removeLast(suffix.count) }
        return name.split(separator: "_").joined(separator: " ")
    }

    static func jsonType(_ dataType: String) -> String {
        switch dataType {
        case "integer", "bigint": return "integer"
        case "double", "currency", "decimal", "percent": return "double"
        case "boolean": return "boolean"
        case "lookup", "ownerlookup", "userlookup", "multi_module_lookup": return "jsonobject"
        case "multiselectpicklist", "subform": return "jsonarray"
        default: return "string"
        }
    }

    static func length(_ dataType: String) -> Int {
        switch dataType {
        case "textarea": return 32_000
        case "integer", "bigint", "double", "currency", "decimal": return 16
        default: return 255
        }
    }

    /// The fields of `Locking_Information__s`; ids are fixed and illustrative.
    public static let lockingInformationFields: [FieldMetadataView] = [
        ("Locked_Reason__s", "textarea", [String]()), ("Lock_Source__s", "picklist", ["Manual", "Automatic"]),
        ("Locked_For__s", "multi_module_lookup", []), ("Locked_Time__s", "datetime", []),
        ("Locked_By__s", "userlookup", []), ("Record_Locking_Rule_Id__s", "bigint", []),
        ("Record_Locking_Configuration_Id__s", "bigint", []), ("Feature_Type__s", "picklist", ["record_locking"]),
    ].enumerated().map { index, field in
        FieldMetadataView(
            FieldDefinition(apiName: field.0, dataType: field.1, id: ZohoID(5_843_104_000_000_900_001 + Int64(index))),
            picklistValues: field.2)
    }

    /// The module `Locking_Information__s` becomes once an org has a configuration
    /// (docs/zoho-api.md#metadata-the-official-sdk-fetches).
    public static let lockingInformationModule = ModuleInfo(
        apiName: "Locking_Information__s", id: ZohoID(5_843_104_000_000_900_000), generatedType: "default", lockable: false)
}
