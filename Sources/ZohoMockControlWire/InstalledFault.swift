import ZohoLocking

/// A fault rule the emulator holds (`GET /__mock/faults`, and the answer to
/// adding one): the rule with its defaults filled in, and its counters.
public struct InstalledFault: Sendable, Equatable {
    /// The key of the list in `GET /__mock/faults`.
    public static let listKey = "faults"

    public var id: Int
    public var method: String?
    public var path: String?
    public var orgID: String?
    public var status: Int?
    public var code: String?
    public var body: JSONValue?
    public var delayMilliseconds: Int
    /// nil when unlimited.
    public var times: Int?
    public var probability: Double
    public var dropConnection: Bool
    /// The rule's own random sequence (given, or derived from the server's fault seed).
    public var seed: UInt64
    /// Requests that matched it while it was active.
    public var matched: Int
    /// Requests it acted on.
    public var fired: Int
    /// Firings left; nil when unlimited.
    public var remaining: Int?

    public init(
        id: Int, fault: Fault, seed: UInt64, matched: Int, fired: Int
    ) {
        self.id = id
        method = fault.method
        path = fault.path
        orgID = fault.orgID
        status = fault.status
        code = fault.code
        body = fault.body
        delayMilliseconds = fault.delayMilliseconds ?? 0
        times = fault.times
        probability = fault.probability ?? 1
        dropConnection = fault.dropConnection ?? false
        self.seed = seed
        self.matched = matched
        self.fired = fired
        remaining = fault.times.map { max(0, $0 - fired) }
    }

    public init?(json: JSONValue) {
        guard let object = json.objectValue, let id = object["id"]?.numberValue?.int64Value else { return nil }
        let integer = { (key: String) in object[key]?.numberValue?.int64Value.map { Int($0) } }
        self.id = Int(id)
        method = object[Fault.Key.method.rawValue]?.stringValue
        path = object[Fault.Key.path.rawValue]?.stringValue
        orgID = object[Fault.Key.orgID.rawValue]?.stringValue
        status = integer(Fault.Key.status.rawValue)
        code = object[Fault.Key.code.rawValue]?.stringValue
        body = object[Fault.Key.body.rawValue].flatMap { $0.isNull ? nil : $0 }
        delayMilliseconds = integer(Fault.Key.delayMilliseconds.rawValue) ?? 0
        times = integer(Fault.Key.times.rawValue)
        probability = object[Fault.Key.probability.rawValue]?.numberValue?.doubleValue ?? 1
        dropConnection = object[Fault.Key.dropConnection.rawValue]?.boolValue ?? false
        seed = object[Fault.Key.seed.rawValue]?.numberValue.flatMap { UInt64($0.text) } ?? 0
        matched = integer("matched") ?? 0
        fired = integer("fired") ?? 0
        remaining = integer("remaining")
    }

    /// The id first; `body` only when the rule has one.
    public var json: JSONValue {
        var object = JSONObject([
            ("id", .int(id)), (Fault.Key.method.rawValue, method.map(JSONValue.string) ?? .null),
            (Fault.Key.path.rawValue, path.map(JSONValue.string) ?? .null),
            (Fault.Key.orgID.rawValue, orgID.map(JSONValue.string) ?? .null),
            (Fault.Key.status.rawValue, status.map(JSONValue.int) ?? .null),
            (Fault.Key.code.rawValue, code.map(JSONValue.string) ?? .null),
        ])
        if let body { object[Fault.Key.body.rawValue] = body }
        object[Fault.Key.delayMilliseconds.rawValue] = .int(delayMilliseconds)
        object[Fault.Key.times.rawValue] = times.map(JSONValue.int) ?? .null
        object[Fault.Key.probability.rawValue] = .number(JSONNumber(probability))
        object[Fault.Key.dropConnection.rawValue] = .bool(dropConnection)
        object[Fault.Key.seed.rawValue] = .number(JSONNumber(literal: String(seed)))
        object["matched"] = .int(matched)
        object["fired"] = .int(fired)
        object["remaining"] = remaining.map(JSONValue.int) ?? .null
        return .object(object)
    }

    /// `{"faults": [...]}`.
    public static func listJSON(_ faults: [InstalledFault]) -> JSONValue {
        .object(JSONObject([(listKey, .array(faults.map(\.json)))]))
    }

    /// The rules of a `GET /__mock/faults` answer.
    public static func list(in json: JSONValue) -> [InstalledFault] {
        (json.objectValue?[listKey]?.arrayValue ?? []).compactMap(InstalledFault.init(json:))
    }
}
