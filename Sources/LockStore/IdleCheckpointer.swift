import Dispatch

/// Checkpoints a store's database once writes have paused: one timer per
/// store, armed by the first write after a checkpoint and moved on while
/// writes keep coming, so a steady load pays one clock read per write and an
/// idle store has nothing pending. The timer runs on a shared queue (no thread
/// of its own) and holds the writer connection and the write lock, not the
/// store, so releasing a store is never held up by a checkpoint.
///
/// Its state is guarded by the store's write lock: `noteWrite` and `close`
/// are called with it held, and the timer takes it to checkpoint.
final class IdleCheckpointer: @unchecked Sendable {
    private let timer = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
    private let idleDelay: DispatchTimeInterval
    private let writeLock: ReadWriteLock
    /// Returns false when the checkpoint could not finish; it is tried again after another delay.
    private let checkpoint: () -> Bool
    private var lastWrite = DispatchTime.now()
    private var armed = false
    private var closed = false

    init(idleDelay: DispatchTimeInterval, writeLock: ReadWriteLock, checkpoint: @escaping () -> Bool) {
        self.idleDelay = idleDelay
        self.writeLock = writeLock
        self.checkpoint = checkpoint
        timer.setEventHandler { [weak self] in self?.timerFired() }
        // Active from the start: libdispatch traps when an inactive source is released.
        timer.activate()
    }

    /// After a write, under the write lock.
    func noteWrite() {
        lastWrite = DispatchTime.now()
        guard !armed, !closed else { return }
        armed = true
        timer.schedule(deadline: lastWrite + idleDelay)
    }

    /// Under the write lock, before the store closes its connections: a
    /// checkpoint under way has finished (it held the lock), and none starts.
    func close() {
        closed = true
        timer.cancel()
    }

    private func timerFired() {
        writeLock.writing {
            guard armed, !closed else { return }
            let due = lastWrite + idleDelay
            if DispatchTime.now() < due {
                timer.schedule(deadline: due)
            } else if checkpoint() {
                armed = false
            } else {
                timer.schedule(deadline: .now() + idleDelay)
            }
        }
    }
}
