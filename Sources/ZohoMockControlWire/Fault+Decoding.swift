import ZohoJSON
import ZohoLocking

extension Fault {
    /// Reads and checks a rule as the server receives it, each refusal a 400
    /// naming the first problem, in key order. `null` is the same as leaving a
    /// key out. `knownCodes` are the error codes a rule may answer with.
    public init(json: JSONValue, knownCodes: [String]) throws(ControlRefusal) {
        guard case .object(let object) = json else { throw .badRequest("a fault rule must be a JSON object") }
        if let unknown = object.keys.first(where: { Key(rawValue: $0) == nil }) {
            let keys = Key.allCases.map(\.rawValue).sorted().joined(separator: ", ")
            throw .badRequest("unknown key \(unknown); a fault rule takes \(keys)")
        }
        let value = { (key: Key) -> JSONValue? in object[key.rawValue]?.nonNull }
        self.init()
        if let item = value(.method) {
            guard let text = item.stringValue, !text.isEmpty else { throw .badRequest("method must be an HTTP method name") }
            method = text.uppercased()
        }
        if let item = value(.path) {
            guard let text = item.stringValue, text.hasPrefix("/") else {
                throw .badRequest("path must be a path starting with /, with * for any one segment")
            }
            guard !text.hasPrefix("/\(ControlRoute.mount)/") else {
                throw .badRequest("faults apply to the Zoho API and the accounts server, not to /__mock/")
            }
            path = text
        }
        if let item = value(.orgID) {
            guard let id = ZohoID(json: item) else { throw .badRequest("org_id must be an org id") }
            orgID = id.description
        }
        if let item = value(.status) {
            guard let number = Self.integer(item), (200...599).contains(number) else {
                throw .badRequest("status must be an HTTP status from 200 to 599")
            }
            status = number
        }
        if let item = value(.code) {
            guard let text = item.stringValue, knownCodes.contains(text) else {
                throw .badRequest("code must be a Zoho error code of the catalog: \(knownCodes.joined(separator: ", "))")
            }
            code = text
        }
        body = value(.body)
        if let item = value(.delayMilliseconds) {
            guard let number = Self.integer(item), (0...Self.maximumDelayMilliseconds).contains(number) else {
                throw .badRequest("delay_ms must be an integer from 0 to \(Self.maximumDelayMilliseconds)")
            }
            delayMilliseconds = number
        }
        if let item = value(.times) {
            guard let number = Self.integer(item), number >= 1 else {
                throw .badRequest("times must be a positive integer (omit it or send null for unlimited)")
            }
            times = number
        }
        if let item = value(.probability) {
            guard let number = item.numberValue?.doubleValue, (0...1).contains(number) else {
                throw .badRequest("probability must be a number from 0 to 1")
            }
            probability = number
        }
        if let item = value(.dropConnection) {
            guard let flag = item.boolValue else { throw .badRequest("drop_connection must be true or false") }
            dropConnection = flag
        }
        if let item = value(.seed) {
            guard let number = item.numberValue.flatMap({ UInt64($0.text) }) else {
                throw .badRequest("seed must be a non-negative 64-bit integer")
            }
            seed = number
        }
        let drops = dropConnection ?? false
        if drops, answers {
            throw .badRequest("drop_connection answers nothing, so it cannot be combined with status, code or body")
        }
        if !answers, !drops, (delayMilliseconds ?? 0) == 0 {
            throw .badRequest("a fault rule needs status, code, body, delay_ms or drop_connection")
        }
    }

    private static func integer(_ value: JSONValue) -> Int? {
        value.numberValue?.int64Value.flatMap { Int(exactly: $0) }
    }
}
