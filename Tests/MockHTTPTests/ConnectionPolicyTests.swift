import Foundation
import MockHTTP
import Testing

/// The deadlines and limits that keep a fair share for new clients: they
/// hold however slowly bytes trickle in, and a stop lets work in flight finish.
@Suite(.timeLimit(.minutes(1)))
struct ConnectionPolicyTests {
    /// Counts what it handles; `/slow` takes 600 ms; over capacity it refuses with 429.
    final class CountingHandler: HTTPHandler, @unchecked Sendable {
        // Safe: `handled` is only used while `lock` is held.
        private var handled = 0
        private let lock = NSLock()

        var count: Int {
            lock.lock()
            defer { lock.unlock() }
            return handled
        }

        func handle(_ request: HTTPRequest) -> HTTPResponse {
            if request.overCapacity { return HTTPResponse(status: 429, body: Array("refused".utf8)) }
            lock.lock()
            handled += 1
            lock.unlock()
            if request.path == "/slow" { usleep(600_000) }
            if request.path == "/big" { return HTTPResponse(status: 200, body: [UInt8](repeating: 65, count: 32 << 20)) }
            return HTTPResponse(status: 200, body: Array("ok \(request.path)".utf8))
        }
    }

    private let handler = CountingHandler()

    private func startServer(idle: Int = 30, request: Int = 1, limit: Int = 4096) throws -> HTTPServer {
        var configuration = HTTPServerConfiguration(host: "127.0.0.1", port: 0)
        configuration.idleTimeoutSeconds = idle
        configuration.requestTimeoutSeconds = request
        configuration.connectionLimit = limit
        return try HTTPServer(configuration: configuration, handler: handler)
    }

    /// Seconds from `start` to now.
    private func elapsed(since start: Date) -> Double { Date().timeIntervalSince(start) }

    @Test func slowHeaders_areCutAtTheRequestDeadline_thoughBytesKeepComing() throws {
        let server = try startServer(request: 1)
        defer { server.stop() }
        let socket = try TestSocket(port: server.port)
        let start = Date()
        socket.send("GET /a HTTP/1.1\r\nHost: x\r\n")
        // A byte every 100 ms would reset an idle timer for ever.
        var open = true
        while open, elapsed(since: start) < 5 {
            usleep(100_000)
            open = socket.send("X")
            if open, socket.readUntilClosed(within: 0.01) != nil { open = false }
        }
        #expect(!open)
        #expect(elapsed(since: start) < 2.5)
        #expect(handler.count == 0)
    }

    @Test func slowBody_isCutAtTheRequestDeadline_andNeverHandled() throws {
        let server = try startServer(request: 1)
        defer { server.stop() }
        let socket = try TestSocket(port: server.port)
        let start = Date()
        socket.send("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n")
        var open = true
        while open, elapsed(since: start) < 5 {
            usleep(100_000)
            open = socket.send("{") && socket.readUntilClosed(within: 0.01) == nil
        }
        #expect(!open)
        #expect(elapsed(since: start) < 2.5)
        #expect(handler.count == 0)
    }

    @Test func anAnswerNobodyReads_isCutAtTheRequestDeadline() throws {
        let server = try startServer(request: 1)
        defer { server.stop() }
        let socket = try TestSocket(port: server.port)
        socket.send("GET /big HTTP/1.1\r\nHost: x\r\n\r\n")
        // 32 MiB cannot fit in the socket buffers: the answer stays in its sending phase.
        usleep(2_500_000)
        let received = try #require(socket.readUntilClosed(within: 5))
        #expect(received.utf8.count < 32 << 20)
    }

    @Test func newConnectionThatSendsNothing_isClosedAtTheRequestDeadline() throws {
        let server = try startServer(request: 1)
        defer { server.stop() }
        let socket = try TestSocket(port: server.port)
        #expect(socket.readUntilClosed(within: 2.5) == "")
    }

