import ZohoJSON

/// One exchange of the request journal (`GET /__mock/requests`), tokens masked.
public struct RecordedRequest: Sendable, Equatable {
    /// The key of the list in `GET /__mock/requests`.
    public static let listKey = "requests"

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
    /// The body's size as received, and whether the journal kept only its start.
    public var requestBodySize: Int
    public var requestBodyTruncated: Bool
    public var responseBody: JSONValue?
    public var responseBodySize: Int
    public var responseBodyTruncated: Bool
    /// The `Authorization` header, its token masked.
    public var authorization: String?
    /// The fault rule that answered or delayed it.
    public var faultID: Int?
    public var connectionDropped: Bool

    public init(
        id: Int, time: String, orgID: String?, method: String, path: String, query: String, status: Int?,
        durationMilliseconds: Double, requestBody: JSONValue?, requestBodySize: Int, requestBodyTruncated: Bool,
        responseBody: JSONValue?, responseBodySize: Int, responseBodyTruncated: Bool, authorization: String?,
        faultID: Int?, connectionDropped: Bool
    ) {
        self.id = id
        self.time = time
        self.orgID = orgID
        self.method = method
        self.path = path
        self.query = query
        self.status = status
        self.durationMilliseconds = durationMilliseconds
        self.requestBody = requestBody
        self.requestBodySize = requestBodySize
        self.requestBodyTruncated = requestBodyTruncated
        self.responseBody = responseBody
        self.responseBodySize = responseBodySize
        self.responseBodyTruncated = responseBodyTruncated
        self.authorization = authorization
        self.faultID = faultID
        self.connectionDropped = connectionDropped
    }

    /// nil when the entry lacks its id, method or path.
    public init?(json: JSONValue) {
        guard let object = json.objectValue, let id = object["id"]?.numberValue?.int64Value,
            let method = object["method"]?.stringValue, let path = object["path"]?.stringValue
        else { return nil }
        let integer = { (key: String) in object[key]?.numberValue?.int64Value.map { Int($0) } }
        let body = { (key: String) in object[key]?.nonNull }
        self.init(
            id: Int(id), time: object["time"]?.stringValue ?? "", orgID: object["org_id"]?.stringValue, method: method,
            path: path, query: object["query"]?.stringValue ?? "", status: integer("status"),
            durationMilliseconds: object["duration_ms"]?.numberValue?.doubleValue ?? 0, requestBody: body("request_body"),
            requestBodySize: integer("request_body_size") ?? 0,
            requestBodyTruncated: object["request_body_truncated"]?.boolValue ?? false,
            responseBody: body("response_body"), responseBodySize: integer("response_body_size") ?? 0,
            responseBodyTruncated: object["response_body_truncated"]?.boolValue ?? false,
            authorization: object["authorization"]?.stringValue, faultID: integer("fault_id"),
            connectionDropped: object["connection_dropped"]?.boolValue ?? false)
    }

    public var json: JSONValue {
        .object(JSONObject([
            ("id", .int(id)), ("time", .string(time)), ("org_id", orgID.map(JSONValue.string) ?? .null),
            ("method", .string(method)), ("path", .string(path)), ("query", .string(query)),
            ("status", status.map(JSONValue.int) ?? .null), ("duration_ms", .number(JSONNumber(durationMilliseconds))),
            ("request_body", requestBody ?? .null), ("request_body_size", .int(requestBodySize)),
            ("request_body_truncated", .bool(requestBodyTruncated)), ("response_body", responseBody ?? .null),
            ("response_body_size", .int(responseBodySize)), ("response_body_truncated", .bool(responseBodyTruncated)),
            ("authorization", authorization.map(JSONValue.string) ?? .null),
            ("fault_id", faultID.map(JSONValue.int) ?? .null), ("connection_dropped", .bool(connectionDropped)),
        ]))
    }

    /// The entries of a `GET /__mock/requests` answer.
    public static func list(in json: JSONValue) -> [RecordedRequest] {
        (json.objectValue?[listKey]?.arrayValue ?? []).compactMap(RecordedRequest.init(json:))
    }
}
