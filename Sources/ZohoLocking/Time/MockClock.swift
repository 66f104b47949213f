import Foundation
import Synchronization

/// The one source of "now" for everything the API shows or decides (lock
/// times, token expiry). Tests freeze or move it through the control API.
///
/// Every request reads it, from two threads at once, so reading takes no lock:
/// the frozen time and the offset are two atomics, and changes (rare, from the
/// control API) are serialised among themselves and ordered so that a reader
/// sees either the state before a change or the state after it.
public final class MockClock: Sendable {
    /// Epoch seconds the clock is frozen at, or `running`.
    private let frozenAt = Atomic<Int64>(MockClock.running)
    /// Added to real time while the clock runs.
    private let offsetSeconds = Atomic<Int64>(0)
    private let changes = LockedValue(())

    private static let running = Int64.min
    /// The times the clock may show: years 0001 through 9999, what Zoho's date-times can write.
    public static let range: ClosedRange<Int64> = -62_135_596_800...253_402_300_799

    public init() {}

    /// Epoch seconds.
    public func now() -> Int64 {
        let frozen = frozenAt.load(ordering: .acquiring)
        if frozen != Self.running { return frozen }
        return Int64(Date().timeIntervalSince1970) + offsetSeconds.load(ordering: .acquiring)
    }

    /// Stops the clock at a time in `range` (others are refused: false).
    @discardableResult
    public func freeze(at epochSeconds: Int64) -> Bool {
        guard Self.range.contains(epochSeconds) else { return false }
        changes.withLock { _ in frozenAt.store(epochSeconds, ordering: .releasing) }
        return true
    }

    /// Moves the clock, frozen or running, by the given seconds; false (and no
    /// change) when that would leave `range`.
    @discardableResult
    public func advance(by seconds: Int64) -> Bool {
        changes.withLock { _ in
            let frozen = frozenAt.load(ordering: .acquiring)
            let current = frozen != Self.running ? frozen : now()
            let (moved, overflow) = current.addingReportingOverflow(seconds)
            guard !overflow, Self.range.contains(moved) else { return false }
            if frozen != Self.running {
                frozenAt.store(moved, ordering: .releasing)
            } else {
                offsetSeconds.store(offsetSeconds.load(ordering: .acquiring) + seconds, ordering: .releasing)
            }
            return true
        }
    }

    /// Back to real time.
    public func release() {
        changes.withLock { _ in
            // The offset first: a reader that sees the clock running again sees it cleared.
            offsetSeconds.store(0, ordering: .releasing)
            frozenAt.store(Self.running, ordering: .releasing)
        }
    }

    public var isFrozen: Bool { frozenAt.load(ordering: .acquiring) != Self.running }
}
