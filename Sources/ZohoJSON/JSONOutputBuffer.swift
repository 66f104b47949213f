/// The bytes `JSONWriter` produces, in memory it manages itself. Appending to
/// an `Array` checks uniqueness and capacity and goes through generic copying
/// on every call; measured on the lock GET that cost more than the writing
/// itself (about 330 instructions per `append(contentsOf:)`).
///
/// Noncopyable, so the memory has exactly one owner and is freed in `deinit`.
/// Usable from inlinable code, so that the streaming writer's calls from other
/// modules inline down to a store and an increment, as they did within one module.
@usableFromInline
struct JSONOutputBuffer: ~Copyable {
    @usableFromInline var start: UnsafeMutablePointer<UInt8>
    @usableFromInline var count = 0
    @usableFromInline var capacity: Int

    @inlinable
    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        start = .allocate(capacity: self.capacity)
    }

    @inlinable deinit { start.deallocate() }

    @inlinable
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(minimum: count + 1) }
        start[count] = byte
        count += 1
    }

    @inlinable
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > capacity { grow(minimum: count + bytes.count) }
        (start + count).initialize(from: base, count: bytes.count)
        count += bytes.count
    }

    @inlinable
    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends a string's UTF-8 as it is (no escaping).
    mutating func append(utf8 text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Out of line: the rare path.
    @usableFromInline
    mutating func grow(minimum: Int) {
        let newCapacity = max(capacity * 2, minimum)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        larger.initialize(from: start, count: count)
        start.deallocate()
        start = larger
        capacity = newCapacity
    }

    /// The bytes written, as an array (the buffer's memory is freed after the copy).
    @usableFromInline
    consuming func bytes() -> [UInt8] {
        [UInt8](UnsafeBufferPointer(start: start, count: count))
    }
}
