import Glibc

/// The database file and its `-wal` as opened (device and inode), to notice
/// when either is removed or replaced under a running store: SQLite goes on
/// writing to the open, now nameless, file, and a restart would not see it.
/// Two `stat` calls per write; reads never look.
struct DatabaseFileIdentity {
    private struct Identity: Equatable {
        let device: UInt64
        let inode: UInt64
    }

    private let databasePath: String
    private let walPath: String
    private let database: Identity
    /// Taken once the `-wal` exists (SQLite creates it with the first transaction).
    private var wal: Identity?

    /// Paths as SQLite resolved them (the `-wal` sits beside the resolved file).
    /// Nil when the database file cannot be found right after opening it.
    init?(databasePath: String, walPath: String) {
        guard let database = Self.identity(of: databasePath) else { return nil }
        self.databasePath = databasePath
        self.walPath = walPath
        self.database = database
        wal = Self.identity(of: walPath)
    }

    /// The file that was removed or replaced, or nil while both are the ones opened.
    mutating func changedFile() -> String? {
        if Self.identity(of: databasePath) != database { return databasePath }
        let current = Self.identity(of: walPath)
        guard let wal else {
            self.wal = current
            return nil
        }
        return current == wal ? nil : walPath
    }

    private static func identity(of path: String) -> Identity? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }
}
