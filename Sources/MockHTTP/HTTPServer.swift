import CMicroHTTPD
import Foundation
import Synchronization

/// An HTTP/1.1 server on libmicrohttpd. It owns the daemon; requests arrive
/// on libmicrohttpd's pool threads and go to the handler, one complete
/// `HTTPRequest` at a time. A reaper thread holds every connection to the
/// deadlines of `HTTPServerConfiguration`.
public final class HTTPServer: Sendable {
    /// The bound port (the real one when configured with 0).
    public let port: UInt16
    /// The connection limit in force: the configured one, or less when the
    /// process may not open that many descriptors.
    public let connectionLimit: Int
    /// Taken (set to nil) exactly once, by `stop()`.
    private let daemon: Mutex<DaemonPointer?>
    private let context: Unmanaged<ServerContext>
    private let reaper: ConnectionReaper

    public init(configuration: HTTPServerConfiguration, handler: any HTTPHandler) throws {
        // Past `connectionLimit` libmicrohttpd still accepts a few, so they can be told why they are refused.
        let reserve = Self.refusalReserve(configuration.connectionLimit)
        let accepted = FileDescriptorLimit.raise(toAllow: configuration.connectionLimit + reserve)
        let limit = min(configuration.connectionLimit, accepted - reserve)
        var limits = configuration.connectionLimits
        limits.connections = max(1, limit)
        let registry = ConnectionRegistry(limits: limits)
        let context = Unmanaged.passRetained(
            ServerContext(
                handler: handler, connections: registry, maximumBodyBytes: configuration.maximumBodyBytes,
                drainBytes: configuration.drainBytes))
        var settings = cmhd_config(
            host: nil, port: configuration.port, thread_pool: UInt32(configuration.threadPoolSize),
            // libmicrohttpd's own idle timer is only a backstop behind the reaper's deadlines.
            connection_timeout_seconds: UInt32(configuration.idleTimeoutSeconds + configuration.requestTimeoutSeconds),
            connection_limit: UInt32(max(1, accepted)),
            connection_memory_limit: configuration.connectionMemoryLimit, listen_backlog: 1024)
        let started = configuration.host.withCString { host -> OpaquePointer? in
            settings.host = host
            return cmhd_start(
                &settings, accessHandler, requestCompleted, requestStarted, connectionNotified, context.toOpaque())
        }
        guard let started else {
            context.release()
            throw HTTPServerError(description: "cannot listen on \(configuration.host):\(configuration.port)")
        }
        self.daemon = Mutex(DaemonPointer(raw: started))
        self.context = context
        self.port = cmhd_bound_port(started)
        self.connectionLimit = limits.connections
        reaper = ConnectionReaper(registry: registry)
        reaper.start()
    }

    private static func refusalReserve(_ limit: Int) -> Int { max(8, limit / 32) }

    /// Connections open now.
    public var openConnections: Int { context.takeUnretainedValue().connections.count }

    /// Stops accepting, cuts idle connections, lets requests already begun
    /// finish (their answers close their connections) for up to `grace`, then
    /// closes everything. Returns how many requests were still unfinished.
    @discardableResult
    public func stop(grace: Duration = .seconds(10)) -> Int {
        let taken = daemon.withLock { pointer -> DaemonPointer? in
            defer { pointer = nil }
            return pointer
        }
        guard let taken else { return 0 }
        let listening = MHD_quiesce_daemon(taken.raw)
        if listening >= 0 { close(listening) }
        let connections = context.takeUnretainedValue().connections
        connections.beginDraining()
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: grace)
        var unfinished = connections.drain(now: cmhd_monotonic_ms())
        while unfinished > 0, clock.now < deadline {
            usleep(2_000)
            unfinished = connections.drain(now: cmhd_monotonic_ms())
        }
        reaper.stop()
        MHD_stop_daemon(taken.raw)
        context.release()
        return unfinished
    }

    deinit { stop() }
}

/// What the C callbacks reach through their `cls` pointer.
final class ServerContext: Sendable {
    let handler: any HTTPHandler
    let connections: ConnectionRegistry
    let maximumBodyBytes: Int
    let drainBytes: Int

    init(handler: any HTTPHandler, connections: ConnectionRegistry, maximumBodyBytes: Int, drainBytes: Int) {
        self.handler = handler
        self.connections = connections
        self.maximumBodyBytes = maximumBodyBytes
        self.drainBytes = drainBytes
    }
}

/// The `MHD_Daemon*`. libmicrohttpd's daemon calls are thread-safe; the
/// pointer itself is only handed out once, under the server's mutex.
struct DaemonPointer: @unchecked Sendable {
    let raw: OpaquePointer
}
