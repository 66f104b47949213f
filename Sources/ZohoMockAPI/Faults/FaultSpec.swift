import MockHTTP
import ZohoJSON
import ZohoLocking

/// What `POST /__mock/faults` asks for, validated: which requests (method,
/// path pattern, org) and what happens to them (a Zoho error, a delay, a
/// dropped connection), how often (`times`) and how likely (`probability`).
struct FaultSpec: Sendable {
    static let keys: Set<String> = [
        "method", "path", "org_id", "status", "code", "body", "delay_ms", "times", "probability", "drop_connection", "seed",
    ]
    /// Longer delays would hold one of the server's few request threads for too long.
    static let maximumDelayMilliseconds = 60_000

    var method: String?
    var path: PathPattern?
    var orgID: ZohoID?
    var status: Int?
    var code: String?
    /// An explicit body to answer with (e.g. the accounts server's `{"error":"invalid_code"}`).
    var body: JSONValue?
    var delayMilliseconds = 0
    /// nil: unlimited.
    var times: Int?
    var probability = 1.0
    var dropConnection = false
    /// nil: derived from the server's `--fault-seed` and the rule id.
    var seed: UInt64?

    init(json: JSONValue) throws(ControlError) {
        guard case .object(let object) = json else { throw .badRequest("a fault rule must be a JSON object") }
        if let unknown = object.keys.first(where: { !Self.keys.contains($0) }) {
            throw .badRequest("unknown key \(unknown); a fault rule takes \(Self.keys.sorted().joined(separator: ", "))")
        }
        let value = { (key: String) -> JSONValue? in object[key].flatMap { $0.isNull ? nil : $0 } }
        if let item = value("method") {
            guard let text = item.stringValue, !text.isEmpty else { throw .badRequest("method must be an HTTP method name") }
            method = text.uppercased()
        }
        if let item = value("path") {
            guard let text = item.stringValue, text.hasPrefix("/") else {
                throw .badRequest("path must be a path starting with /, with * for any one segment")
            }
            guard !text.hasPrefix("/__mock/") else {
                throw .badRequest("faults apply to the Zoho API and the accounts server, not to /__mock/")
            }
            path = PathPattern(text)
        }
        if let item = value("org_id") {
            guard let id = ZohoID(json: item) else { throw .badRequest("org_id must be an org id") }
            orgID = id
        }
        if let item = value("status") {
            guard let number = Self.integer(item), (200...599).contains(number) else {
                throw .badRequest("status must be an HTTP status from 200 to 599")
            }
            status = number
        }
        if let item = value("code") {
            guard let text = item.stringValue, ZohoError.representative(forCode: text) != nil else {
                throw .badRequest(
                    "code must be a Zoho error code of the catalog: \(ZohoError.knownCodes.joined(separator: ", "))")
            }
            code = text
        }
        body = value("body")
        if let item = value("delay_ms") {
            guard let number = Self.integer(item), (0...Self.maximumDelayMilliseconds).contains(number) else {
                throw .badRequest("delay_ms must be an integer from 0 to \(Self.maximumDelayMilliseconds)")
            }
            delayMilliseconds = number
        }
        if let item = value("times") {
            guard let number = Self.integer(item), number >= 1 else {
                throw .badRequest("times must be a positive integer (omit it or send null for unlimited)")
            }
            times = number
        }
        if let item = value("probability") {
            guard let number = item.numberValue?.doubleValue, (0...1).contains(number) else {
                throw .badRequest("probability must be a number from 0 to 1")
            }
            probability = number
        }
        if let item = value("drop_connection") {
            guard let flag = item.boolValue else { throw .badRequest("drop_connection must be true or false") }
            dropConnection = flag
        }
        if let item = value("seed") {
            guard let number = item.numberValue.flatMap({ UInt64($0.text) }) else {
                throw .badRequest("seed must be a non-negative 64-bit integer")
            }
            seed = number
        }
        let answers = status != nil || code != nil || body != nil
        if dropConnection, answers {
            throw .badRequest("drop_connection answers nothing, so it cannot be combined with status, code or body")
        }
        if !answers, !dropConnection, delayMilliseconds == 0 {
            throw .badRequest("a fault rule needs status, code, body, delay_ms or drop_connection")
        }
    }

    /// The answer given instead of the API's; nil when the rule only delays the real one.
    /// `code` gives the catalog error's exact body and status; `status` alone answers
    /// the catalog's error for that status (INTERNAL_ERROR's body when it has none).
    var answer: HTTPResponse? {
        if dropConnection { return .dropped }
        guard status != nil || code != nil || body != nil else { return nil }
        let error = code.flatMap(ZohoError.representative(forCode:)) ?? status.flatMap(ZohoError.representative(forStatus:))
        let json = body ?? (error ?? .internalError).json
        return .json(status: status ?? error?.httpStatus ?? 200, body: JSONWriter.bytes(json))
    }

    private static func integer(_ value: JSONValue) -> Int? {
        value.numberValue?.int64Value.flatMap { Int(exactly: $0) }
    }
}
