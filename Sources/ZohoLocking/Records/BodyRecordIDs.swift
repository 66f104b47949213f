import ZohoJSON

/// The `ids` array of a many-record action body (change owner, mass update):
/// present and non-empty, at most `limit` entries, each a record id.
enum BodyRecordIDs {
    static func read(_ value: JSONValue?, limit: Int) throws(ZohoError) -> [ZohoID] {
        guard case .array(let items)? = value, !items.isEmpty else {
            if let value, !value.isNull, value.arrayValue == nil {
                throw .invalidDataType(apiName: "ids", jsonPath: "$.ids", expected: "jsonarray")
            }
            throw .mandatoryNotFound(apiName: "ids", jsonPath: "$.ids")
        }
        // Counted before any id is read: a body of 100k ids costs one parse and this comparison.
        guard items.count <= limit else { throw .recordCountExceeded(limit: limit) }
        var ids: [ZohoID] = []
        ids.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            guard let id = ZohoID(json: item) else {
                throw .invalidDataType(apiName: "ids", jsonPath: "$.ids[\(index)]", expected: "long")
            }
            ids.append(id)
        }
        return ids
    }
}
