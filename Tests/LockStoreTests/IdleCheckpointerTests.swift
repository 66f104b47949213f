import Dispatch
import Foundation
@testable import LockStore
import Testing
import ZohoLocking

/// The idle timer: once per pause in writes, later while writes keep coming,
/// again when a checkpoint could not finish, never after it is closed.
struct IdleCheckpointerTests {
    /// A checkpointer whose checkpoints are counted; `outcomes` says what each one returns (then true).
    final class Harness: @unchecked Sendable {
        let lock = ReadWriteLock()
        private let counted = LockedValue(0)
        var checkpointer: IdleCheckpointer!

        init(delay: DispatchTimeInterval, outcomes: [Bool] = []) {
            let remaining = LockedValue(outcomes)
            checkpointer = IdleCheckpointer(idleDelay: delay, writeLock: lock) { [counted] in
                counted.withLock { $0 += 1 }
                return remaining.withLock { $0.isEmpty ? true : $0.removeFirst() }
            }
        }

        var checkpoints: Int { counted.withLock { $0 } }
        func write() { lock.writing { checkpointer.noteWrite() } }
        func close() { lock.writing { checkpointer.close() } }
    }

    @Test func onePauseAfterWrites_isOneCheckpoint() {
        let harness = Harness(delay: .milliseconds(30))
        for _ in 0..<5 { harness.write() }
        #expect(CheckpointTests.eventually { harness.checkpoints == 1 })
        Thread.sleep(forTimeInterval: 0.2)
        #expect(harness.checkpoints == 1)
        harness.write()
        #expect(CheckpointTests.eventually { harness.checkpoints == 2 })
        harness.close()
    }

    @Test func writesThatKeepComing_postponeIt() {
        let harness = Harness(delay: .seconds(1))
        let started = Date()
        while Date().timeIntervalSince(started) < 1.5 {
            harness.write()
            Thread.sleep(forTimeInterval: 0.01)
        }
        #expect(harness.checkpoints == 0)
        #expect(CheckpointTests.eventually { harness.checkpoints == 1 })
        harness.close()
    }

    @Test func checkpointThatCannotFinish_isTriedAgainLater() {
        let harness = Harness(delay: .milliseconds(30), outcomes: [false, false])
        harness.write()
        #expect(CheckpointTests.eventually { harness.checkpoints == 3 })
        Thread.sleep(forTimeInterval: 0.2)
        #expect(harness.checkpoints == 3)
        harness.close()
    }

    @Test func closedCheckpointer_neverRuns() {
        let harness = Harness(delay: .milliseconds(200))
        harness.write()
        harness.close()
        harness.write()
        Thread.sleep(forTimeInterval: 0.5)
        #expect(harness.checkpoints == 0)
    }
}
