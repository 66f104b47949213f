/// Serialised access to a repository: reads see a consistent snapshot; a write
/// commits when its closure returns and rolls back when it throws.
///
/// Generic over the repository so that each service can keep a store that
/// reaches only the calls it declares (`narrowed`), and a test can hand a
/// service a store that implements nothing more.
public protocol TransactionalStore<Repository>: Sendable {
    associatedtype Repository
    /// Callers only read here; it runs without a transaction (the store's lock makes it consistent).
    func read<T>(_ body: (Repository) throws -> T) throws -> T
    func write<T>(_ body: (Repository) throws -> T) throws -> T
}

extension TransactionalStore {
    /// This store seen through a narrower repository type, usually an
    /// existential of the protocols a service needs: `store.narrowed { $0 as any LockService.Repository }`.
    public func narrowed<Narrow>(_ narrow: @escaping @Sendable (Repository) -> Narrow) -> any TransactionalStore<Narrow> {
        NarrowedStore(base: self, narrow: narrow)
    }
}

/// What `narrowed` returns: the same transactions, the repository converted on the way in.
private struct NarrowedStore<Base: TransactionalStore, Narrow>: TransactionalStore {
    let base: Base
    let narrow: @Sendable (Base.Repository) -> Narrow

    // The closures capture `narrow`, not `self`: reaching a field of a generic
    // `self` looks its metadata up on every call (a thousand instructions a request).
    func read<T>(_ body: (Narrow) throws -> T) throws -> T {
        let narrow = narrow
        return try base.read { try body(narrow($0)) }
    }

    func write<T>(_ body: (Narrow) throws -> T) throws -> T {
        let narrow = narrow
        return try base.write { try body(narrow($0)) }
    }
}
