import CMicroHTTPD
import Synchronization

/// An HTTP/1.1 server on libmicrohttpd. It owns the daemon; requests arrive
/// on libmicrohttpd's pool threads and go to the handler, one complete
/// `HTTPRequest` at a time.
public final class HTTPServer: Sendable {
    /// The bound port (the real one when configured with 0).
    public let port: UInt16
    /// Taken (set to nil) exactly once, by `stop()`.
    private let daemon: Mutex<DaemonPointer?>
    private let context: Unmanaged<ServerContext>

    public init(configuration: HTTPServerConfiguration, handler: any HTTPHandler) throws {
        let context = Unmanaged.passRetained(ServerContext(handler: handler, maximumBodyBytes: configuration.maximumBodyBytes))
        var settings = cmhd_config(
            host: nil, port: configuration.port, thread_pool: UInt32(configuration.threadPoolSize),
            connection_timeout_seconds: UInt32(configuration.connectionTimeoutSeconds),
            connection_limit: UInt32(configuration.connectionLimit),
            connection_memory_limit: configuration.connectionMemoryLimit, listen_backlog: 1024)
        let started = configuration.host.withCString { host -> OpaquePointer? in
            settings.host = host
            return cmhd_start(&settings, accessHandler, requestCompleted, requestStarted, context.toOpaque())
        }
        guard let started else {
            context.release()
            throw HTTPServerError(description: "cannot listen on \(configuration.host):\(configuration.port)")
        }
        self.daemon = Mutex(DaemonPointer(raw: started))
        self.context = context
        self.port = cmhd_bound_port(started)
    }

    /// Stops accepting, lets in-flight requests finish, closes every connection.
    public func stop() {
        let taken = daemon.withLock { pointer -> DaemonPointer? in
            defer { pointer = nil }
            return pointer
        }
        guard let taken else { return }
        MHD_stop_daemon(taken.raw)
        context.release()
    }

    deinit { stop() }
}

/// What the C callbacks reach through their `cls` pointer. Immutable.
final class ServerContext: Sendable {
    let handler: any HTTPHandler
    let maximumBodyBytes: Int

    init(handler: any HTTPHandler, maximumBodyBytes: Int) {
        self.handler = handler
        self.maximumBodyBytes = maximumBodyBytes
    }
}

/// The `MHD_Daemon*`. libmicrohttpd's daemon calls are thread-safe; the
/// pointer itself is only handed out once, under the server's mutex.
struct DaemonPointer: @unchecked Sendable {
    let raw: OpaquePointer
}