    @Test func idleKeepAliveConnection_isClosedAfterTheIdleTimeout_notBefore() throws {
        let server = try startServer(idle: 2, request: 10)
        defer { server.stop() }
        let socket = try TestSocket(port: server.port)
        socket.send("GET /a HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(socket.readResponse()?.body == "ok /a")
        #expect(socket.readUntilClosed(within: 1.0) == nil)
        socket.send("GET /b HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(socket.readResponse()?.body == "ok /b")
        #expect(socket.readUntilClosed(within: 3.5) == "")
    }

    @Test func aNormalClient_isAnsweredAtOnceWhileHundredsOfSlowSocketsTrickle() throws {
        let server = try startServer(request: 30)
        defer { server.stop() }
        let slow = try (0..<300).map { _ in try TestSocket(port: server.port) }
        for socket in slow { socket.send("GET /a HTTP/1.1\r\nHost: x\r\n") }
        usleep(200_000)
        for socket in slow { socket.send("X") }
        let start = Date()
        let client = try TestSocket(port: server.port)
        client.send("GET /fast HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(client.readResponse(within: 5)?.body == "ok /fast")
        #expect(elapsed(since: start) < 2)
    }

    @Test func pastTheConnectionLimit_aConnectionGetsTheRefusalAndIsClosed() throws {
        let server = try startServer(request: 30, limit: 10)
        defer { server.stop() }
        #expect(server.connectionLimit == 10)
        let held = try (0..<10).map { _ in try TestSocket(port: server.port) }
        usleep(100_000)
        let late = try TestSocket(port: server.port)
        late.send("GET /a HTTP/1.1\r\nHost: x\r\n\r\n")
        let response = late.readResponse()
        #expect(response?.head.hasPrefix("HTTP/1.1 429") == true)
        #expect(response?.head.lowercased().contains("connection: close") == true)
        #expect(late.readUntilClosed(within: 2) != nil)
        #expect(held.count == 10)
    }

    @Test func theDefaultLimit_isKeptWhenTheOpenFileLimitAllowsIt() throws {
        var limit = rlimit()
        getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        let server = try startServer()
        defer { server.stop() }
        // 4096 connections, the refusal reserve and 64 other descriptors fit under the hard limit here.
        try #require(limit.rlim_max >= 4096 + 128 + 64)
        #expect(server.connectionLimit == 4096)
    }

    @Test func nearTheLimit_idleConnectionsMakeRoomWithinASecondOrTwo() throws {
        let server = try startServer(idle: 30, request: 30, limit: 10)
        defer { server.stop() }
        let idle = try (0..<9).map { _ in try TestSocket(port: server.port) }
        for socket in idle {
            socket.send("GET /a HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(socket.readResponse()?.body == "ok /a")
        }
        #expect(server.openConnections == 9)
        // 9 of 10 is crowded: the 30 s idle allowance shrinks to a second until there is room.
        usleep(2_500_000)
        #expect(server.openConnections < 9)
        #expect(idle.contains { $0.readUntilClosed(within: 0.1) == "" })
    }

    @Test func stop_letsARequestInFlightFinish_closesIdleOnes_andRefusesNewOnes() throws {
        let server = try startServer()
        let port = server.port
        let idle = try TestSocket(port: port)
        idle.send("GET /a HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(idle.readResponse()?.body == "ok /a")
        let busy = try TestSocket(port: port)
        busy.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n")
        usleep(200_000)
        let unfinished = server.stop()
        #expect(unfinished == 0)
        let response = busy.readResponse()
        #expect(response?.body == "ok /slow")
        #expect(response?.head.lowercased().contains("connection: close") == true)
        #expect(idle.readUntilClosed(within: 1) != nil)
        #expect(throws: TestSocket.Failure.self) { try TestSocket(port: port) }
    }

    @Test func stop_afterItsGrace_saysHowManyWereUnfinished() throws {
        let server = try startServer()
        let busy = try TestSocket(port: server.port)
        busy.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n")
        usleep(100_000)
        #expect(server.stop(grace: .milliseconds(100)) == 1)
    }
}
