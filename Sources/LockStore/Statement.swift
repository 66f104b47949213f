import CSQLite

/// A prepared statement, owned by its `Database` and reused through its cache.
/// The raw handle never leaves this file.
public final class Statement {
    private let handle: OpaquePointer
    private unowned let database: Database
    let sql: String

    init(database: Database, sql: String) throws(StorageError) {
        var prepared: OpaquePointer?
        let code = sqlite3_prepare_v2(database.handle, sql, -1, &prepared, nil)
        guard code == SQLITE_OK, let prepared else { throw database.error(code: code, sql: sql) }
        self.handle = prepared
        self.database = database
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    /// Runs a statement that returns no rows; returns the number of changed rows.
    @discardableResult
    public func run(_ values: [SQLiteValue] = []) throws(StorageError) -> Int {
        try bind(values)
        defer { sqlite3_reset(handle) }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE || code == SQLITE_ROW else { throw database.error(code: code, sql: sql) }
        return Int(sqlite3_changes(database.handle))
    }

    /// Runs a query and maps each row.
    public func rows<T>(_ values: [SQLiteValue] = [], _ map: (Row) throws -> T) throws -> [T] {
        try bind(values)
        defer { sqlite3_reset(handle) }
        var results: [T] = []
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return results }
            guard code == SQLITE_ROW else { throw database.error(code: code, sql: sql) }
            results.append(try map(Row(handle: handle)))
        }
    }

    /// The first row of a query, mapped, or nil.
    public func first<T>(_ values: [SQLiteValue] = [], _ map: (Row) throws -> T) throws -> T? {
        try bind(values)
        defer { sqlite3_reset(handle) }
        let code = sqlite3_step(handle)
        if code == SQLITE_DONE { return nil }
        guard code == SQLITE_ROW else { throw database.error(code: code, sql: sql) }
        return try map(Row(handle: handle))
    }

    private func bind(_ values: [SQLiteValue]) throws(StorageError) {
        // Every use resets the statement when it ends (`defer` in `run`, `rows`,
        // `first`), so it is only still busy here if a mapping closure stepped
        // out some other way; and every parameter is bound below, so no old
        // binding survives without `sqlite3_clear_bindings`.
        if sqlite3_stmt_busy(handle) != 0 { sqlite3_reset(handle) }
        // A wrong parameter count is a programming error, not a request error.
        precondition(Int(sqlite3_bind_parameter_count(handle)) == values.count, "parameter count mismatch in \(sql)")
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .integer(let integer): code = sqlite3_bind_int64(handle, index, integer)
            case .real(let real): code = sqlite3_bind_double(handle, index, real)
            case .null: code = sqlite3_bind_null(handle, index)
            case .text(let text):
                // withCString always yields a pointer, so "" binds as text, not NULL.
                code = text.withCString { csqlite_bind_text(handle, index, $0, Int32(text.utf8.count)) }
            }
            guard code == SQLITE_OK else { throw database.error(code: code, sql: sql) }
        }
    }
}

/// The current row of a stepping statement; valid only inside the mapping closure.
public struct Row {
    fileprivate let handle: OpaquePointer

    public func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }
    public func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }
    public func bool(_ column: Int32) -> Bool { sqlite3_column_int64(handle, column) != 0 }
    public func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    public func optionalInt64(_ column: Int32) -> Int64? { isNull(column) ? nil : int64(column) }

    public func text(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    public func optionalText(_ column: Int32) -> String? { isNull(column) ? nil : text(column) }

    /// The column's name in the result (its alias, if the query gave one), for errors.
    public func name(_ column: Int32) -> String {
        sqlite3_column_name(handle, column).map { String(cString: $0) } ?? "column \(column)"
    }
}
