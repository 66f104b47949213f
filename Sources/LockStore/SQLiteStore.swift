import Dispatch
import Foundation
import ZohoLocking

/// The `TransactionalStore` over SQLite: one connection for writes and a few for
/// reads, over the same database. Reads share the store (requests on
/// libmicrohttpd's pool threads read side by side, each on its own
/// connection); a write transaction has it alone. So no read ever sees a
/// write half done, and SQLite's own locks never make anyone wait.
///
/// On a file, the store also keeps other processes off it, refuses a damaged
/// file, keeps the log small, and stops acknowledging writes that would not
/// last (a full disk, a file removed under it): see `OpenDatabaseFile`.
public final class SQLiteStore: TransactionalStore, @unchecked Sendable {
    // Safe: `writer`, `generation`, `file` and `admission` are used only while
    // `access` is held for writing (`generation` is read while it is held for
    // reading); a reader connection is used only while its own lock is held.
    private let writer: Database
    private let readers: [ReaderConnection]
    private let access = ReadWriteLock()
    /// Write transactions so far: what was derived from the data (cached callers) is valid while it is equal.
    private var generation: UInt64 = 0
    /// A file database reads in one transaction per `read` (see there); memory has no file to lock.
    private let readsInOneTransaction: Bool
    /// Nil in memory.
    private let file: OpenDatabaseFile?
    private let admission: WriteAdmission

    /// Opens the database and applies the schema. `:memory:` is private to this
    /// store; `readers` is how many reads may run at once (one per server thread).
    /// A file is checkpointed once no write came for `idleCheckpointDelay`.
    /// `notices` hears, once each time, that writes began to be refused or work again.
    public init(
        path: String, readers readerCount: Int = 2, idleCheckpointDelay: DispatchTimeInterval = .seconds(1),
        notices: @escaping StoreNoticeHandler = { _ in }
    ) throws {
        let isMemory = path == ":memory:"
        // Connections share a memory database only through the memdb VFS, under a
        // name; a unique one keeps every store (tests start many) apart.
        let location = isMemory ? "file:/zoho-lock-mock-\(UUID().uuidString)?vfs=memdb" : path
        let openReaders = {
            try (0..<max(1, readerCount)).map { _ in
                let database = try Database(path: location, isURI: isMemory)
                try database.execute(Schema.readerPragmas)
                // One read now opens the connection's own descriptors of the file and its
                // log, kept while it lives: reads then go on from the files opened here
                // even if they are removed (writes are refused then).
                try database.execute("SELECT count(*) FROM meta")
                return ReaderConnection(database: database)
            }
        }
        if isMemory {
            writer = try Database(path: location, isURI: true)
            writer.removeMemoryDatabaseSizeLimit()
            try writer.execute(Schema.tables)
            try SchemaMigration.apply(to: writer)
            readers = try openReaders()
            file = nil
        } else {
            (writer, readers, file) = try OpenDatabaseFile.open(
                path: path, writeLock: access, idleDelay: idleCheckpointDelay, openReaders: openReaders)
        }
        readsInOneTransaction = !isMemory
        admission = WriteAdmission(notices: notices)
        // A log left by a killed process is truncated too, once the store is idle.
        file?.checkpointer.noteWrite()
    }

    deinit {
        if let file { access.writing { file.checkpointer.close() } }
        for reader in readers { reader.database.close() }
        writer.close()
        // Last: while a connection is open (closing checkpoints), no other server may start on the file.
        file?.lock.release()
    }

    public func read<T>(_ body: (SQLiteRepository) throws -> T) throws -> T {
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

    public func write<T>(_ body: (SQLiteRepository) throws -> T) throws -> T {
        try access.writing {
            try admission.check()
            // Counted even when the transaction rolls back: a spurious change only empties caches.
            defer {
                generation &+= 1
                file?.checkpointer.noteWrite()
            }
            let result: T
            do {
                result = try transaction(body)
            } catch let error as StorageError where error.isOutOfSpace {
                // On a full disk the log is usually most of what can be freed: a
                // checkpoint moves it into the database and truncates it. The failed
                // transaction left nothing behind, so it can run again.
                writer.checkpointTruncatingLog()
                do {
                    result = try transaction(body)
                } catch let error as StorageError where error.isOutOfSpace {
                    throw admission.refuse(.diskFull(path: writer.path, reason: error.message))
                }
            }
            admission.accepted(path: writer.path)
            if file?.logShouldBeTruncated() == true { writer.checkpointTruncatingLog() }
            return result
        }
    }

    /// Whether the database holds no org yet (a new file, or memory): seed data loads then.
    public func isEmpty() throws -> Bool {
        try access.writing { try writer.statement("SELECT count(*) FROM orgs").first { $0.int64(0) } == 0 }
    }

    /// One write transaction. On a file, the file is checked to be the one opened
    /// just before COMMIT: a refused write is rolled back, so reads (which go on
    /// from the file opened) never show a write that was answered with an error.
    private func transaction<T>(_ body: (SQLiteRepository) throws -> T) throws -> T {
        do {
            return try writer.inTransaction {
                let result = try body(SQLiteRepository(database: writer))
                try refuseIfFileReplaced()
                return result
            }
        } catch let error as StorageError {
            // SQLite may meet a removed file first (SQLITE_READONLY_DBMOVED, I/O errors): the same refusal.
            try refuseIfFileReplaced()
            throw error
        }
    }

    private func refuseIfFileReplaced() throws(WriteRefused) {
        guard let file, let changed = file.identity.changedFile() else { return }
        throw admission.refuse(.fileReplaced(path: file.displayPath, file: changed))
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
