import Dispatch
import Foundation
@testable import LockStore
import Testing
import ZohoLocking

/// The idle timer: once per pause in writes, never sooner than the delay after
/// the last write, again when a checkpoint could not finish, never after it
/// is closed. (Tests share a busy machine, so they check what must hold
/// however late a timer or a test thread runs.)
struct IdleCheckpointerTests {
    /// A checkpointer whose checkpoints are counted, with how long after the
    /// last write each came; `outcomes` says what each returns (then true).
    final class Harness: @unchecked Sendable {
        let lock = ReadWriteLock()
        private let lastWrite = LockedValue(DispatchTime.now())
        private let quietBeforeCheckpoints = LockedValue<[Double]>([])
        var checkpointer: IdleCheckpointer!

        init(delay: DispatchTimeInterval, outcomes: [Bool] = []) {
            let remaining = LockedValue(outcomes)
            checkpointer = IdleCheckpointer(idleDelay: delay, writeLock: lock) { [lastWrite, quietBeforeCheckpoints] in
                let quiet = Double(DispatchTime.now().uptimeNanoseconds - lastWrite.withLock { $0 }.uptimeNanoseconds) / 1e9
                quietBeforeCheckpoints.withLock { $0.append(quiet) }
                return remaining.withLock { $0.isEmpty ? true : $0.removeFirst() }
            }
        }

        var checkpoints: Int { quietBeforeCheckpoints.withLock { $0.count } }
        /// Seconds without a write before each checkpoint.
        var quietTimes: [Double] { quietBeforeCheckpoints.withLock { $0 } }

        func write() {
            lock.writing {
                lastWrite.withLock { $0 = DispatchTime.now() }
                checkpointer.noteWrite()
            }
        }

        func close() { lock.writing { checkpointer.close() } }
    }

    @Test func onePauseAfterWrites_isOneCheckpoint() async {
        let harness = Harness(delay: .milliseconds(30))
        for _ in 0..<5 { harness.write() }
        #expect(await CheckpointTests.eventually { harness.checkpoints == 1 })
        await CheckpointTests.pause(0.2)
        #expect(harness.checkpoints == 1)
        harness.write()
        #expect(await CheckpointTests.eventually { harness.checkpoints == 2 })
        harness.close()
    }

    @Test func writesThatKeepComing_postponeIt() async {
        let harness = Harness(delay: .milliseconds(300))
        let started = Date()
        while Date().timeIntervalSince(started) < 1 {
            harness.write()
            await CheckpointTests.pause(0.005)
        }
        #expect(await CheckpointTests.eventually { harness.checkpoints >= 1 })
        // However the writes were spaced, none came within the delay before a checkpoint.
        #expect(harness.quietTimes.allSatisfy { $0 >= 0.3 }, "\(harness.quietTimes)")
        harness.close()
    }

    @Test func checkpointThatCannotFinish_isTriedAgainLater() async {
        let harness = Harness(delay: .milliseconds(30), outcomes: [false, false])
        harness.write()
        #expect(await CheckpointTests.eventually { harness.checkpoints == 3 })
        await CheckpointTests.pause(0.2)
        #expect(harness.checkpoints == 3)
        harness.close()
    }

    @Test func closedCheckpointer_neverRuns() async {
        let harness = Harness(delay: .milliseconds(200))
        harness.write()
        harness.close()
        harness.write()
        await CheckpointTests.pause(0.5)
        #expect(harness.checkpoints == 0)
    }
}
