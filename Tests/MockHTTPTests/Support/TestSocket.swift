import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A raw client socket for tests of the connection policy: it sends what it is
/// told, when it is told, and tells when the server has closed it.
final class TestSocket {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private let fd: Int32

    init(port: UInt16) throws {
        // The descriptor is the object's only once connected: a class whose init throws
        // after its stored properties are set runs deinit, which would close it a second
        // time (then it may be another test's socket, reused by the kernel: EBADF there).
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket() failed: errno \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(fd)
            throw Failure(description: "connect to port \(port) failed: errno \(errno)")
        }
        self.fd = fd
    }

    deinit { close(fd) }

    /// Sends the text; false when the server has closed the connection.
    @discardableResult
    func send(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) } == bytes.count
    }

    /// Waits up to `seconds` for bytes or the end; returns what arrived before
    /// the server closed, or nil when it is still open at the end of the wait.
    func readUntilClosed(within seconds: Double) -> String? {
        var received: [UInt8] = []
        let deadline = Date(timeIntervalSinceNow: seconds)
        while Date() < deadline {
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let remaining = Int32(max(1, deadline.timeIntervalSinceNow * 1000))
            guard poll(&descriptor, 1, remaining) > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count <= 0 { return String(decoding: received, as: UTF8.self) }
            received += chunk[..<count]
        }
        return nil
    }

    /// Reads one response head and its Content-Length body; nil on close or after `seconds`.
    func readResponse(within seconds: Double = 10) -> (head: String, body: String)? {
        var received: [UInt8] = []
        let deadline = Date(timeIntervalSinceNow: seconds)
        while Date() < deadline {
            let text = String(decoding: received, as: UTF8.self)
            if let split = text.range(of: "\r\n\r\n") {
                let head = String(text[..<split.lowerBound])
                let length = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
                    .flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) } ?? 0
                let body = String(text[split.upperBound...])
                if body.utf8.count >= length { return (head, body) }
            }
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count <= 0 { return nil }
            received += chunk[..<count]
        }
        return nil
    }
}
