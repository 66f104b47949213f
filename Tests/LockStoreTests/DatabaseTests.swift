import LockStore
import Testing

/// The SQLite connection wrapper: statement cache, errors, transactions.
struct DatabaseTests {
    @Test func statement_returnsTheSameCachedObjectForTheSameSQL() throws {
        let database = try Database(path: ":memory:")
        let first = try database.statement("SELECT 1")
        let second = try database.statement("SELECT 1")
        #expect(first === second)
    }

    @Test func statement_preparesDistinctObjectsForDifferentSQL() throws {
        let database = try Database(path: ":memory:")
        #expect(try database.statement("SELECT 1") !== database.statement("SELECT 2"))
    }

    @Test func statement_cachedStatementIsReusable() throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
        let insert = try database.statement("INSERT INTO t (id, name) VALUES (?, ?)")
        try insert.run([.integer(1), .text("one")])
        try database.statement("INSERT INTO t (id, name) VALUES (?, ?)").run([.integer(2), .text("")])
        let rows = try database.statement("SELECT id, name FROM t ORDER BY id").rows { [$0.int64(0)] + [Int64($0.text(1).count)] }
        #expect(rows == [[1, 3], [2, 0]])
    }

    @Test func statement_badSQLThrowsStorageErrorCarryingTheSQL() throws {
        let database = try Database(path: ":memory:")
        let sql = "SELEC nothing FROM nowhere"
        let error = #expect(throws: StorageError.self) { try database.statement(sql) }
        #expect(error?.sql == sql)
        #expect(error?.code == 1)  // SQLITE_ERROR
        #expect(error?.description.contains(sql) == true)
        #expect(error?.message.isEmpty == false)
    }

    @Test func statement_unknownTableThrowsStorageErrorCarryingTheSQL() throws {
        let database = try Database(path: ":memory:")
        let sql = "SELECT * FROM missing_table"
        let error = #expect(throws: StorageError.self) { try database.statement(sql) }
        #expect(error?.sql == sql)
        #expect(error?.message.contains("missing_table") == true)
    }

    @Test func execute_badSQLThrowsStorageErrorCarryingTheSQL() throws {
        let database = try Database(path: ":memory:")
        let sql = "CREATE TABLEX t (id)"
        let error = #expect(throws: StorageError.self) { try database.execute(sql) }
        #expect(error?.sql == sql)
    }

    @Test func run_uniqueViolationIsRecognised() throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE)")
        let insert = try database.statement("INSERT INTO t (id, name) VALUES (?, ?)")
        try insert.run([.integer(1), .text("a")])
        let duplicateKey = #expect(throws: StorageError.self) { try insert.run([.integer(1), .text("b")]) }
        #expect(duplicateKey?.isUniqueViolation == true)
        #expect(duplicateKey?.sql == "INSERT INTO t (id, name) VALUES (?, ?)")
        let duplicateName = #expect(throws: StorageError.self) { try insert.run([.integer(2), .text("a")]) }
        #expect(duplicateName?.isUniqueViolation == true)
    }

    @Test func run_otherConstraintIsNotAUniqueViolation() throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
        let error = #expect(throws: StorageError.self) {
            try database.statement("INSERT INTO t (id, name) VALUES (?, ?)").run([.integer(1), .null])
        }
        #expect(error?.isUniqueViolation == false)
    }

    @Test func inTransaction_rollsBackWhenBodyThrows() throws {
        struct Boom: Error {}
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")
        #expect(throws: Boom.self) {
            try database.inTransaction {
                try database.statement("INSERT INTO t (id) VALUES (1)").run()
                throw Boom()
            }
        }
        #expect(try database.statement("SELECT count(*) FROM t").first { $0.int64(0) } == 0)
    }

    @Test func inTransaction_commitsWhenBodyReturns() throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")
        let changed = try database.inTransaction { try database.statement("INSERT INTO t (id) VALUES (1)").run() }
        #expect(changed == 1)
        #expect(try database.statement("SELECT count(*) FROM t").first { $0.int64(0) } == 1)
    }

    @Test func row_readsNullsAndText() throws {
        let database = try Database(path: ":memory:")
        let values = try database.statement("SELECT NULL, 'é', 7").first { row in
            [row.isNull(0) ? "null" : "value", row.optionalText(1) ?? "-", String(row.optionalInt64(2) ?? -1)]
        }
        #expect(values == ["null", "é", "7"])
    }
}
