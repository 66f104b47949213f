import Foundation
import LockStore
import Testing

/// A database file whose pages were damaged is refused when opened, with one
/// line naming it, and is left as it was found.
struct DamagedFileTests {
    typealias F = StoreFixture

    /// A closed database file with the fixture and `records` bulky records (a few pages each).
    static func writtenFile(in folder: DatabaseFolder, records: Int = 200) throws -> String {
        let path = folder.path()
        let store = try SQLiteStore(path: path)
        try F.load(F.document, into: store)
        try store.write { repository in
            for number in 0..<records { try repository.saveRecord(orgID: F.orgID, F.bulkyRecord(number, bytes: 1_000)) }
        }
        return path
    }

    /// Overwrites whole pages (1-based, 4 KiB) with bytes that make no b-tree page.
    static func overwrite(pages: [Int], of path: String) throws {
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        defer { try? handle.close() }
        var generator = SystemRandomNumberGenerator()
        for page in pages {
            try handle.seek(toOffset: UInt64((page - 1) * 4_096))
            try handle.write(contentsOf: Data((0..<4_096).map { _ in UInt8.random(in: 0...255, using: &generator) }))
        }
    }

    @Test func overwrittenPages_areRefusedByQuickCheck_andTheFileIsLeftAlone() throws {
        let folder = try DatabaseFolder()
        let path = try Self.writtenFile(in: folder)
        let pageCount = try #require(folder.size("db.sqlite")) / 4_096
        #expect(pageCount > 40)
        // Data pages near the end: the schema (page 1 and on) still reads, only a check of every page finds them.
        try Self.overwrite(pages: (0..<8).map { pageCount - 2 - 3 * $0 }, of: path)
        let damaged = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            // What the server used to do: open it and answer from it, failing only on the damaged pages.
            let plain = try Database(path: path)
            #expect(try plain.statement("SELECT name FROM orgs").first { $0.text(0) } == "Zylker")
        }

        let error = #expect(throws: DatabaseFileError.self) { try SQLiteStore(path: path) }
        guard case .damaged(let named, let problem)? = error else {
            Issue.record("expected .damaged, got \(String(describing: error))")
            return
        }
        #expect(named == path)
        #expect(problem.contains("malformed") || problem.hasPrefix("quick_check: "), "\(problem)")
        let message = try #require(error?.description)
        #expect(message.hasPrefix("database \(path) is damaged ("))
        #expect(!message.contains("\n"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == damaged)
        // Refused, it holds no lock: a second try is refused for the same reason.
        #expect(throws: DatabaseFileError.self) { try SQLiteStore(path: path) }
        #expect(folder.size("db.sqlite-wal") == nil)
    }

    @Test func aFileThatIsNoDatabase_isRefusedAsDamaged() throws {
        let folder = try DatabaseFolder()
        try Data(String(repeating: "not a database at all\n", count: 500).utf8).write(to: URL(fileURLWithPath: folder.path()))
        let error = #expect(throws: DatabaseFileError.self) { try SQLiteStore(path: folder.path()) }
        #expect(error == .damaged(path: folder.path(), problem: "file is not a database"))
    }

    @Test func soundFile_opensAndKeepsItsData() throws {
        let folder = try DatabaseFolder()
        let path = try Self.writtenFile(in: folder, records: 20)
        let store = try SQLiteStore(path: path)
        #expect(try store.read { try $0.crmRecords(orgID: F.orgID, module: "Leads") }.count == 22)
    }

    @Test func missingFolder_isAOneLineOpenFailureNamingTheFile() throws {
        let path = "/nonexistent-\(UUID().uuidString)/db.sqlite"
        let error = #expect(throws: DatabaseFileError.self) { try SQLiteStore(path: path) }
        #expect(error == .cannotOpen(path: path, reason: "unable to open database file"))
        #expect(error?.description == "cannot open database \(path): unable to open database file")
    }
}
