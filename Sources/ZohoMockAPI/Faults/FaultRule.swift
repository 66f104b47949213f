import MockHTTP
import ZohoMockControlWire

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

    /// The rule as `GET /__mock/faults` lists it.
    var installed: InstalledFault {
        InstalledFault(id: id, fault: spec.request, seed: seed, matched: matched, fired: fired)
    }
}

/// What a rule does to one request.
struct FaultDecision: Sendable {
    let ruleID: Int
    /// Answered instead of the API (an error or a dropped connection); nil answers the real thing.
    let answer: HTTPResponse?
    let delayMilliseconds: Int
}
