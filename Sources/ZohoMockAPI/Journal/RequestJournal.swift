import ZohoLocking

/// The request journal (contract §3): the latest `capacity` exchanges with the
/// Zoho API and the accounts server, oldest first. A ring buffer behind a
/// mutex: recording holds the lock only to store one entry, so the hot path
/// pays one uncontended lock; masking and JSON wait until someone reads.
final class RequestJournal: Sendable {
    /// 0 turns the journal off: nothing is built or kept.
    let capacity: Int
    private let ring: LockedValue<Ring>

    private struct Ring {
        var entries: [JournalEntry] = []
        /// Once full, the slot of the oldest entry (the next to be overwritten).
        var oldest = 0
        var nextID = 1
    }

    init(capacity: Int) {
        self.capacity = max(0, capacity)
        ring = LockedValue(Ring())
    }

    var isEnabled: Bool { capacity > 0 }

    func record(_ entry: JournalEntry) {
        guard isEnabled else { return }
        let evicted = ring.withLock { ring -> JournalEntry? in
            var entry = entry
            entry.id = ring.nextID
            ring.nextID += 1
            guard ring.entries.count == capacity else {
                ring.entries.append(entry)
                return nil
            }
            swap(&ring.entries[ring.oldest], &entry)
            ring.oldest = (ring.oldest + 1) % capacity
            return entry
        }
        // The entry pushed out is freed here, after the lock: its bodies and
        // strings are the slowest part of replacing it, and every request records.
        _ = consume evicted
    }

    /// Every kept entry, oldest first.
    func entries() -> [JournalEntry] {
        ring.withLock { ring in
            Array(ring.entries[ring.oldest...] + ring.entries[..<ring.oldest])
        }
    }

    /// Empties the journal; ids keep counting, so a reader can tell entries apart across clears.
    @discardableResult
    func clear() -> Int {
        ring.withLock { ring in
            let count = ring.entries.count
            ring.entries.removeAll(keepingCapacity: true)
            ring.oldest = 0
            return count
        }
    }

    /// As at start: empty, ids from 1 (`POST /__mock/reset`).
    func reset() {
        ring.withLock { $0 = Ring() }
    }
}
