import ZohoJSON

/// The body of Mass Update Records:
/// `{"data": [{field: value, …}], "ids": [...]}`
/// (https://www.zoho.com/crm/developer/docs/api/v8/mass-update-records.html).
/// Only the ids form is emulated: a custom view (`cvid`), a territory or
/// `criteria` names records the emulator does not keep views or territories
/// for, so they are refused by name instead of silently updating nothing.
/// Everything that needs no stored data is checked here, before the store's lock.
struct MassUpdateBody {
    /// Zoho updates at most 500 records named by id in one call.
    static let idLimit = 500
    static let unsupportedKeys = ["cvid", "territory", "criteria"]

    /// The one element of `data`: the same values are written to every record.
    let values: JSONValue
    /// The records, in the order sent, each once.
    let ids: [ZohoID]

    /// Errors are top-level: a bad body schedules nothing.
    init(bytes: [UInt8]) throws(ZohoError) {
        guard case .object(let root)? = try? JSONParser.parse(bytes) else { throw .unableToParseDataType }
        values = try Self.values(root["data"])
        for key in Self.unsupportedKeys where root[key].map({ !$0.isNull }) ?? false {
            throw .invalidValue(apiName: key, jsonPath: "$.\(key)")
        }
        ids = try Self.ids(root["ids"])
    }

    private static func values(_ value: JSONValue?) throws(ZohoError) -> JSONValue {
        switch value {
        case .array(let items)? where !items.isEmpty:
            // One element: Zoho applies one set of values to all records.
            guard items.count == 1 else { throw .recordCountExceeded(limit: 1) }
            guard case .object = items[0] else {
                throw .invalidDataType(apiName: "data", jsonPath: "$.data[0]", expected: "jsonobject")
            }
            return items[0]
        case .array?, .null?, nil:
            throw .mandatoryNotFound(apiName: "data", jsonPath: "$.data")
        default:
            throw .invalidDataType(apiName: "data", jsonPath: "$.data", expected: "jsonarray")
        }
    }

    private static func ids(_ value: JSONValue?) throws(ZohoError) -> [ZohoID] {
        // A repeated id is one record: it is updated and counted once.
        var seen = Set<ZohoID>()
        return try BodyRecordIDs.read(value, limit: idLimit).filter { seen.insert($0).inserted }
    }
}
