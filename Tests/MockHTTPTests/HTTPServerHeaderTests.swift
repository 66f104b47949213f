import MockHTTP
import Testing

/// Headers as the handler sees them, with the default 32 KiB of connection
/// memory: names lower-cased, large headers still delivered.
@Suite(.timeLimit(.minutes(1)))
struct HTTPServerHeaderTests {
    /// Answers with the values of two headers.
    struct HeaderHandler: HTTPHandler {
        func handle(_ request: HTTPRequest) -> HTTPResponse {
            let text = "\(request.header("x-probe") ?? "-")|\(request.headers["x-mixed-case"] ?? "-")|"
                + "\(request.header("X-Large")?.utf8.count ?? 0)"
            return HTTPResponse(status: 200, body: Array(text.utf8))
        }
    }

    private func exchange(_ headers: String) throws -> RawHTTP.Response {
        let server = try HTTPServer(configuration: HTTPServerConfiguration(host: "127.0.0.1", port: 0), handler: HeaderHandler())
        defer { server.stop() }
        return try RawHTTP.exchange(
            port: server.port, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\(headers)Connection: close\r\n\r\n")
    }

    @Test func headers_namesAreLowerCased() throws {
        let response = try exchange("X-PROBE: 1\r\nX-Mixed-Case: two\r\n")
        #expect(response.body == "1|two|0")
    }

    @Test func headers_aTwelveKilobyteHeaderReachesTheHandler() throws {
        let response = try exchange("X-Large: \(String(repeating: "v", count: 12 * 1024))\r\n")
        #expect(response.status == 200)
        #expect(response.body == "-|-|\(12 * 1024)")
    }
}
