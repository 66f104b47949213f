import ZohoLocking

/// The request journal: the latest exchanges with the Zoho API and the
/// accounts server, oldest first, bounded twice: at most `capacity` entries
/// and at most `byteBudget` bytes of them (bodies over `bodyCap` are kept
/// truncated), oldest dropped first. A ring behind a mutex: recording holds
/// the lock only to store one entry and drop old ones, so the hot path pays
/// one uncontended lock; masking and JSON wait until someone reads.
final class RequestJournal: Sendable {
    /// 0 turns the journal off: nothing is built or kept.
    let capacity: Int
    let byteBudget: Int
    let bodyCap: Int
    private let ring: LockedValue<Ring>

    private struct Ring {
        /// `capacity` slots once grown; entries run from `oldest` for `count` slots, wrapping.
        var slots: [JournalEntry?] = []
        var oldest = 0
        var count = 0
        var bytes = 0
        var nextID = 1

        /// The caller has made room: `count < capacity`.
        mutating func append(_ entry: JournalEntry, capacity: Int) {
            if count < slots.count {
                slots[(oldest + count) % slots.count] = entry
            } else {
                // Every slot is taken and there may be more: grow, in order from slot 0.
                if oldest != 0 { slots = inOrder.map(Optional.some) }
                oldest = 0
                slots.append(entry)
            }
            count += 1
            bytes += entry.footprint
        }

        /// Takes the oldest entry out; the caller frees it outside the lock.
        mutating func removeOldest() -> JournalEntry? {
            guard count > 0, let entry = slots[oldest] else { return nil }
            slots[oldest] = nil
            oldest = (oldest + 1) % slots.count
            count -= 1
            bytes -= entry.footprint
            return entry
        }

        var inOrder: [JournalEntry] {
            (0..<count).compactMap { slots[(oldest + $0) % slots.count] }
        }
    }

    init(capacity: Int, byteBudget: Int = EmulatorDefaults.journalBytes, bodyCap: Int = EmulatorDefaults.journalBodyBytes) {
        self.capacity = max(0, capacity)
        self.byteBudget = max(0, byteBudget)
        self.bodyCap = max(0, bodyCap)
        ring = LockedValue(Ring())
    }

    var isEnabled: Bool { capacity > 0 && byteBudget > 0 }

    /// A body as this journal keeps it (truncated past the cap).
    func keep(_ body: [UInt8]) -> JournalBody { JournalBody(body, cap: bodyCap) }

    func record(_ entry: JournalEntry) {
        guard isEnabled else { return }
        let evicted = ring.withLock { ring -> [JournalEntry] in
            var entry = entry
            entry.id = ring.nextID
            ring.nextID += 1
            var evicted: [JournalEntry] = []
            while ring.count > 0, ring.count >= capacity || ring.bytes + entry.footprint > byteBudget,
                let oldest = ring.removeOldest()
            {
                evicted.append(oldest)
            }
            ring.append(entry, capacity: capacity)
            return evicted
        }
        // The entries pushed out are freed here, after the lock: their bodies and
        // strings are the slowest part of replacing them, and every request records.
        _ = consume evicted
    }

    /// Every kept entry, oldest first. Entries share their storage with the
    /// journal's, so this copies references, not bodies.
    func entries() -> [JournalEntry] {
        ring.withLock { $0.inOrder }
    }

    /// Empties the journal; ids keep counting, so a reader can tell entries apart across clears.
    @discardableResult
    func clear() -> Int {
        let (count, dropped) = ring.withLock { ring -> (Int, [JournalEntry?]) in
            let count = ring.count
            let dropped = ring.slots
            ring.slots = []
            ring.oldest = 0
            ring.count = 0
            ring.bytes = 0
            return (count, dropped)
        }
        _ = consume dropped
        return count
    }

    /// As at start: empty, ids from 1 (`POST /__mock/reset`).
    func reset() {
        clear()
        ring.withLock { $0.nextID = 1 }
    }
}
