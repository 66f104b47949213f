import CMicroHTTPD
import Foundation
import Synchronization

/// Every open connection, and the policy that keeps a fair share for new
/// clients: libmicrohttpd's own timeout restarts with every byte, so a client
/// sending one byte a second would hold its connection for good. Here each
/// phase has a deadline from when it began, whatever trickles in meanwhile.
final class ConnectionRegistry: @unchecked Sendable {
    // Safe: `open` is only used while `lock` is held.
    private var open: [ObjectIdentifier: ConnectionState] = [:]
    private let lock = NSLock()
    /// Read on every answer, so an atomic rather than the lock.
    private let draining = Atomic<Bool>(false)
    let limits: ConnectionLimits

    init(limits: ConnectionLimits) { self.limits = limits }

    /// A new connection; it is over capacity when the limit is already reached.
    func opened(socket: Int32, now: Int64) -> ConnectionState {
        lock.lock()
        defer { lock.unlock() }
        let state = ConnectionState(socket: socket, overCapacity: open.count >= limits.connections, now: now)
        open[ObjectIdentifier(state)] = state
        return state
    }

    /// Called before libmicrohttpd closes the socket: once removed, the reaper
    /// can no longer shut down a descriptor that may be reused.
    func closed(_ state: ConnectionState) {
        lock.lock()
        defer { lock.unlock() }
        open[ObjectIdentifier(state)] = nil
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return open.count
    }

    /// While draining: cuts what is idle and returns how many connections are
    /// not cut yet (each has a request under way). At 0 nothing can start any
    /// more, so stopping the daemon cannot drop an answer to an applied write.
    func drain(now: Int64) -> Int {
        reap(now: now)
        lock.lock()
        defer { lock.unlock() }
        return open.values.count { !$0.isCut }
    }

    /// From now on idle connections are cut at once and answers close their connection.
    func beginDraining() { draining.store(true, ordering: .releasing) }

    var isDraining: Bool { draining.load(ordering: .acquiring) }

    /// Shuts down every connection past its phase's deadline; returns how many.
    /// Near the limit the deadlines shrink to `limits.crowdedSeconds`, so slow
    /// and idle clients make room for new ones.
    @discardableResult
    func reap(now: Int64) -> Int {
        lock.lock()
        defer { lock.unlock() }
        let crowded = open.count >= limits.crowdedCount
        var cut = 0
        for state in open.values {
            let seen = state.phase
            guard let allowed = allowedMilliseconds(seen.phase, state: state, crowded: crowded),
                now - seen.since >= allowed, state.cut(ifStill: seen)
            else { continue }
            // The socket is still this connection's: `closed` runs before it is closed, under this lock.
            _ = shutdown(state.socket, Int32(SHUT_RDWR))
            cut += 1
        }
        return cut
    }

    private func allowedMilliseconds(_ phase: ConnectionPhase, state: ConnectionState, crowded: Bool) -> Int64? {
        let squeezed = crowded || state.overCapacity
        let draining = isDraining
        switch phase {
        case .processing, .cut: return nil
        case .idle:
            if draining { return 0 }
            return squeezed ? limits.crowdedMilliseconds : limits.idleMilliseconds
        case .opened:
            if draining { return 0 }
            return squeezed ? limits.crowdedMilliseconds : limits.requestMilliseconds
        case .receiving, .sending:
            return squeezed ? limits.crowdedMilliseconds : limits.requestMilliseconds
        }
    }
}

/// The connection policy's numbers.
public struct ConnectionLimits: Sendable {
    /// Connections served at once; more are accepted only to be refused with the handler's answer.
    public var connections: Int
    /// A keep-alive connection may wait this long for its next request.
    public var idleMilliseconds: Int64
    /// A request's line, headers and body must all arrive this soon after the
    /// connection opened or the line began; its answer must be taken as soon.
    public var requestMilliseconds: Int64
    /// Deadlines once the server is crowded (90% of `connections`).
    public var crowdedMilliseconds: Int64 = 1_000

    public init(connections: Int, idleMilliseconds: Int64, requestMilliseconds: Int64) {
        self.connections = connections
        self.idleMilliseconds = idleMilliseconds
        self.requestMilliseconds = requestMilliseconds
    }

    var crowdedCount: Int { max(1, connections * 9 / 10) }
}
