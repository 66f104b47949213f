import Foundation
import ZohoLocking

/// The `LockingStore` over SQLite: one connection for writes and a few for
/// reads, over the same database. Reads share the store (requests on
/// libmicrohttpd's pool threads read side by side, each on its own
/// connection); a write transaction has it alone. So no read ever sees a
/// write half done, and SQLite's own locks never make anyone wait.
public final class SQLiteStore: LockingStore, @unchecked Sendable {
    // Safe: `writer` and `generation` change only while `access` is held for
    // writing; `generation` is read while it is held for reading; a reader
    // connection is used only while its own lock is held.
    private let writer: Database
    private let readers: [ReaderConnection]
    private let access = ReadWriteLock()
    /// Write transactions so far: what was derived from the data (cached callers) is valid while it is equal.
    private var generation: UInt64 = 0
    /// A file database reads in one transaction per `read` (see there); memory has no file to lock.
    private let readsInOneTransaction: Bool

    /// Opens the database and applies the schema. `:memory:` is private to this
    /// store; `readers` is how many reads may run at once (one per server thread).
    public init(path: String, readers readerCount: Int = 2) throws {
        let isMemory = path == ":memory:"
        // Connections share a memory database only through the memdb VFS, under a
        // name; a unique one keeps every store (tests start many) apart.
        let location = isMemory ? "file:/zoho-lock-mock-\(UUID().uuidString)?vfs=memdb" : path
        writer = try Database(path: location, isURI: isMemory)
        readsInOneTransaction = !isMemory
        if isMemory { writer.removeMemoryDatabaseSizeLimit() } else { try writer.execute(Schema.pragmas) }
        try writer.execute(Schema.tables)
        try SchemaMigration.apply(to: writer)
        readers = try (0..<max(1, readerCount)).map { _ in
            let database = try Database(path: location, isURI: isMemory)
            try database.execute(Schema.readerPragmas)
            return ReaderConnection(database: database)
        }
    }

    public func read<T>(_ body: (any StoreRepository) throws -> T) throws -> T {
        try access.reading {
            try withReader { reader in
                let repository = SQLiteRepository(
                    database: reader.database, caches: reader.caches, generation: generation)
                // Outside a transaction every statement is one: on a file, each takes and
                // drops SQLite's file locks (three system calls). One read transaction
                // takes them once for all the statements of a request.
                guard readsInOneTransaction else { return try body(repository) }
                return try reader.database.inReadTransaction { try body(repository) }
            }
        }
    }

    public func write<T>(_ body: (any StoreRepository) throws -> T) throws -> T {
        try access.writing {
            // Counted even when the transaction rolls back: a spurious change only empties caches.
            defer { generation &+= 1 }
            return try writer.inTransaction { try body(SQLiteRepository(database: writer)) }
        }
    }

    /// Whether the database holds no org yet (a new file, or memory): seed data loads then.
    public func isEmpty() throws -> Bool {
        try access.writing { try writer.statement("SELECT count(*) FROM orgs").first { $0.int64(0) } == 0 }
    }

    /// A free reader connection; when every one is busy (more threads read than
    /// there are connections), the first, once it is free.
    private func withReader<T>(_ body: (ReaderConnection) throws -> T) rethrows -> T {
        for reader in readers where reader.lock.try() {
            defer { reader.lock.unlock() }
            return try body(reader)
        }
        readers[0].lock.lock()
        defer { readers[0].lock.unlock() }
        return try body(readers[0])
    }
}

/// A connection that only reads, with what it derived from the data.
private final class ReaderConnection: @unchecked Sendable {
    // Safe: both are used only while `lock` is held.
    let database: Database
    let caches = ReadCaches()
    let lock = NSLock()

    init(database: Database) { self.database = database }
}
