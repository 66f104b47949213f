import CSQLite

/// One SQLite connection. Not thread-safe by itself: `SQLiteStore` serialises
/// every use behind a mutex. The raw handle never leaves this module.
public final class Database {
    let handle: OpaquePointer
    /// Prepared statements by the UTF-8 length of their SQL, then compared by
    /// text: hashing a long query on every use cost more than running it, and
    /// comparing a literal with itself is immediate.
    private var statements: [Int: [Statement]] = [:]
    public let path: String
    private var isClosed = false

    /// Opens (or creates) the database; `:memory:` keeps it in memory. `isURI`
    /// reads `path` as a `file:` URI (how connections share one memory database).
    public init(path: String, isURI: Bool = false) throws(StorageError) {
        _ = Self.processConfigured
        var opened: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | (isURI ? SQLITE_OPEN_URI : 0)
        let code = sqlite3_open_v2(path, &opened, flags, nil)
        guard code == SQLITE_OK, let opened else {
            let message = opened.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open database"
            if let opened { sqlite3_close_v2(opened) }
            throw StorageError(code: code, extendedCode: code, message: message, sql: nil)
        }
        handle = opened
        self.path = path
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, Self.busyTimeoutMilliseconds)
    }

    /// How long a statement waits for another connection's lock before failing with SQLITE_BUSY.
    static let busyTimeoutMilliseconds: Int32 = 5_000

    /// Set up once, before the first connection opens (see `csqlite_configure_process`).
    private static let processConfigured: Bool = csqlite_configure_process() == SQLITE_OK

    deinit { close() }

    /// Closes the connection now rather than when it is released (a store
    /// closes its connections before it gives up its file lock). Nothing may
    /// use the connection afterwards.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        statements.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements with no parameters (schema, pragmas).
    public func execute(_ sql: String) throws(StorageError) {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if code != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? "error"
            sqlite3_free(errorMessage)
            throw StorageError(code: code & 0xFF, extendedCode: sqlite3_extended_errcode(handle), message: message, sql: sql)
        }
    }

    /// The prepared statement for this SQL, prepared once and then reused.
    public func statement(_ sql: String) throws(StorageError) -> Statement {
        let length = sql.utf8.count
        if let cached = statements[length]?.first(where: { $0.sql == sql }) { return cached }
        let prepared = try Statement(database: self, sql: sql)
        statements[length, default: []].append(prepared)
        return prepared
    }

    /// Runs `body` in one transaction: commits when it returns, rolls back and
    /// rethrows when it throws. `BEGIN IMMEDIATE` takes the write lock up front.
    public func inTransaction<T>(_ body: () throws -> T) throws -> T {
        // Cached statements: `execute` would compile the SQL on every write.
        try statement("BEGIN IMMEDIATE").run()
        do {
            let result = try body()
            try statement("COMMIT").run()
            return result
        } catch {
            _ = try? statement("ROLLBACK").run()
            throw error
        }
    }

    /// Runs `body` in one deferred (read) transaction; a commit that fails
    /// rolls back, since nothing was written.
    public func inReadTransaction<T>(_ body: () throws -> T) throws -> T {
        try statement("BEGIN DEFERRED").run()
        defer {
            do { try statement("COMMIT").run() } catch { _ = try? statement("ROLLBACK").run() }
        }
        return try body()
    }

    func error(code: Int32, sql: String?) -> StorageError {
        StorageError(
            code: code & 0xFF, extendedCode: sqlite3_extended_errcode(handle),
            message: String(cString: sqlite3_errmsg(handle)), sql: sql)
    }
}

extension Database {
    /// Lets a shared memory database (`vfs=memdb`) grow past SQLite's 1 GiB
    /// default; the memory it takes is the only bound.
    func removeMemoryDatabaseSizeLimit() {
        var limit = Int64.max
        _ = sqlite3_file_control(handle, "main", SQLITE_FCNTL_SIZE_LIMIT, &limit)
    }
}
