/// How the server listens and what it tolerates.
public struct HTTPServerConfiguration: Sendable {
    public var host: String
    /// 0 lets the kernel pick a free port; `HTTPServer.port` tells which.
    public var port: UInt16
    /// libmicrohttpd's polling threads; requests run on them.
    public var threadPoolSize: Int
    /// A keep-alive connection waits this long for its next request.
    public var idleTimeoutSeconds: Int
    /// A request's headers and body must arrive within this many seconds of its
    /// first line (a new connection's first line too), however slowly they
    /// trickle; an answer must be taken as fast.
    public var requestTimeoutSeconds: Int
    /// Connections served at once. Past it a connection gets the handler's
    /// refusal (`HTTPRequest.overCapacity`) and is closed; near it, idle and slow
    /// connections are given a second instead of their full deadlines.
    public var connectionLimit: Int
    /// Bodies past this are answered by the handler's oversize response.
    public var maximumBodyBytes: Int
    /// An oversized body up to this size is read and dropped before that answer,
    /// so a client that writes its whole body first can read it.
    public var drainBytes: Int
    /// libmicrohttpd's per-connection memory, which bounds the header size.
    /// libmicrohttpd clears it between requests, so its size is paid on every
    /// request: 32 KiB (half the library's default) still takes headers far
    /// beyond any real client's.
    public var connectionMemoryLimit: Int

    public init(
        host: String = "127.0.0.1", port: UInt16 = 8080, threadPoolSize: Int = 2, idleTimeoutSeconds: Int = 30,
        requestTimeoutSeconds: Int = 10, connectionLimit: Int = 4096, maximumBodyBytes: Int = 1 << 20,
        drainBytes: Int = 64 << 20, connectionMemoryLimit: Int = 32 * 1024
    ) {
        self.host = host
        self.port = port
        self.threadPoolSize = threadPoolSize
        self.idleTimeoutSeconds = idleTimeoutSeconds
        self.requestTimeoutSeconds = requestTimeoutSeconds
        self.connectionLimit = connectionLimit
        self.maximumBodyBytes = maximumBodyBytes
        self.drainBytes = drainBytes
        self.connectionMemoryLimit = connectionMemoryLimit
    }

    var connectionLimits: ConnectionLimits {
        ConnectionLimits(
            connections: connectionLimit, idleMilliseconds: Int64(idleTimeoutSeconds) * 1000,
            requestMilliseconds: Int64(requestTimeoutSeconds) * 1000)
    }
}

public struct HTTPServerError: Error, CustomStringConvertible {
    public let description: String
}
