import ZohoJSON

/// The body of a change-owner call:
/// `{"ids": [...], "owner": {"id": …}, "notify": bool, "related_modules": [{"api_name": …, "id": …}]}`
/// (https://www.zoho.com/crm/developer/docs/api/v8/change-owner.html). `ids` is read
/// only on the many-record form. Everything that needs no stored data is checked
/// here, before the store's lock is taken; whether the owner exists is the service's.
struct OwnerChangeBody {
    /// Zoho takes up to 500 ids in one call.
    static let idLimit = 500
    /// The related modules Zoho's OpenAPI file lists, at most 5 entries.
    static let relatedModules = ["Tasks", "Events", "Calls", "Contacts", "Deals"]
    static let relatedModuleLimit = 5

    let ownerID: ZohoID
    /// The records of the many-record form, in the order sent; empty on the one-record form.
    let ids: [ZohoID]

    /// Errors are top-level, as Zoho answers them: a bad body fails the whole call.
    init(bytes: [UInt8], readsIDs: Bool) throws(ZohoError) {
        guard case .object(let root)? = try? JSONParser.parse(bytes) else { throw .unableToParseDataType }
        ids = readsIDs ? try BodyRecordIDs.read(root["ids"], limit: Self.idLimit) : []
        ownerID = try Self.owner(root["owner"])
        if let notify = root["notify"], !notify.isNull, notify.boolValue == nil {
            throw .invalidDataType(apiName: "notify", jsonPath: "$.notify", expected: "boolean")
        }
        try Self.checkRelatedModules(root["related_modules"])
    }

    private static func owner(_ value: JSONValue?) throws(ZohoError) -> ZohoID {
        guard let value, !value.isNull else { throw .mandatoryNotFound(apiName: "owner", jsonPath: "$.owner") }
        guard case .object(let object) = value else {
            throw .invalidDataType(apiName: "owner", jsonPath: "$.owner", expected: "jsonobject")
        }
        guard let idValue = object["id"], !idValue.isNull else {
            throw .mandatoryNotFound(apiName: "id", jsonPath: "$.owner.id")
        }
        guard let id = ZohoID(json: idValue) else { throw .invalidValue(apiName: "id", jsonPath: "$.owner.id") }
        return id
    }

    /// Validated, not applied: the emulator keeps no links between records, so there
    /// are no related tasks, events or calls to hand over (docs/behaviour.md).
    private static func checkRelatedModules(_ value: JSONValue?) throws(ZohoError) {
        guard let value, !value.isNull else { return }
        guard case .array(let items) = value else {
            throw .invalidDataType(apiName: "related_modules", jsonPath: "$.related_modules", expected: "jsonarray")
        }
        guard items.count <= relatedModuleLimit else {
            throw .invalidValue(apiName: "related_modules", jsonPath: "$.related_modules")
        }
        for (index, item) in items.enumerated() {
            let path = "$.related_modules[\(index)]"
            guard case .object(let object) = item else {
                throw .invalidDataType(apiName: "related_modules", jsonPath: path, expected: "jsonobject")
            }
            guard let name = object["api_name"]?.stringValue else {
                throw .mandatoryNotFound(apiName: "api_name", jsonPath: "\(path).api_name")
            }
            guard relatedModules.contains(name) else {
                throw .unsupportedChoice(apiName: "api_name", jsonPath: "\(path).api_name", supportedValues: relatedModules)
            }
        }
    }
}
