import Synchronization
import MockHTTP
import ZohoLocking

/// The fault rules of `/__mock/faults`, consulted for every Zoho API and
/// accounts request. Rules are tried in the order they were added; the first
/// that matches and fires decides. With no rules the check is one atomic load.
final class FaultRules: Sendable {
    /// `--fault-seed`: seeds rules that bring no `seed` of their own.
    let defaultSeed: UInt64
    private let state = LockedValue(State())
    private let ruleCount = Atomic<Int>(0)

    private struct State {
        var rules: [FaultRule] = []
        var nextID = 1
    }

    init(defaultSeed: UInt64) { self.defaultSeed = defaultSeed }

    func add(_ spec: FaultSpec) -> FaultRule {
        state.withLock { state in
            let rule = FaultRule(id: state.nextID, spec: spec, defaultSeed: defaultSeed)
            state.nextID += 1
            state.rules.append(rule)
            ruleCount.store(state.rules.count, ordering: .releasing)
            return rule
        }
    }

    func list() -> [FaultRule] { state.withLock { $0.rules } }

    func remove(id: Int) -> Bool {
        state.withLock { state in
            guard let index = state.rules.firstIndex(where: { $0.id == id }) else { return false }
            state.rules.remove(at: index)
            ruleCount.store(state.rules.count, ordering: .releasing)
            return true
        }
    }

    @discardableResult
    func removeAll() -> Int {
        state.withLock { state in
            let count = state.rules.count
            state.rules.removeAll()
            ruleCount.store(0, ordering: .releasing)
            return count
        }
    }

    /// As at start: no rules, ids from 1 (`POST /__mock/reset`).
    func reset() {
        state.withLock { state in
            state = State()
            ruleCount.store(0, ordering: .releasing)
        }
    }

    /// The fault for this request, if one fires. `orgID` is asked at most once,
    /// and only when a matching rule names an org (it costs a store read).
    func decide(for request: HTTPRequest, orgID: () -> ZohoID?) -> FaultDecision? {
        guard ruleCount.load(ordering: .acquiring) > 0 else { return nil }
        let segments = request.pathSegments
        return state.withLock { state -> FaultDecision? in
            var requestOrg: ZohoID??
            for index in state.rules.indices {
                guard !state.rules[index].isExhausted,
                    state.rules[index].matches(method: request.method, segments: segments)
                else { continue }
                if let wanted = state.rules[index].spec.orgID {
                    if requestOrg == nil { requestOrg = .some(orgID()) }
                    guard requestOrg == .some(wanted) else { continue }
                }
                state.rules[index].matched += 1
                let probability = state.rules[index].spec.probability
                if probability < 1 {
                    // Drawn only for matching requests, so the sequence depends on them alone.
                    guard state.rules[index].random.nextUnit() < probability else { continue }
                }
                state.rules[index].fired += 1
                let rule = state.rules[index]
                return FaultDecision(ruleID: rule.id, answer: rule.answer, delayMilliseconds: rule.spec.delayMilliseconds)
            }
            return nil
        }
    }
}
