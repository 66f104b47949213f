import ZohoJSON

/// A fault rule the emulator holds (`GET /__mock/faults`, and the answer to
/// adding one): the rule with its defaults filled in, and its counters.
public struct InstalledFault: Sendable, Equatable {
    /// The key of the list in `GET /__mock/faults`.
    public static let listKey = "faults"

    public var id: Int
    /// The rule with the server's defaults filled in: any delay is 0 ms, the
    /// probability 1, no dropped connection, and its seed is `seed`.
    public var rule: Fault
    /// The rule's own random sequence (given, or derived from the server's fault seed).
    public var seed: UInt64
    /// Requests that matched it while it was active.
    public var matched: Int
    /// Requests it acted on.
    public var fired: Int
    /// Firings left; nil when unlimited.
    public var remaining: Int?

    public var method: String? { get { rule.method } set { rule.method = newValue } }
    public var path: String? { get { rule.path } set { rule.path = newValue } }
    public var code: String? { get { rule.code } set { rule.code = newValue } }
    public var status: Int? { get { rule.status } set { rule.status = newValue } }

    public init(id: Int, fault: Fault, seed: UInt64, matched: Int, fired: Int) {
        self.id = id
        rule = fault
        rule.delayMilliseconds = fault.delayMilliseconds ?? 0
        rule.probability = fault.probability ?? 1
        rule.dropConnection = fault.dropConnection ?? false
        rule.seed = seed
        self.seed = seed
        self.matched = matched
        self.fired = fired
        remaining = fault.times.map { max(0, $0 - fired) }
    }

    public init?(json: JSONValue) {
        guard let object = json.objectValue, let id = object["id"]?.numberValue?.int64Value else { return nil }
        let value = { (key: Fault.Key) in object[key.rawValue] }
        let integer = { (key: String) in object[key]?.numberValue?.int64Value.map { Int($0) } }
        self.id = Int(id)
        rule = Fault(
            method: value(.method)?.stringValue, path: value(.path)?.stringValue, orgID: value(.orgID)?.stringValue,
            status: integer(Fault.Key.status.rawValue), code: value(.code)?.stringValue,
            body: value(.body)?.nonNull,
            delayMilliseconds: integer(Fault.Key.delayMilliseconds.rawValue) ?? 0,
            times: integer(Fault.Key.times.rawValue), probability: value(.probability)?.numberValue?.doubleValue ?? 1,
            dropConnection: value(.dropConnection)?.boolValue ?? false)
        seed = value(.seed)?.numberValue.flatMap { UInt64($0.text) } ?? 0
        rule.seed = seed
        matched = integer("matched") ?? 0
        fired = integer("fired") ?? 0
        remaining = integer("remaining")
    }

    /// The id first; `body` only when the rule has one.
    public var json: JSONValue {
        var object = JSONObject([
            ("id", .int(id)), (Fault.Key.method.rawValue, rule.method.map(JSONValue.string) ?? .null),
            (Fault.Key.path.rawValue, rule.path.map(JSONValue.string) ?? .null),
            (Fault.Key.orgID.rawValue, rule.orgID.map(JSONValue.string) ?? .null),
            (Fault.Key.status.rawValue, rule.status.map(JSONValue.int) ?? .null),
            (Fault.Key.code.rawValue, rule.code.map(JSONValue.string) ?? .null),
        ])
        if let body = rule.body { object[Fault.Key.body.rawValue] = body }
        object[Fault.Key.delayMilliseconds.rawValue] = .int(rule.delayMilliseconds ?? 0)
        object[Fault.Key.times.rawValue] = rule.times.map(JSONValue.int) ?? .null
        object[Fault.Key.probability.rawValue] = .number(JSONNumber(rule.probability ?? 1))
        object[Fault.Key.dropConnection.rawValue] = .bool(rule.dropConnection ?? false)
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
