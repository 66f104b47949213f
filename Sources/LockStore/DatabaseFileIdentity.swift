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

    private struct Status {
        let identity: Identity
        let bytes: Int
    }

    private let databasePath: String
    private let walPath: String
    private let database: Identity
    /// Taken once the `-wal` exists (SQLite creates it with the first transaction).
    private var wal: Identity?
    /// The size of the `-wal` at the last check (the same `stat` tells it).
    private(set) var walBytes = 0

    /// Paths as SQLite resolved them (the `-wal` sits beside the resolved file).
    /// Nil when the database file cannot be found right after opening it.
    init?(databasePath: String, walPath: String) {
        guard let database = Self.status(of: databasePath)?.identity else { return nil }
        self.databasePath = databasePath
        self.walPath = walPath
        self.database = database
        wal = Self.status(of: walPath)?.identity
    }

    /// The file that was removed or replaced, or nil while both are the ones opened.
    mutating func changedFile() -> String? {
        if Self.status(of: databasePath)?.identity != database { return databasePath }
        let current = Self.status(of: walPath)
        walBytes = current?.bytes ?? 0
        guard let wal else {
            self.wal = current?.identity
            return nil
        }
        return current?.identity == wal ? nil : walPath
    }

    private static func status(of path: String) -> Status? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return Status(identity: Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino)), bytes: Int(status.st_size))
    }
}
