import ZohoJSON
import ZohoLocking

/// A `TransactionalStore` in memory, for tests of the services without
/// SQLite: the same rows and rules as `SQLiteStore` (one lock per record,
/// deterministic ids, a configuration's rules and locks go with it).
///
/// Transactions run one at a time. A write works on a copy of the state and
/// keeps it only when its closure returns: a throwing write leaves nothing
/// behind, as a rolled-back SQLite transaction does (copy-on-write makes the
/// copy cheap). A read that tries to write throws `InMemoryStoreError.writeInRead`.
public final class InMemoryStore: TransactionalStore, Sendable {
    private let state: LockedValue<InMemoryState>

    public init() {
        state = LockedValue(InMemoryState())
    }

    /// A store holding the fixture documents, loaded as `POST /__mock/fixtures` would.
    public convenience init(loading documents: JSONValue..., now: Int64) throws {
        self.init()
        try write { repository in
            for document in documents { _ = try FixtureLoader(repository: repository, now: now).load(document) }
        }
    }

    public func read<T>(_ body: (InMemoryRepository) throws -> T) throws -> T {
        try state.withLock { state in try body(InMemoryRepository(state: state, writable: false)) }
    }

    public func write<T>(_ body: (InMemoryRepository) throws -> T) throws -> T {
        try state.withLock { state in
            let repository = InMemoryRepository(state: state, writable: true)
            let result = try body(repository)
            state = repository.state
            return result
        }
    }
}

/// What the in-memory store refuses where SQLite would raise a storage error.
public enum InMemoryStoreError: Error, Equatable {
    /// A change inside `read` (SQLite's reader connections are read-only).
    case writeInRead
    /// A row with this key exists (a plain INSERT meeting a primary key).
    case duplicateKey(String)
}
