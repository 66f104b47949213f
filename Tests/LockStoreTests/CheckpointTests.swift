import Foundation
import LockStore
import Testing

/// The log of a database file stays small: cut back to 4 MiB after a large
/// write (SQLite's default keeps its largest size), truncated to nothing once
/// the store is idle. On small disks, see `DiskFullTests`.
struct CheckpointTests {
    typealias F = StoreFixture

    /// Waits up to `seconds` for `condition`, without holding a test thread.
    static func eventually(within seconds: Double = 5, _ condition: () -> Bool) async -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !condition() {
            if Date() > deadline { return false }
            await pause(0.01)
        }
        return true
    }

    /// Sleeps without holding a test thread (tests share a pool as wide as the machine).
    static func pause(_ seconds: Double) async {
        try? await Task.sleep(nanoseconds: UInt64(seconds * 1e9))
    }

    @Test func idleStore_truncatesItsLog() async throws {
        let folder = try DatabaseFolder()
        let store = try SQLiteStore(path: folder.path(), idleCheckpointDelay: .milliseconds(50))
        try F.load(F.document, into: store)
        try store.write { try $0.insertLock(orgID: F.orgID, F.manualLock()) }
        #expect(await Self.eventually { folder.size("db.sqlite-wal") == 0 })
        // Truncated, not lost: the pages are in the database file.
        #expect(try F.leadOneReason(store) == "Audit in progress")
        #expect(try #require(folder.size("db.sqlite")) > 4_096)
    }

    @Test func largeWrite_leavesNoLargeLogBehind() throws {
        let folder = try DatabaseFolder()
        let store = try SQLiteStore(path: folder.path(), idleCheckpointDelay: .seconds(60))
        try F.load(F.document, into: store)
        try store.write { repository in
            for number in 0..<1_500 { try repository.saveRecord(orgID: F.orgID, F.bulkyRecord(number, bytes: 3_000)) }
        }
        #expect(try #require(folder.size("db.sqlite-wal")) > 4_500_000)
        try store.write { try F.renameOrg($0, 1) }
        #expect(try #require(folder.size("db.sqlite-wal")) <= 4 << 20)
        #expect(try store.read { try $0.crmRecords(orgID: F.orgID, module: "Leads") }.count == 1_502)
    }
}
