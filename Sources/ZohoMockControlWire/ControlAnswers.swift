import ZohoJSON

/// `{"orgs": [ids]}`: the orgs a fixture load or a full reset touched.
public struct LoadedOrgs: Sendable, Equatable {
    public var orgIDs: [String]

    public init(orgIDs: [String]) { self.orgIDs = orgIDs }

    public init(json: JSONValue) {
        orgIDs = json.objectValue?["orgs"]?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    public var json: JSONValue { .object(JSONObject([("orgs", .array(orgIDs.map(JSONValue.string)))])) }
}

/// `{"org_id": id, "restored_from_seed": bool}`: the answer of a one-org reset.
public struct OrgReset: Sendable, Equatable {
    public var orgID: String
    /// False when the org was not seeded and was removed.
    public var restoredFromSeed: Bool

    public init(orgID: String, restoredFromSeed: Bool) {
        self.orgID = orgID
        self.restoredFromSeed = restoredFromSeed
    }

    public init?(json: JSONValue) {
        guard let object = json.objectValue, let orgID = object["org_id"]?.stringValue else { return nil }
        self.orgID = orgID
        restoredFromSeed = object["restored_from_seed"]?.boolValue ?? false
    }

    public var json: JSONValue {
        .object(JSONObject([("org_id", .string(orgID)), ("restored_from_seed", .bool(restoredFromSeed))]))
    }
}

/// `{"deleted": n}`: how many journal entries or fault rules went.
public struct DeletedCount: Sendable, Equatable {
    public var deleted: Int

    public init(_ deleted: Int) { self.deleted = deleted }

    public var json: JSONValue { .object(JSONObject([("deleted", .int(deleted))])) }
}

/// `{"status": "ok"}`: the emulator is ready.
public struct HealthStatus: Sendable, Equatable {
    public static let ok = HealthStatus()

    public var json: JSONValue { .object(JSONObject([("status", "ok")])) }
}
