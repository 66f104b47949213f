import ZohoJSON

/// A fault rule to add (`POST /__mock/faults`). Nil fields are left out: the
/// emulator's defaults are any method, any path, any org, unlimited times.
public struct Fault: Sendable, Equatable {
    /// The body's keys, spelled once for the client that writes them and the server that reads them.
    public enum Key: String, CaseIterable, Sendable {
        case method, path, status, code, body, times, probability, seed
        case orgID = "org_id", delayMilliseconds = "delay_ms", dropConnection = "drop_connection"
    }

    /// Longer delays would hold one of the server's few request threads for too long.
    public static let maximumDelayMilliseconds = 60_000

    public var method: String?
    /// `*` matches any one segment: `/crm/v7/Leads/*/Locking_Information__s`.
    public var path: String?
    public var orgID: String?
    public var status: Int?
    /// A Zoho error code of the catalog (`TOO_MANY_REQUESTS`): its exact body and status.
    public var code: String?
    /// An explicit body, e.g. the accounts server's `{"error":"invalid_code"}`.
    public var body: JSONValue?
    public var delayMilliseconds: Int?
    public var times: Int?
    public var probability: Double?
    public var dropConnection: Bool?
    public var seed: UInt64?

    public init(
        method: String? = nil, path: String? = nil, orgID: String? = nil, status: Int? = nil, code: String? = nil,
        body: JSONValue? = nil, delayMilliseconds: Int? = nil, times: Int? = nil, probability: Double? = nil,
        dropConnection: Bool? = nil, seed: UInt64? = nil
    ) {
        self.method = method
        self.path = path
        self.orgID = orgID
        self.status = status
        self.code = code
        self.body = body
        self.delayMilliseconds = delayMilliseconds
        self.times = times
        self.probability = probability
        self.dropConnection = dropConnection
        self.seed = seed
    }

    /// Answers with a Zoho error of the catalog.
    public static func error(
        code: String, status: Int? = nil, method: String? = nil, path: String? = nil, times: Int? = nil
    ) -> Fault {
        Fault(method: method, path: path, status: status, code: code, times: times)
    }

    /// Delays the real answer.
    public static func delay(milliseconds: Int, method: String? = nil, path: String? = nil, times: Int? = nil) -> Fault {
        Fault(method: method, path: path, delayMilliseconds: milliseconds, times: times)
    }

    /// Closes the connection without answering.
    public static func dropConnection(method: String? = nil, path: String? = nil, times: Int? = nil) -> Fault {
        Fault(method: method, path: path, times: times, dropConnection: true)
    }

    /// Whether the rule answers instead of the API (as opposed to only delaying or dropping).
    public var answers: Bool { status != nil || code != nil || body != nil }

    public var json: JSONValue {
        var object = JSONObject()
        object[Key.method.rawValue] = method.map(JSONValue.string)
        object[Key.path.rawValue] = path.map(JSONValue.string)
        object[Key.orgID.rawValue] = orgID.map(JSONValue.string)
        object[Key.status.rawValue] = status.map(JSONValue.int)
        object[Key.code.rawValue] = code.map(JSONValue.string)
        object[Key.body.rawValue] = body
        object[Key.delayMilliseconds.rawValue] = delayMilliseconds.map(JSONValue.int)
        object[Key.times.rawValue] = times.map(JSONValue.int)
        object[Key.probability.rawValue] = probability.map { .number(JSONNumber($0)) }
        object[Key.dropConnection.rawValue] = dropConnection.map(JSONValue.bool)
        object[Key.seed.rawValue] = seed.map { .number(JSONNumber(literal: String($0))) }
        return .object(object)
    }
}
