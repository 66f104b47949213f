import ZohoJSON

/// What an operation answers: an HTTP status and a JSON body (none for 204).
public struct ZohoReply: Sendable, Equatable {
    public var status: Int
    private var content: Content

    /// The body as a value, or already written (the lock GETs write theirs
    /// straight to bytes); either reads as both.
    private enum Content: Sendable {
        case value(JSONValue?)
        case written([UInt8])
    }

    public init(status: Int, body: JSONValue?) {
        self.status = status
        content = .value(body)
    }

    /// A reply whose JSON body is already written.
    public init(status: Int, written bytes: [UInt8]) {
        self.status = status
        content = .written(bytes)
    }

    public static let noContent = ZohoReply(status: 204, body: nil)

    public init(error: ZohoError) {
        self.init(status: error.httpStatus, body: error.json)
    }

    /// The body as a JSON value (a written body is parsed back: only tests ask for it).
    public var body: JSONValue? {
        switch content {
        case .value(let value): return value
        case .written(let bytes): return try? JSONParser.parse(bytes)
        }
    }

    /// The body as the bytes sent; empty for none.
    public var bytes: [UInt8] {
        switch content {
        case .value(let value): return value.map(JSONWriter.bytes) ?? []
        case .written(let bytes): return bytes
        }
    }

    public static func == (lhs: ZohoReply, rhs: ZohoReply) -> Bool {
        lhs.status == rhs.status && lhs.body == rhs.body
    }
}

/// One item of an action wrapper: a success or a per-item error.
public enum ActionResult: Sendable, Equatable, JSONRepresentable {
    case success(SuccessMessage, details: JSONObject)
    case failure(ZohoError)
    /// An upsert item: Zoho adds what it did (`insert`, `update`) and the
    /// duplicate-check field that matched (null when none did) to the success item.
    case upserted(SuccessMessage, details: JSONObject, action: String, duplicateField: String?)

    public var json: JSONValue {
        switch self {
        case .success(let message, let details):
            return .object(JSONObject([
                ("code", "SUCCESS"), ("details", .object(details)),
                ("message", .string(message.rawValue)), ("status", "success"),
            ]))
        case .failure(let error):
            return error.json
        case .upserted(let message, let details, let action, let duplicateField):
            return .object(JSONObject([
                ("code", "SUCCESS"), ("duplicate_field", duplicateField.map(JSONValue.string) ?? .null),
                ("action", .string(action)), ("details", .object(details)),
                ("message", .string(message.rawValue)), ("status", "success"),
            ]))
        }
    }

    public var isSuccess: Bool {
        switch self {
        case .success, .upserted: return true
        case .failure: return false
        }
    }

    /// The wrapper `{ key: [items] }` with Zoho's status for the batch: the
    /// success status when all succeeded, 207 when mixed, else the first error's.
    /// Written item by item: a body of many elements answers as many, and a tree
    /// of them all would be several times the size of the answer.
    public static func reply(key: String, items: [ActionResult], successStatus: Int) -> ZohoReply {
        var writer = JSONStreamWriter()
        writer.beginObject()
        writer.key(string: key)
        writer.beginArray()
        for item in items { writer.value(item.json) }
        writer.endArray()
        writer.endObject()
        let failures = items.lazy.filter { !$0.isSuccess }
        let status: Int
        if failures.isEmpty {
            status = successStatus
        } else if case .failure(let first)? = failures.first, failures.count == items.count {
            status = first.httpStatus
        } else {
            status = 207
        }
        return ZohoReply(status: status, written: writer.bytes())
    }
}
