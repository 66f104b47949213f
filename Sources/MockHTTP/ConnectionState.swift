import Synchronization

/// Where a connection is in its life, as the reaper judges it.
enum ConnectionPhase: UInt64 {
    /// Open, its first request line not in yet.
    case opened = 0
    /// Between two requests of a keep-alive connection.
    case idle
    /// A request line is in; its headers and body are arriving.
    case receiving
    /// The handler is running: never cut, so a write is never applied without its answer.
    case processing
    /// The answer is queued and going out.
    case sending
    /// Shut down by the reaper; libmicrohttpd closes it on its next look.
    case cut
}

/// One open connection: its socket and its phase with the time the phase began.
/// The phase changes on the connection's own thread and is cut from the
/// reaper's, so it is one atomic word changed by compare-and-swap: a request
/// whose connection was cut can never start, and a started one is never cut
/// before its answer is queued.
final class ConnectionState: Sendable {
    let socket: Int32
    /// Opened past the connection limit: its request is refused and it closes.
    let overCapacity: Bool
    /// The phase in the low 3 bits, the monotonic millisecond it began above them.
    private let word: Atomic<UInt64>

    init(socket: Int32, overCapacity: Bool, now: Int64) {
        self.socket = socket
        self.overCapacity = overCapacity
        word = Atomic(Self.pack(.opened, now))
    }

    var phase: (phase: ConnectionPhase, since: Int64) { Self.unpack(word.load(ordering: .acquiring)) }

    var isCut: Bool { phase.phase == .cut }

    /// Moves to `next` unless the connection was cut; false when it was.
    func advance(to next: ConnectionPhase, now: Int64) -> Bool {
        var current = word.load(ordering: .acquiring)
        while Self.unpack(current).phase != .cut {
            let (exchanged, original) = word.compareExchange(
                expected: current, desired: Self.pack(next, now), ordering: .acquiringAndReleasing)
            if exchanged { return true }
            current = original
        }
        return false
    }

    /// Marks the connection cut if it is still in the phase the reaper saw (the
    /// same phase begun at the same moment); false when it has moved on.
    func cut(ifStill seen: (phase: ConnectionPhase, since: Int64)) -> Bool {
        word.compareExchange(
            expected: Self.pack(seen.phase, seen.since), desired: Self.pack(.cut, seen.since),
            ordering: .acquiringAndReleasing
        ).exchanged
    }

    private static func pack(_ phase: ConnectionPhase, _ milliseconds: Int64) -> UInt64 {
        UInt64(bitPattern: milliseconds) << 3 | phase.rawValue
    }

    private static func unpack(_ word: UInt64) -> (phase: ConnectionPhase, since: Int64) {
        (ConnectionPhase(rawValue: word & 7) ?? .cut, Int64(bitPattern: word >> 3))
    }
}
