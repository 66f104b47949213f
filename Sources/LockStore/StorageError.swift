/// A failed SQLite call: the result code, SQLite's message and the statement.
public struct StorageError: Error, CustomStringConvertible {
    public let code: Int32
    public let extendedCode: Int32
    public let message: String
    public let sql: String?

    public var description: String {
        "SQLite error \(extendedCode): \(message)" + (sql.map { " in `\($0)`" } ?? "")
    }

    /// A stored value that no longer reads as what the store wrote (`problem`
    /// says what it holds instead). Reported as SQLITE_CORRUPT: the rows are
    /// not what they must be, though SQLite itself found nothing wrong.
    static func unreadableValue(table: String, column: String, problem: String) -> StorageError {
        StorageError(
            code: 11 /* SQLITE_CORRUPT */, extendedCode: 11, message: "\(table).\(column) holds \(problem)", sql: nil)
    }

    /// A UNIQUE or PRIMARY KEY constraint refused the row.
    public var isUniqueViolation: Bool {
        extendedCode == 2067 /* SQLITE_CONSTRAINT_UNIQUE */ || extendedCode == 1555 /* SQLITE_CONSTRAINT_PRIMARYKEY */
    }

    /// The file system refused to take more bytes. SQLite reports ENOSPC as
    /// SQLITE_FULL, but other failed writes (quota, EIO on a nearly full
    /// device) as SQLITE_IOERR; both may pass once space is freed.
    public var isOutOfSpace: Bool {
        code == 13 /* SQLITE_FULL */ || code == 10 /* SQLITE_IOERR */
    }

    /// The file is not a database, or its pages do not make one.
    public var isCorruption: Bool {
        code == 11 /* SQLITE_CORRUPT */ || code == 26 /* SQLITE_NOTADB */
    }
}
