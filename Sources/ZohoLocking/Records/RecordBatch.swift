import ZohoJSON

/// The body of a Records API write: `{"data": [record, …]}`, at most 100
/// records (Zoho's limit for insert, update and delete).
struct RecordBatch {
    /// The elements of `data`, or the per-item error Zoho answers when there are none.
    let elements: Result<[JSONValue], ZohoError>

    /// Throws only top-level errors: a body that is not a JSON object, or too many records.
    init(bytes: [UInt8]) throws(ZohoError) {
        try self.init(root: Self.root(of: bytes))
    }

    /// The body's top-level object, for writes that read more than `data` (upsert).
    static func root(of bytes: [UInt8]) throws(ZohoError) -> JSONObject {
        guard case .object(let root)? = try? JSONParser.parse(bytes) else { throw .unableToParseDataType }
        return root
    }

    init(root: JSONObject) throws(ZohoError) {
        switch root["data"] {
        case .array(let items)? where !items.isEmpty:
            try ElementLimit.check(items.count)
            elements = .success(items)
        case .array?, .null?, nil:
            elements = .failure(.mandatoryNotFound(apiName: "data", jsonPath: "$.data"))
        default:
            elements = .failure(.invalidDataType(apiName: "data", jsonPath: "$.data", expected: "jsonarray"))
        }
    }
}
