import ZohoJSON

/// What validating a configuration of one module needs to know about the org.
public struct ConfigurationContext {
    public let module: ModuleInfo
    public let fields: [FieldDefinition]
    public let customButtons: [NamedReference]
    public let profile: (ZohoID) throws -> Profile?
    /// Fixtures may give a module any number of fields and buttons, and a body any
    /// number of criteria: each is found by key, the first of a repeated name or id.
    private let fieldsByName: [String: FieldDefinition]
    private let fieldsByID: [ZohoID: FieldDefinition]
    private let buttonsByID: [ZohoID: NamedReference]

    public init(
        module: ModuleInfo, fields: [FieldDefinition], customButtons: [NamedReference],
        profile: @escaping (ZohoID) throws -> Profile?
    ) {
        self.module = module
        self.fields = fields
        self.customButtons = customButtons
        self.profile = profile
        fieldsByName = Dictionary(fields.map { ($0.apiName, $0) }, uniquingKeysWith: { first, _ in first })
        fieldsByID = Dictionary(fields.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        buttonsByID = Dictionary(customButtons.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The module's custom button with this id.
    public func customButton(id: ZohoID) -> NamedReference? { buttonsByID[id] }

    /// Resolves `{ "api_name": …, "id": … }` at `path` to a field of the module:
    /// either key may name it; if only one is valid that one is used; both
    /// missing → EXPECTED_FIELD_MISSING; naming different fields → AMBIGUITY_DURING_PROCESSING.
    public func field(_ value: JSONValue?, at path: String) throws(ZohoError) -> FieldDefinition {
        guard case .object(let object)? = value else {
            throw .invalidDataType(apiName: "field", jsonPath: path, expected: "jsonobject")
        }
        let name = object["api_name"]?.stringValue
        let idValue = object["id"]?.nonNull
        guard name != nil || idValue != nil else { throw .expectedFieldMissing(jsonPath: path) }
        let byName = name.flatMap { fieldsByName[$0] }
        let byID = idValue.flatMap(ZohoID.init(json:)).flatMap { fieldsByID[$0] }
        if let byName, let byID, byName != byID { throw .ambiguityDuringProcessing(jsonPath: path) }
        if let found = byName ?? byID { return found }
        throw name != nil
            ? .referenceNotFound(.fieldByAPIName, jsonPath: "\(path).api_name")
            : .referenceNotFound(.fieldByID, jsonPath: "\(path).id")
    }
}
