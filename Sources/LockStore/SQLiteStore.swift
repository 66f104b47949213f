import Foundation
import ZohoLocking

/// The `LockingStore` over SQLite: one connection behind a lock. Every read
/// and every write transaction holds the lock for its whole duration, so
/// requests served by libmicrohttpd's thread pool never interleave in SQLite.
public final class SQLiteStore: LockingStore, @unchecked Sendable {
    // Safe: `database` and `callerCache` are only touched between `lock.lock()` and `lock.unlock()`.
    private let database: Database
    private let callerCache = CallerCache()
    private let lock = NSLock()
    /// A file database reads in one transaction per `read` (see there); memory has no file to lock.
    private let readsInOneTransaction: Bool

    /// Opens the database and applies the schema. `:memory:` is private to this store.
    public init(path: String) throws {
        database = try Database(path: path)
        readsInOneTransaction = path != ":memory:"
        if path != ":memory:" { try database.execute(Schema.pragmas) }
        try database.execute(Schema.tables)
        try SchemaMigration.apply(to: database)
    }

    public func read<T>(_ body: (any StoreRepository) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        let repository = SQLiteRepository(database: database, callerCache: callerCache)
        // Outside a transaction every statement is one: on a file, each takes and
        // drops SQLite's file locks (three system calls). One read transaction
        // takes them once for all the statements of a request.
        guard readsInOneTransaction else { return try body(repository) }
        return try database.inReadTransaction { try body(repository) }
    }

    public func write<T>(_ body: (any StoreRepository) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        return try database.inTransaction { try body(SQLiteRepository(database: database, callerCache: callerCache)) }
    }

    /// Whether the database holds no org yet (a new file, or memory): seed data loads then.
    public func isEmpty() throws -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return try database.statement("SELECT count(*) FROM orgs").first { $0.int64(0) } == 0
    }
}
