import CSQLite

/// What a connection to a database file (not memory) does besides queries.
extension Database {
    /// The database file as SQLite opened it (absolute, symbolic links followed), and its `-wal` beside it.
    var resolvedFilePaths: (database: String, wal: String)? {
        guard let name = sqlite3_db_filename(handle, "main"), name.pointee != 0,
            let wal = sqlite3_filename_wal(name)
        else { return nil }
        return (String(cString: name), String(cString: wal))
    }

    /// What `PRAGMA quick_check` finds wrong: empty when the file is sound. It
    /// reads every page once (no index-to-table cross-check, which
    /// `integrity_check` adds and which costs far more on a large file).
    func quickCheckProblems() throws -> [String] {
        let rows = try statement("PRAGMA quick_check").rows { $0.text(0) }
        return rows == ["ok"] ? [] : rows
    }

    /// Copies the log into the database and truncates the log to nothing, so
    /// the disk space it held is free. False when that could not finish: a
    /// reader (in another process) still needs the log, or the disk is too
    /// full for the database to grow; nothing is lost then, and it can be
    /// tried again. Never waits for a reader.
    @discardableResult
    func checkpointTruncatingLog() -> Bool {
        sqlite3_busy_timeout(handle, 0)
        defer { sqlite3_busy_timeout(handle, Self.busyTimeoutMilliseconds) }
        return sqlite3_wal_checkpoint_v2(handle, nil, SQLITE_CHECKPOINT_TRUNCATE, nil, nil) == SQLITE_OK
    }
}
