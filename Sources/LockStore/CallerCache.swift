import ZohoLocking

/// Callers already resolved from their access tokens. Every API request starts
/// with this lookup (a four-table join, then parsing the scopes); a test run
/// uses a handful of tokens many times, so answers are kept until the database
/// changes in any way (`Database.changeStamp`), then all are dropped at once.
///
/// Not thread-safe by itself: `SQLiteStore` owns it and only hands it to the
/// repository while its lock is held.
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
    private var stamp: ChangeStamp?

    func entry(for token: String, at stamp: ChangeStamp) -> Entry? {
        guard stamp == self.stamp else { return nil }
        return entries[token]
    }

    func store(_ entry: Entry, for token: String, at stamp: ChangeStamp) {
        if stamp != self.stamp || entries.count >= Self.capacity {
            entries.removeAll(keepingCapacity: true)
            self.stamp = stamp
        }
        entries[token] = entry
    }
}
