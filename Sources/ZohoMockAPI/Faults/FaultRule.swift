import MockHTTP
import ZohoJSON

/// A fault rule as the server keeps it: the spec, its answer built once, its
/// own random sequence, and how often it matched and fired.
struct FaultRule: Sendable {
    let id: Int
    let spec: FaultSpec
    let answer: HTTPResponse?
    let seed: UInt64
    var random: SeededRandom
    /// Requests that matched method, path and org while the rule was active.
    var matched = 0
    /// Requests it acted on; `times` bounds this.
    var fired = 0

    init(id: Int, spec: FaultSpec, defaultSeed: UInt64) {
        self.id = id
        self.spec = spec
        answer = spec.answer
        // Each rule draws from its own sequence, so other rules' traffic cannot change when it fires.
        seed = spec.seed ?? defaultSeed &+ UInt64(id) &* 0x9E37_79B9_7F4A_7C15
        random = SeededRandom(seed: seed)
    }

    var isExhausted: Bool { spec.times.map { fired >= $0 } ?? false }

    func matches(method: String, segments: [String]) -> Bool {
        (spec.method.map { $0 == method } ?? true) && (spec.path?.matches(segments) ?? true)
    }

    var json: JSONValue {
        var object = JSONObject([
            ("id", .int(id)), ("method", spec.method.map(JSONValue.string) ?? .null),
            ("path", spec.path.map { .string($0.text) } ?? .null), ("org_id", spec.orgID.json),
            ("status", spec.status.map(JSONValue.int) ?? .null), ("code", spec.code.map(JSONValue.string) ?? .null),
        ])
        if let body = spec.body { object["body"] = body }
        object["delay_ms"] = .int(spec.delayMilliseconds)
        object["times"] = spec.times.map(JSONValue.int) ?? .null
        object["probability"] = .number(JSONNumber(spec.probability))
        object["drop_connection"] = .bool(spec.dropConnection)
        object["seed"] = .number(JSONNumber(literal: String(seed)))
        object["matched"] = .int(matched)
        object["fired"] = .int(fired)
        object["remaining"] = spec.times.map { .int(max(0, $0 - fired)) } ?? .null
        return .object(object)
    }
}

/// What a rule does to one request.
struct FaultDecision: Sendable {
    let ruleID: Int
    /// Answered instead of the API (an error or a dropped connection); nil answers the real thing.
    let answer: HTTPResponse?
    let delayMilliseconds: Int
}
