import MockHTTP
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The libmicrohttpd server, end to end over a real socket.
@Suite(.timeLimit(.minutes(1)))
struct HTTPServerTests {
    /// Answers with what it received, so the test can see the request as parsed.
    struct EchoHandler: HTTPHandler {
        func handle(_ request: HTTPRequest) -> HTTPResponse {
            let query = request.query.map { "\($0.name)=\($0.value)" }.joined(separator: "|")
            let text = "\(request.method) \(request.path) raw=\(request.rawQuery) query=\(query) "
                + "header=\(request.header("X-Probe") ?? "-") body=\(String(decoding: request.body, as: UTF8.self))"
            return HTTPResponse(status: 201, headers: [("Content-Type", "text/plain"), ("X-Echo", "yes")], body: Array(text.utf8))
        }
    }

    private func startServer() throws -> HTTPServer {
        try HTTPServer(configuration: HTTPServerConfiguration(host: "127.0.0.1", port: 0), handler: EchoHandler())
    }

    @Test func start_withPortZeroBindsARealPort() throws {
        let server = try startServer()
        defer { server.stop() }
        #expect(server.port != 0)
    }

    @Test func get_isAnsweredByTheHandler() throws {
        let server = try startServer()
        defer { server.stop() }
        let response = try RawHTTP.exchange(
            port: server.port,
            "GET /crm/v8/My%20Module?fields=a%2Cb&q=x+y HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Probe: 42\r\nConnection: close\r\n\r\n")
        #expect(response.status == 201)
        #expect(response.headers["x-echo"] == "yes")
        #expect(response.headers["content-type"] == "text/plain")
        #expect(response.body == "GET /crm/v8/My Module raw=fields=a%2Cb&q=x+y query=fields=a,b|q=x y header=42 body=")
    }

    @Test func post_deliversTheBodyToTheHandler() throws {
        let server = try startServer()
        defer { server.stop() }
        let body = #"{"data":[{"Locked_Reason__s":"audit"}]}"#
        let response = try RawHTTP.exchange(
            port: server.port,
            "POST /lock HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)")
        #expect(response.status == 201)
        #expect(response.body == "POST /lock raw= query= header=- body=\(body)")
    }

    /// A second server on a port in use fails to start, rather than sharing the
    /// port and taking half of the first server's connections.
    @Test func start_onAPortInUse_fails() throws {
        let server = try startServer()
        defer { server.stop() }
        #expect(throws: HTTPServerError.self) {
            try HTTPServer(configuration: HTTPServerConfiguration(host: "127.0.0.1", port: server.port), handler: EchoHandler())
        }
    }

    /// The port is free again as soon as a server stops, even with connections just closed.
    @Test func restart_onTheSamePort_bindsAtOnce() throws {
        let first = try startServer()
        let port = first.port
        _ = try RawHTTP.exchange(port: port, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        first.stop()
        let second = try HTTPServer(configuration: HTTPServerConfiguration(host: "127.0.0.1", port: port), handler: EchoHandler())
        defer { second.stop() }
        #expect(second.port == port)
    }

    @Test func stop_closesTheListenerAndCanBeRepeated() throws {
        let server = try startServer()
        let port = server.port
        server.stop()
        server.stop()
        #expect(throws: TestSocket.Failure.self) {
            try RawHTTP.exchange(port: port, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        }
    }
}

/// A one-shot HTTP/1.1 exchange over a blocking TCP socket: send the request
/// bytes, read until the server closes, split status, headers and body.
enum RawHTTP {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    struct Response {
        let status: Int
        /// Names lower-cased.
        let headers: [String: String]
        let body: String
    }

    static func exchange(port: UInt16, _ request: String) throws -> Response {
        let socket = try TestSocket(port: port)
        guard socket.send(request) else { throw Failure(description: "send failed: errno \(errno)") }
        guard let received = socket.readUntilClosed(within: 10) else {
            throw Failure(description: "no end of the answer within 10 s")
        }
        return try parse(Array(received.utf8))
    }

    private static func parse(_ bytes: [UInt8]) throws -> Response {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let headEnd = (0..<max(0, bytes.count - 3)).first(where: { Array(bytes[$0..<$0 + 4]) == separator }) else {
            throw Failure(description: "no end of headers in \(bytes.count) bytes")
        }
        let head = String(decoding: bytes[..<headEnd], as: UTF8.self)
        var lines = head.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, statusLine[0].hasPrefix("HTTP/1."), let status = Int(statusLine[1]) else {
            throw Failure(description: "bad status line in \(head)")
        }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let value = line[line.index(after: colon)...].drop(while: { $0 == " " })
            headers[line[..<colon].lowercased()] = String(value)
        }
        let body = String(decoding: bytes[(headEnd + 4)...], as: UTF8.self)
        return Response(status: status, headers: headers, body: body)
    }
}
