import ZohoJSON

/// The body of a configuration POST or PUT: `{"record_locking_configurations": [...]}`,
/// read before the store's lock is taken. Each element is read as far as it can
/// be without the org (`ConfigurationElement`); the transaction checks the rest
/// against the org's fields, buttons and profiles.
struct ConfigurationBody {
    static let wrapperKey = "record_locking_configurations"

    /// The elements of the wrapper; none when it is missing or not an array.
    let items: [JSONValue]
    /// Each item read as far as it can be without the org.
    let elements: [Result<ConfigurationElement, ZohoError>]

    /// Throws only top-level errors: a body that is not a JSON object, or more than 100 elements.
    init(bytes: [UInt8], mode: ConfigurationEditor.Mode) throws(ZohoError) {
        guard case .object(let root)? = try? JSONParser.parse(bytes) else { throw .unableToParseDataType }
        items = root[Self.wrapperKey]?.arrayValue ?? []
        try ElementLimit.check(items.count)
        elements = items.enumerated().map { index, item in
            Result { () throws(ZohoError) in try ConfigurationElement(item, at: Self.path(index), mode: mode) }
        }
    }

    /// `$.record_locking_configurations[index]`.
    static func path(_ index: Int) -> String { "$.\(wrapperKey)[\(index)]" }

    /// The per-item answer to a body without configurations.
    static let missingWrapper = ActionResult.failure(
        .mandatoryNotFound(apiName: wrapperKey, jsonPath: "$.\(wrapperKey)"))
}
