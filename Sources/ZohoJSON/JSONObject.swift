/// A JSON object whose keys keep their insertion order, so responses read in
/// the order Zoho's samples show.
///
/// Most objects have a handful of keys, where scanning them beats hashing, so
/// small objects are a plain array. Bodies are another matter: an object of
/// 100k keys would make every lookup (and so parsing, which checks each key
/// for a repeat) a scan, quadratic in the body. Past `indexThreshold` entries
/// a key index keeps lookups O(1) and parsing linear.
public struct JSONObject: Sendable, Hashable, Sequence {
    public private(set) var entries: [(key: String, value: JSONValue)]
    /// Each key's position in `entries`; nil while the object is small. When
    /// `init` is given a key twice, the first keeps it (lookups see the first, as a scan would).
    private var positions: [String: Int]?

    /// Objects up to this size are scanned; larger ones are indexed.
    static let indexThreshold = 16

    public init() { entries = [] }

    /// Keeps the entries as given, a repeated key included: lookups and
    /// replacement see its first entry.
    public init(_ entries: [(String, JSONValue)]) {
        self.entries = entries.map { (key: $0.0, value: $0.1) }
        rebuildIndex()
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }
    public var keys: [String] { entries.map(\.key) }
    public func contains(_ key: String) -> Bool { position(of: key) != nil }

    /// Setting a key that exists replaces its value in place (its position is kept);
    /// a new key goes last; nil removes the key.
    public subscript(key: String) -> JSONValue? {
        get { position(of: key).map { entries[$0].value } }
        set {
            if let index = position(of: key) {
                if let newValue { entries[index].value = newValue } else { remove(at: index) }
            } else if let newValue {
                entries.append((key: key, value: newValue))
                if positions != nil {
                    positions?[key] = entries.count - 1
                } else if entries.count > Self.indexThreshold {
                    rebuildIndex()
                }
            }
        }
    }

    /// Removes every entry the predicate selects, in one pass (removing keys one by
    /// one from a large object would move the entries behind each of them every time).
    public mutating func removeAll(where shouldBeRemoved: ((key: String, value: JSONValue)) throws -> Bool) rethrows {
        try entries.removeAll(where: shouldBeRemoved)
        rebuildIndex()
    }

    public func makeIterator() -> IndexingIterator<[(key: String, value: JSONValue)]> {
        entries.makeIterator()
    }

    /// Equal when both have the same keys with equal values, in any order.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.entries.count == rhs.entries.count else { return false }
        return lhs.entries.allSatisfy { rhs[$0.key] == $0.value }
    }

    /// Order-independent, as equality is: the entries' own hashes are summed.
    public func hash(into hasher: inout Hasher) {
        var sum = 0
        for entry in entries {
            var entryHasher = Hasher()
            entryHasher.combine(entry.key)
            entryHasher.combine(entry.value)
            sum &+= entryHasher.finalize()
        }
        hasher.combine(entries.count)
        hasher.combine(sum)
    }

    private func position(of key: String) -> Int? {
        if let positions { return positions[key] }
        return entries.firstIndex { $0.key == key }
    }

    private mutating func remove(at index: Int) {
        entries.remove(at: index)
        rebuildIndex()
    }

    private mutating func rebuildIndex() {
        guard entries.count > Self.indexThreshold else {
            positions = nil
            return
        }
        var index = [String: Int](minimumCapacity: entries.count)
        // Last to first, so a repeated key ends at its first position, in one dictionary step each.
        for position in entries.indices.reversed() { index[entries[position].key] = position }
        positions = index
    }
}
