import Foundation

/// A value guarded by a pthread mutex (`NSLock`). Used instead of the
/// standard library's `Mutex`, whose futex-based lock ThreadSanitizer cannot
/// see: with this one, `-sanitize=thread` runs report real races only.
public final class LockedValue<Value>: @unchecked Sendable {
    // Safe: `value` is only read or written between `lock.lock()` and `lock.unlock()`.
    private var value: Value
    private let lock = NSLock()

    public init(_ value: Value) { self.value = value }

    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
