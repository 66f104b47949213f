/// The body of a configuration POST or PUT: `{"record_locking_configurations": [...]}`.
/// Read before the store's lock is taken; the items are validated against the
/// org's fields and profiles inside the transaction.
struct ConfigurationBody {
    static let wrapperKey = "record_locking_configurations"

    /// The elements of the wrapper; empty when it is missing or not an array.
    let items: [JSONValue]

    /// Throws only for a body that is not a JSON object (a top-level error).
    init(bytes: [UInt8]) throws(ZohoError) {
        guard case .object(let root)? = try? JSONParser.parse(bytes) else { throw .unableToParseDataType }
        items = root[Self.wrapperKey]?.arrayValue ?? []
    }

    /// The per-item answer to a body without configurations.
    static let missingWrapper = ActionResult.failure(
        .mandatoryNotFound(apiName: wrapperKey, jsonPath: "$.\(wrapperKey)"))
}
