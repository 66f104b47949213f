import Dispatch

/// What a store on a database file (not memory) holds besides its
/// connections: the lock that keeps other servers off the file, what the file
/// was when opened, the idle checkpoint and the watch on free space. All but
/// the lock are used only under the store's write lock.
final class OpenDatabaseFile: @unchecked Sendable {
    /// The name given (`--database`), for messages.
    let displayPath: String
    let lock: DatabaseFileLock
    var identity: DatabaseFileIdentity
    let checkpointer: IdleCheckpointer
    private var lowSpace: LowSpaceWatch

    private init(
        displayPath: String, lock: DatabaseFileLock, identity: DatabaseFileIdentity, checkpointer: IdleCheckpointer,
        lowSpace: LowSpaceWatch
    ) {
        self.displayPath = displayPath
        self.lock = lock
        self.identity = identity
        self.checkpointer = checkpointer
        self.lowSpace = lowSpace
    }

    /// After a committed write: whether the log should be truncated now, the disk being nearly full.
    func logShouldBeTruncated() -> Bool {
        lowSpace.shouldTruncateLog(walBytes: identity.walBytes)
    }

    /// Opens the writer on `path`: takes the file's lock before SQLite reads a
    /// byte, refuses a damaged file, then sets the pragmas and the schema.
    /// `openReaders` opens the reader connections once the schema exists;
    /// `writeLock` is the store's. Any failure closes what was opened
    /// (connections before the lock) and is one line naming the file.
    static func open<Readers>(
        path: String, writeLock: ReadWriteLock, idleDelay: DispatchTimeInterval, openReaders: () throws -> Readers
    ) throws(DatabaseFileError) -> (writer: Database, readers: Readers, file: OpenDatabaseFile) {
        let writer: Database
        do { writer = try Database(path: path) } catch { throw .cannotOpen(path: path, reason: error.message) }
        // SQLite opens the file without reading it; nothing is read or written before the lock is held.
        guard let files = writer.resolvedFilePaths else { throw .cannotOpen(path: path, reason: "no file name") }
        let lock = try DatabaseFileLock(resolvedPath: files.database, displayPath: path)
        do {
            try refuseDamage(writer, path: path)
            try writer.execute(Schema.pragmas)
            try writer.execute(Schema.tables)
            try SchemaMigration.apply(to: writer)
            guard let identity = DatabaseFileIdentity(databasePath: files.database, walPath: files.wal) else {
                throw DatabaseFileError.cannotOpen(path: path, reason: "the file vanished while it was opened")
            }
            let readers = try openReaders()
            let checkpointer = IdleCheckpointer(idleDelay: idleDelay, writeLock: writeLock) {
                writer.checkpointTruncatingLog()
            }
            let file = OpenDatabaseFile(
                displayPath: path, lock: lock, identity: identity, checkpointer: checkpointer,
                lowSpace: LowSpaceWatch(databasePath: files.database))
            return (writer, readers, file)
        } catch {
            writer.close()
            lock.release()
            throw describe(error, path: path)
        }
    }

    /// A file whose pages do not make a database is refused before anything is written to it.
    private static func refuseDamage(_ writer: Database, path: String) throws {
        let problems = try writer.quickCheckProblems()
        guard let first = problems.first else { return }
        let more = problems.count > 1 ? " and \(problems.count - 1) more problems" : ""
        throw DatabaseFileError.damaged(path: path, problem: "quick_check: \(first)\(more)")
    }

    private static func describe(_ error: any Error, path: String) -> DatabaseFileError {
        switch error {
        case let error as DatabaseFileError: return error
        case let error as StorageError where error.isCorruption: return .damaged(path: path, problem: error.message)
        case let error as StorageError: return .cannotOpen(path: path, reason: error.message)
        default: return .cannotOpen(path: path, reason: "\(error)")
        }
    }
}
