import Dispatch

/// Runs a checkpoint once writes have paused: one timer per store, armed by
/// the first write after a checkpoint and moved on while writes keep coming,
/// so a steady load pays one clock read per write and an idle store has
/// nothing pending. The timer runs on a shared queue (no thread of its own)
/// and is cancelled when the store closes.
///
/// Not thread-safe by itself: `noteWrite` and the work `checkpoint` does run
/// under the store's write lock, which also guards this object's state.
final class IdleCheckpointer: @unchecked Sendable {
    private let timer = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
    private let idleDelay: DispatchTimeInterval
    private var lastWrite = DispatchTime.now()
    private var armed = false

    init(idleDelay: DispatchTimeInterval) {
        self.idleDelay = idleDelay
        // Active from the start: libdispatch traps when an inactive source is released.
        timer.activate()
    }

    /// Sets what the timer calls, on its queue: it takes the store's write lock
    /// and calls `runIfIdle`, and must hold the store only weakly.
    func start(checkpoint: @escaping @Sendable () -> Void) {
        timer.setEventHandler(handler: checkpoint)
    }

    /// Stops the timer for good; a checkpoint under way finishes first (it holds the store).
    func cancel() { timer.cancel() }

    /// After a write (under the write lock).
    func noteWrite() {
        lastWrite = DispatchTime.now()
        guard !armed else { return }
        armed = true
        timer.schedule(deadline: lastWrite + idleDelay)
    }

    /// From the timer, under the write lock: runs `work` when no write came for
    /// the delay, else waits for the rest of it. `work` returns false when the
    /// checkpoint could not finish (a reader in another process, a full disk);
    /// it is tried again after another delay.
    func runIfIdle(_ work: () -> Bool) {
        guard armed else { return }
        let due = lastWrite + idleDelay
        if DispatchTime.now() < due {
            timer.schedule(deadline: due)
        } else if work() {
            armed = false
        } else {
            timer.schedule(deadline: .now() + idleDelay)
        }
    }
}
