import CMicroHTTPD
import Foundation

/// A thread that applies the registry's deadlines a few times a second, until stopped.
final class ConnectionReaper: @unchecked Sendable {
    // Safe: `stopped` is only used while `condition` is locked.
    private var stopped = false
    private let condition = NSCondition()
    private let finished = DispatchSemaphore(value: 0)
    private let registry: ConnectionRegistry
    /// Deadlines are kept to within this much.
    static let intervalMilliseconds = 100

    init(registry: ConnectionRegistry) { self.registry = registry }

    func start() {
        let thread = Thread { [self] in
            run()
            finished.signal()
        }
        thread.name = "connection-reaper"
        thread.start()
    }

    /// Returns once the thread has ended.
    func stop() {
        condition.lock()
        stopped = true
        condition.signal()
        condition.unlock()
        finished.wait()
    }

    private func run() {
        condition.lock()
        defer { condition.unlock() }
        while !stopped {
            condition.unlock()
            registry.reap(now: cmhd_monotonic_ms())
            condition.lock()
            if stopped { break }
            _ = condition.wait(until: Date(timeIntervalSinceNow: Double(Self.intervalMilliseconds) / 1000))
        }
    }
}
