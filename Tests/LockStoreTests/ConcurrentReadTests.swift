import Foundation
import LockStore
import Testing

/// Reads run side by side on their own connections; a write has the store
/// alone; every reader connection sees each committed write, cached callers included.
struct ConcurrentReadTests {
    typealias F = StoreFixture

    /// Runs `body` while another thread sits inside a read, so `body`'s reads
    /// take the store's second reader connection.
    private func whileAnotherReadIsOpen(_ store: SQLiteStore, _ body: () throws -> Void) throws {
        let inside = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            _ = try? store.read { repository in
                _ = try repository.caller(accessToken: "1000.admin", now: F.loadTime)
                inside.signal()
                release.wait()
            }
            done.signal()
        }
        inside.wait()
        defer {
            release.signal()
            done.wait()
        }
        try body()
    }

    private func userName(_ store: SQLiteStore) throws -> String? {
        try store.read { try $0.caller(accessToken: "1000.admin", now: F.loadTime)?.user.name }
    }

    @Test func read_runsBesideAnOpenRead() throws {
        let store = try F.loadedStore()
        var name: String?
        try whileAnotherReadIsOpen(store) { name = try userName(store) }
        #expect(name == "Patricia Boyle")
    }

    @Test func write_isSeenByEveryReaderConnection_cachedCallersIncluded() throws {
        let store = try F.loadedStore()
        // Both connections cache the caller first.
        #expect(try userName(store) == "Patricia Boyle")
        try whileAnotherReadIsOpen(store) {
            let name = try userName(store)
            #expect(name == "Patricia Boyle")
        }
        try F.load(F.document.replacingOccurrences(of: "Patricia Boyle", with: "Patricia Renamed"), into: store)
        #expect(try userName(store) == "Patricia Renamed")
        try whileAnotherReadIsOpen(store) {
            let name = try userName(store)
            #expect(name == "Patricia Renamed")
        }
    }

    @Test func write_waitsForOpenReads() throws {
        let store = try F.loadedStore()
        let written = LockedFlag()
        try whileAnotherReadIsOpen(store) {
            Thread.detachNewThread {
                _ = try? F.load(F.otherOrgDocument, into: store)
                written.set()
            }
            Thread.sleep(forTimeInterval: 0.05)
            #expect(!written.value)
        }
        for _ in 0..<1000 where !written.value { Thread.sleep(forTimeInterval: 0.005) }
        #expect(written.value)
        #expect(try store.read { try $0.caller(accessToken: "1000.other", now: F.loadTime)?.org.id } == F.otherOrgID)
    }

    @Test func readOnlyConnections_refuseAWriteOnTheReadPath() throws {
        let store = try F.loadedStore()
        #expect(throws: StorageError.self) {
            try store.read { try $0.revokeAccessToken("1000.admin") }
        }
        #expect(try userName(store) == "Patricia Boyle")
    }

    @Test func fileDatabase_readsOnEveryConnection() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("concurrent-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm", "-lock"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try SQLiteStore(path: path)
        try F.load(F.document, into: store)
        #expect(try userName(store) == "Patricia Boyle")
        try whileAnotherReadIsOpen(store) {
            let name = try userName(store)
            #expect(name == "Patricia Boyle")
        }
    }
}

/// A flag one thread sets and another reads.
private final class LockedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var isSet = false

    var value: Bool { lock.withLock { isSet } }
    func set() { lock.withLock { isSet = true } }
}
