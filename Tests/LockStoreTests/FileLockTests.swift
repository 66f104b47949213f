import Foundation
import LockStore
import Testing

/// One store per database file: a second one (another server) is refused while
/// the first holds the file, by any name of it; memory stores share nothing.
struct FileLockTests {
    typealias F = StoreFixture

    @Test func secondStoreOnTheSameFile_isRefusedNamingTheFile() throws {
        let folder = try DatabaseFolder()
        let first = try SQLiteStore(path: folder.path())
        try F.load(F.document, into: first)
        let error = #expect(throws: DatabaseFileError.self) { try SQLiteStore(path: folder.path()) }
        #expect(error == .heldByAnotherProcess(path: folder.path(), lockPath: folder.path("db.sqlite-lock")))
        let message = try #require(error?.description)
        #expect(message.hasPrefix("database \(folder.path()) is in use: another process holds its lock"))
        #expect(!message.contains("\n"))
        // The first store is untouched by the refusal.
        try first.write { try $0.insertLock(orgID: F.orgID, F.manualLock()) }
        #expect(try F.leadOneReason(first) == "Audit in progress")
    }

    @Test func anotherNameOfTheFile_isRefusedToo() throws {
        let folder = try DatabaseFolder()
        let first = try SQLiteStore(path: folder.path())
        try FileManager.default.createSymbolicLink(atPath: folder.path("link.sqlite"), withDestinationPath: folder.path())
        let error = #expect(throws: DatabaseFileError.self) { try SQLiteStore(path: folder.path("link.sqlite")) }
        #expect(error == .heldByAnotherProcess(path: folder.path("link.sqlite"), lockPath: folder.path("db.sqlite-lock")))
        _ = first
    }

    @Test func closedStore_releasesTheFile_andItsDataIsThere() async throws {
        let folder = try DatabaseFolder()
        do {
            let first = try SQLiteStore(path: folder.path(), idleCheckpointDelay: .milliseconds(20))
            try F.load(F.document, into: first)
            try first.write { try $0.insertLock(orgID: F.orgID, F.manualLock()) }
        }
        // Closing the last connection checkpoints and removes the log; no timer outlives the store to recreate it.
        await CheckpointTests.pause(0.1)
        #expect(folder.size("db.sqlite-wal") == nil)
        let second = try SQLiteStore(path: folder.path())
        #expect(try F.leadOneReason(second) == "Audit in progress")
    }

    @Test func manyStoresOpenedAndClosedOnOneFile_eachFindsItFree() throws {
        let folder = try DatabaseFolder()
        for round in 0..<50 {
            let store = try SQLiteStore(path: folder.path(), idleCheckpointDelay: .milliseconds(1))
            if round == 0 { try F.load(F.document, into: store) }
            try store.write { try F.renameOrg($0, round) }
        }
        let last = try SQLiteStore(path: folder.path())
        #expect(try last.read { try $0.org(id: F.orgID) }?.name == "Zylker 49")
    }

    @Test func memoryStores_areNotLocked() throws {
        let first = try SQLiteStore(path: ":memory:")
        let second = try SQLiteStore(path: ":memory:")
        try F.load(F.document, into: first)
        #expect(try second.isEmpty())
        #expect(try !first.isEmpty())
    }
}
