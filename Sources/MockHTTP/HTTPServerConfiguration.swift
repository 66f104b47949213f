/// How the server listens and what it tolerates.
public struct HTTPServerConfiguration: Sendable {
    public var host: String
    /// 0 lets the kernel pick a free port; `HTTPServer.port` tells which.
    public var port: UInt16
    /// libmicrohttpd's polling threads; requests run on them.
    public var threadPoolSize: Int
    /// Idle connections (slow clients included) are closed after this long.
    public var connectionTimeoutSeconds: Int
    public var connectionLimit: Int
    /// Bodies past this are answered by the handler's oversize response, unread.
    public var maximumBodyBytes: Int
    /// libmicrohttpd's per-connection memory, which bounds the header size.
    /// libmicrohttpd clears it between requests, so its size is paid on every
    /// request: 32 KiB (half the library's default) still takes headers far
    /// beyond any real client's.
    public var connectionMemoryLimit: Int

    public init(
        host: String = "127.0.0.1", port: UInt16 = 8080, threadPoolSize: Int = 2, connectionTimeoutSeconds: Int = 30,
        connectionLimit: Int = 1000, maximumBodyBytes: Int = 1 << 20, connectionMemoryLimit: Int = 32 * 1024
    ) {
        self.host = host
        self.port = port
        self.threadPoolSize = threadPoolSize
        self.connectionTimeoutSeconds = connectionTimeoutSeconds
        self.connectionLimit = connectionLimit
        self.maximumBodyBytes = maximumBodyBytes
        self.connectionMemoryLimit = connectionMemoryLimit
    }
}

public struct HTTPServerError: Error, CustomStringConvertible {
    public let description: String
}
