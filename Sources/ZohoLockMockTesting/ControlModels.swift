import Foundation
import ZohoJSON

/// One exchange of the request journal (`GET /__mock/requests`), tokens masked.
public struct RecordedRequest: Sendable, Equatable {
    public var id: Int
    /// ISO-8601 in UTC, by the emulator's clock.
    public var time: String
    public var orgID: String?
    public var method: String
    public var path: String
    /// As sent, credentials masked.
    public var query: String
    /// nil when a fault dropped the connection.
    public var status: Int?
    public var durationMilliseconds: Double
    /// JSON bodies as JSON, form bodies as a string, nil when empty.
    public var requestBody: JSONValue?
    public var responseBody: JSONValue?
    /// The `Authorization` header, its token masked.
    public var authorization: String?
    /// The fault rule that answered or delayed it.
    public var faultID: Int?

    init?(json: JSONValue) {
        guard let id = json["id"]?.numberValue?.int64Value, let method = json["method"]?.stringValue,
            let path = json["path"]?.stringValue
        else { return nil }
        self.id = Int(id)
        self.method = method
        self.path = path
        time = json["time"]?.stringValue ?? ""
        orgID = json["org_id"]?.stringValue
        query = json["query"]?.stringValue ?? ""
        status = json["status"]?.numberValue?.int64Value.map { Int($0) }
        durationMilliseconds = json["duration_ms"]?.numberValue?.doubleValue ?? 0
        requestBody = json["request_body"].flatMap { $0.isNull ? nil : $0 }
        responseBody = json["response_body"].flatMap { $0.isNull ? nil : $0 }
        authorization = json["authorization"]?.stringValue
        faultID = json["fault_id"]?.numberValue?.int64Value.map { Int($0) }
    }
}

/// A fault rule to add (`POST /__mock/faults`). Nil fields are left out: the
/// emulator's defaults are any method, any path, any org, unlimited times.
public struct Fault: Sendable, Equatable {
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

    var json: JSONValue {
        var object = JSONObject()
        object["method"] = method.map(JSONValue.string)
        object["path"] = path.map(JSONValue.string)
        object["org_id"] = orgID.map(JSONValue.string)
        object["status"] = status.map(JSONValue.int)
        object["code"] = code.map(JSONValue.string)
        object["body"] = body
        object["delay_ms"] = delayMilliseconds.map(JSONValue.int)
        object["times"] = times.map(JSONValue.int)
        object["probability"] = probability.map { .number(JSONNumber($0)) }
        object["drop_connection"] = dropConnection.map(JSONValue.bool)
        object["seed"] = seed.map { .number(JSONNumber(literal: String($0))) }
        return .object(object)
    }
}

/// A fault rule the emulator holds, with its counters.
public struct InstalledFault: Sendable, Equatable {
    public var id: Int
    public var method: String?
    public var path: String?
    public var code: String?
    public var status: Int?
    /// Requests that matched it while it was active.
    public var matched: Int
    /// Requests it acted on.
    public var fired: Int
    /// Firings left; nil when unlimited.
    public var remaining: Int?

    init?(json: JSONValue) {
        guard let id = json["id"]?.numberValue?.int64Value else { return nil }
        self.id = Int(id)
        method = json["method"]?.stringValue
        path = json["path"]?.stringValue
        code = json["code"]?.stringValue
        status = json["status"]?.numberValue?.int64Value.map { Int($0) }
        matched = Int(json["matched"]?.numberValue?.int64Value ?? 0)
        fired = Int(json["fired"]?.numberValue?.int64Value ?? 0)
        remaining = json["remaining"]?.numberValue?.int64Value.map { Int($0) }
    }
}

/// The emulator's clock (`/__mock/clock`).
public struct ClockState: Sendable, Equatable {
    /// ISO-8601 in UTC.
    public var now: String
    public var epochSeconds: Int64
    public var frozen: Bool

    public var date: Date { Date(timeIntervalSince1970: TimeInterval(epochSeconds)) }

    init(json: JSONValue) throws {
        guard let now = json["now"]?.stringValue, let seconds = json["epoch_seconds"]?.numberValue?.int64Value,
            let frozen = json["frozen"]?.boolValue
        else { throw ZohoLockMockError(message: "unexpected clock answer \(JSONWriter.string(json))") }
        self.now = now
        epochSeconds = seconds
        self.frozen = frozen
    }
}
