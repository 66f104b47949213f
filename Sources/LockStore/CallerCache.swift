import ZohoLocking

/// Callers already resolved from their access tokens. Every API request starts
/// with this lookup (a four-table join, then parsing the scopes); a test run
/// uses a handful of tokens many times, so answers are kept until the database
/// changes in any way (the store's write generation), then all are dropped at once.
///
/// Not thread-safe by itself: each of `SQLiteStore`'s reader connections owns
/// one and only hands it to the repository while that connection's lock is held.
final class CallerCache {
    /// A resolved token. Expiry is checked against `now` on every use, so a
    /// moved mock clock expires a cached token exactly as the query would.
    struct Entry {
        let caller: Caller
        let expiresAt: Int64?

        func caller(at now: Int64) -> Caller? {
            if let expiresAt, expiresAt <= now { return nil }
            return caller
        }
    }

    /// Bounds the memory a client cycling through many tokens can take.
    static let capacity = 1024

    private var entries: [String: Entry] = [:]
    private var stamp: UInt64?

    func entry(for token: String, at stamp: UInt64) -> Entry? {
        guard stamp == self.stamp else { return nil }
        return entries[token]
    }

    func store(_ entry: Entry, for token: String, at stamp: UInt64) {
        if stamp != self.stamp || entries.count >= Self.capacity {
            entries.removeAll(keepingCapacity: true)
            self.stamp = stamp
        }
        entries[token] = entry
    }
}
