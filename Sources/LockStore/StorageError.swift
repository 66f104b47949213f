/// A failed SQLite call: the result code, SQLite's message and the statement.
public struct StorageError: Error, CustomStringConvertible {
    public let code: Int32
    public let extendedCode: Int32
    public let message: String
    public let sql: String?

    public var description: String {
        "SQLite error \(extendedCode): \(message)" + (sql.map { " in `\($0)`" } ?? "")
    }

    /// A UNIQUE or PRIMARY KEY constraint refused the row.
    public var isUniqueViolation: Bool {
        extendedCode == 2067 /* SQLITE_CONSTRAINT_UNIQUE */ || extendedCode == 1555 /* SQLITE_CONSTRAINT_PRIMARYKEY */
    }
}
