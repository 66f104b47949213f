import ZohoLocking

/// Answers derived from the data, kept until the store's next write moves its
/// generation, then all dropped at once. Each reader connection owns its own
/// set (`ReadCaches`), used only while that connection's lock is held, so a
/// cache needs no lock of its own.
final class GenerationCache<Key: Hashable, Value> {
    private var entries: [Key: Value] = [:]
    private var stamp: UInt64?
    /// Bounds the memory a client cycling through many keys can take.
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    func value(for key: Key, at stamp: UInt64) -> Value? {
        guard stamp == self.stamp else { return nil }
        return entries[key]
    }

    func store(_ value: Value, for key: Key, at stamp: UInt64) {
        if stamp != self.stamp || entries.count >= capacity {
            entries.removeAll(keepingCapacity: true)
            self.stamp = stamp
        }
        entries[key] = value
    }
}

/// What a reader connection keeps between requests.
final class ReadCaches {
    /// Every API request starts by resolving its token (a four-table join, then
    /// parsing the scopes); a test run uses a handful of tokens many times.
    let callers = GenerationCache<String, CachedCaller>(capacity: 1024)
    /// The names shown with a lock (locked, created and modified by): three
    /// lookups on every lock shown, of the same few users.
    let userNames = GenerationCache<UserKey, String?>(capacity: 4096)
}

/// A resolved token. Expiry is checked against `now` on every use, so a moved
/// mock clock expires a cached token exactly as the query would.
struct CachedCaller {
    let caller: Caller
    let expiresAt: Int64?

    func caller(at now: Int64) -> Caller? {
        if let expiresAt, expiresAt <= now { return nil }
        return caller
    }
}

struct UserKey: Hashable {
    let orgID: Int64
    let userID: Int64
}
