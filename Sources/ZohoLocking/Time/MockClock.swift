import Foundation

/// The one source of "now" for everything the API shows or decides (lock
/// times, token expiry). Tests freeze or move it through the control API.
public final class MockClock: Sendable {
    private struct State {
        var frozenAt: Int64?
        var offsetSeconds: Int64 = 0
    }

    private let state = LockedValue(State())

    public init() {}

    /// Epoch seconds.
    public func now() -> Int64 {
        state.withLock { state in
            state.frozenAt ?? Int64(Date().timeIntervalSince1970) + state.offsetSeconds
        }
    }

    public func freeze(at epochSeconds: Int64) {
        state.withLock { $0.frozenAt = epochSeconds }
    }

    /// Moves the clock, frozen or running, by the given seconds.
    public func advance(by seconds: Int64) {
        state.withLock { state in
            if let frozen = state.frozenAt {
                state.frozenAt = frozen + seconds
            } else {
                state.offsetSeconds += seconds
            }
        }
    }

    public func release() {
        state.withLock { $0 = State() }
    }

    public var isFrozen: Bool { state.withLock { $0.frozenAt != nil } }
}
