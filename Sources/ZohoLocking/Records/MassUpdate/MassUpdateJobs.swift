/// The outcome of one mass update, as Get Mass Update Status reports it.
public struct MassUpdateJob: Sendable, Equatable {
    public let orgID: ZohoID
    public let module: String
    public let id: ZohoID
    public var updated = 0
    /// Records a lock kept the caller from editing: skipped, not failed.
    public var notUpdated = 0
    /// Ids that name no record of the module.
    public var failed = 0

    public var total: Int { updated + notUpdated + failed }
}

/// The mass-update jobs the process remembers, per org. The emulator runs a job
/// as it is scheduled, so only its counts are kept: a fixed number of them, the
/// oldest forgotten first, so a client scheduling jobs in a loop cannot grow memory.
/// `POST /__mock/reset` forgets them (job ids restart with the store's ids).
public final class MassUpdateJobs: Sendable {
    public static let defaultCapacity = 10_000

    private struct Key: Hashable {
        let orgID: ZohoID
        let id: ZohoID
    }

    private struct State {
        var jobs: [Key: MassUpdateJob] = [:]
        /// Insertion order; `head` skips the forgotten without shifting the array.
        var order: [Key] = []
        var head = 0
    }

    private let capacity: Int
    private let state = LockedValue(State())

    public init(capacity: Int = defaultCapacity) { self.capacity = max(1, capacity) }

    func remember(_ job: MassUpdateJob) {
        state.withLock { state in
            let key = Key(orgID: job.orgID, id: job.id)
            if state.jobs.updateValue(job, forKey: key) == nil { state.order.append(key) }
            while state.jobs.count > capacity, state.head < state.order.count {
                state.jobs[state.order[state.head]] = nil
                state.head += 1
            }
            // Compacted once half the array is forgotten keys: amortised constant time.
            if state.head > state.order.count / 2 {
                state.order.removeFirst(state.head)
                state.head = 0
            }
        }
    }

    /// The org's job of that id; another org's job is not found.
    func job(orgID: ZohoID, id: ZohoID) -> MassUpdateJob? {
        state.withLock { $0.jobs[Key(orgID: orgID, id: id)] }
    }

    public func forgetAll() { state.withLock { $0 = State() } }

    public func forget(orgID: ZohoID) {
        state.withLock { state in
            state.jobs = state.jobs.filter { $0.key.orgID != orgID }
            state.order = state.order[state.head...].filter { $0.orgID != orgID }
            state.head = 0
        }
    }

    public var count: Int { state.withLock { $0.jobs.count } }
}
