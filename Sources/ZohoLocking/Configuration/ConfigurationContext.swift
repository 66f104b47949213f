/// What validating a configuration of one module needs to know about the org.
public struct ConfigurationContext {
    public let module: ModuleInfo
    public let fields: [FieldDefinition]
    public let customButtons: [NamedReference]
    public let profile: (ZohoID) throws -> Profile?

    public init(
        module: ModuleInfo, fields: [FieldDefinition], customButtons: [NamedReference],
        profile: @escaping (ZohoID) throws -> Profile?
    ) {
        self.module = module
        self.fields = fields
        self.customButtons = customButtons
        self.profile = profile
    }

    /// Resolves `{ "api_name": …, "id": … }` at `path` to a field of the module (§10):
    /// either key may name it; if only one is valid that one is used; both
    /// missing → EXPECTED_FIELD_MISSING; naming different fields → AMBIGUITY_DURING_PROCESSING.
    public func field(_ value: JSONValue?, at path: String) throws(ZohoError) -> FieldDefinition {
        guard case .object(let object)? = value else {
            throw .invalidDataType(apiName: "field", jsonPath: path, expected: "jsonobject")
        }
        let name = object["api_name"]?.stringValue
        let idValue = object["id"].flatMap { $0.isNull ? nil : $0 }
        guard name != nil || idValue != nil else { throw .expectedFieldMissing(jsonPath: path) }
        let byName = name.flatMap { name in fields.first { $0.apiName == name } }
        let byID = idValue.flatMap(ZohoID.init(json:)).flatMap { id in fields.first { $0.id == id } }
        if let byName, let byID, byName != byID { throw .ambiguityDuringProcessing(jsonPath: path) }
        if let found = byName ?? byID { return found }
        let key = name != nil ? "api_name" : "id"
        throw .invalidData(
            message: "field not found",
            details: JSONObject([("api_name", .string(key)), ("json_path", .string("\(path).\(key)"))]))
    }
}
