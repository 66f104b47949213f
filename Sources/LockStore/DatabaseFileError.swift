import ZohoLocking

/// Why a database file cannot be served, said for a person: every case names
/// the file as it was given (`--database`), in one line.
public enum DatabaseFileError: Error, CustomStringConvertible, Equatable {
    /// `PRAGMA quick_check` found a problem, or SQLite found the file not to be a database.
    case damaged(path: String, problem: String)
    /// Another process (another server) holds the file's lock.
    case heldByAnotherProcess(path: String, lockPath: String)
    /// Opening failed for another reason (permissions, a missing folder, a full disk).
    case cannotOpen(path: String, reason: String)

    public var description: String {
        switch self {
        case .damaged(let path, let problem):
            return "database \(path) is damaged (\(Self.oneLine(problem))); restore a copy of it or remove it"
        case .heldByAnotherProcess(let path, let lockPath):
            return "database \(path) is in use: another process holds its lock \(lockPath); stop that server or choose another --database"
        case .cannotOpen(let path, let reason):
            return "cannot open database \(path): \(Self.oneLine(reason))"
        }
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: "; ")
    }
}

/// A write the store refused before acknowledging it; the API answers
/// `INTERNAL_ERROR`. The store reports the condition once when it begins
/// (`StoreNotice`), so it is not logged per request.
public enum WriteRefused: StoreReportedError, CustomStringConvertible, Equatable {
    /// The file system holding the database is full; writes work again once space is freed.
    case diskFull(path: String, reason: String)
    /// The database file or its `-wal` was removed or replaced while the store ran:
    /// writes would go to a file no one will open again, so none is taken until a restart.
    case fileReplaced(path: String, file: String)

    public var description: String {
        switch self {
        case .diskFull(let path, let reason):
            return "the disk holding database \(path) is full (\(DatabaseFileError.oneLine(reason))); "
                + "writes are refused until space is freed"
        case .fileReplaced(let path, let file):
            return "database \(path): \(file) was removed or replaced while the server ran; writes are refused "
                + "until a restart (reads go on from the files opened at start)"
        }
    }
}

/// What a store tells its owner once, when it happens.
public enum StoreNotice: Sendable, Equatable {
    case writesRefused(WriteRefused)
    case writesResumed(path: String)
}

/// Receives a store's notices, on the thread of the write that caused them.
public typealias StoreNoticeHandler = @Sendable (StoreNotice) -> Void
