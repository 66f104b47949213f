import Foundation
import LockStore
import Testing

/// A database file (or its log) removed or replaced under a running store:
/// writes are refused, not acknowledged into a file no restart will see;
/// reads go on; the owner hears of it once.
struct ReplacedFileTests {
    typealias F = StoreFixture

    /// A store on a file with the fixture loaded and Lead One locked.
    static func lockedStore(in folder: DatabaseFolder, notices: NoticeRecorder) throws -> SQLiteStore {
        let store = try SQLiteStore(path: folder.path(), idleCheckpointDelay: .seconds(60), notices: notices.handler)
        try F.load(F.document, into: store)
        try store.write { try $0.insertLock(orgID: F.orgID, F.manualLock()) }
        return store
    }

    static func renameOrg(_ store: SQLiteStore, _ number: Int) throws {
        try store.write { try F.renameOrg($0, number) }
    }

    @Test func removedDatabase_refusesWrites_keepsReading_andIsReportedOnce() throws {
        let folder = try DatabaseFolder()
        let notices = NoticeRecorder()
        let store = try Self.lockedStore(in: folder, notices: notices)
        try FileManager.default.removeItem(atPath: folder.path())

        let refusal = WriteRefused.fileReplaced(path: folder.path(), file: folder.path())
        for number in 1...3 {
            #expect(throws: refusal) { try Self.renameOrg(store, number) }
        }
        #expect(notices.notices == [.writesRefused(refusal)])
        #expect(try F.leadOneReason(store) == "Audit in progress")
        // The refused write was rolled back, so reads do not show it either.
        #expect(try store.read { try $0.org(id: F.orgID) }?.name == "Zylker")
        #expect(refusal.description.hasPrefix("database \(folder.path()): \(folder.path()) was removed or replaced"))
    }

    @Test func databaseReplacedByAnotherFile_refusesWrites() throws {
        let folder = try DatabaseFolder()
        let notices = NoticeRecorder()
        let store = try Self.lockedStore(in: folder, notices: notices)
        try FileManager.default.copyItem(atPath: folder.path(), toPath: folder.path("copy.sqlite"))
        #expect(rename(folder.path("copy.sqlite"), folder.path()) == 0)
        #expect(throws: WriteRefused.fileReplaced(path: folder.path(), file: folder.path())) {
            try Self.renameOrg(store, 1)
        }
    }

    @Test func removedLog_refusesWrites() throws {
        let folder = try DatabaseFolder()
        let notices = NoticeRecorder()
        let store = try Self.lockedStore(in: folder, notices: notices)
        #expect(folder.size("db.sqlite-wal") != nil)
        try FileManager.default.removeItem(atPath: folder.path("db.sqlite-wal"))
        #expect(throws: WriteRefused.fileReplaced(path: folder.path(), file: folder.path("db.sqlite-wal"))) {
            try Self.renameOrg(store, 1)
        }
        #expect(try F.leadOneReason(store) == "Audit in progress")
    }

    @Test func untouchedFiles_takeWritesAsBefore() throws {
        let folder = try DatabaseFolder()
        let notices = NoticeRecorder()
        let store = try Self.lockedStore(in: folder, notices: notices)
        for number in 1...20 { try Self.renameOrg(store, number) }
        #expect(try store.read { try $0.org(id: F.orgID) }?.name == "Zylker 20")
        #expect(notices.notices.isEmpty)
    }
}
