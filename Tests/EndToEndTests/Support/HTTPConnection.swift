import Foundation
import ZohoJSON

#if canImport(Glibc)
    import Glibc
#endif

/// A minimal blocking HTTP/1.1 client over one TCP connection, so tests can
/// check keep-alive, send malformed bytes and see exactly what the server says.
final class HTTPConnection {
    private let socketFD: Int32
    private var buffer: [UInt8] = []

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    init(port: UInt16, host: String = "127.0.0.1", timeoutSeconds: Int = 15) throws {
        // The descriptor is the object's only once connected: a class whose init throws
        // after its stored properties are set runs deinit, which would close it a second
        // time (then it may be another test's socket, reused by the kernel).
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketFD >= 0 else { throw Failure(description: "socket() failed") }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(socketFD, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        inet_pton(AF_INET, host, &address.sin_addr)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            close(socketFD)
            throw Failure(description: "connect to \(host):\(port) failed")
        }
        self.socketFD = socketFD
    }

    deinit { close(socketFD) }

    func sendRaw(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { send(socketFD, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { throw Failure(description: "send failed") }
            offset += sent
        }
    }

    func request(
        _ method: String, _ target: String, headers: [(String, String)] = [], body: [UInt8]? = nil
    ) throws -> TestResponse {
        var head = "\(method) \(target) HTTP/1.1\r\nHost: localhost\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if let body { head += "Content-Length: \(body.count)\r\n" }
        head += "\r\n"
        try sendRaw(Array(head.utf8) + (body ?? []))
        return try readResponse(forHead: method == "HEAD")
    }

    /// Reads one response; bodies are framed by Content-Length, or chunked (streamed answers).
    func readResponse(forHead: Bool = false) throws -> TestResponse {
        let headEnd = try readUntilHeadEnd()
        let head = String(decoding: buffer[..<headEnd], as: UTF8.self)
        buffer.removeFirst(headEnd + 4)
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else {
            throw Failure(description: "bad status line in \(head)")
        }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        if !forHead, headers["transfer-encoding"]?.lowercased() == "chunked" {
            return TestResponse(status: status, headers: headers, body: try readChunks())
        }
        let length = forHead ? 0 : Int(headers["content-length"] ?? "0") ?? 0
        return TestResponse(status: status, headers: headers, body: try take(length))
    }

    private func take(_ count: Int) throws -> [UInt8] {
        while buffer.count < count { try fill() }
        let bytes = Array(buffer[..<count])
        buffer.removeFirst(count)
        return bytes
    }

    private func readLine() throws -> String {
        while true {
            if let end = Self.find([13, 10], in: buffer) {
                let line = String(decoding: buffer[..<end], as: UTF8.self)
                buffer.removeFirst(end + 2)
                return line
            }
            try fill()
        }
    }

    private func readChunks() throws -> [UInt8] {
        var body: [UInt8] = []
        while true {
            let sizeText = try readLine().split(separator: ";").first.map(String.init) ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else {
                throw Failure(description: "bad chunk size \(sizeText)")
            }
            if size == 0 {
                while try !readLine().isEmpty {}  // trailers
                return body
            }
            body += try take(size)
            _ = try take(2)
        }
    }

    /// True when the server has closed the connection (reads return EOF).
    func isClosedByPeer() -> Bool {
        var byte: UInt8 = 0
        return recv(socketFD, &byte, 1, 0) == 0
    }

    private func readUntilHeadEnd() throws -> Int {
        while true {
            if let end = Self.find([13, 10, 13, 10], in: buffer) { return end }
            try fill()
        }
    }

    private func fill() throws {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = recv(socketFD, &chunk, chunk.count, 0)
        guard count > 0 else { throw Failure(description: count == 0 ? "connection closed" : "recv failed (timeout?)") }
        buffer.append(contentsOf: chunk[..<count])
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start..<start + needle.count].elementsEqual(needle) {
            return start
        }
        return nil
    }
}

/// A response as the test sees it.
struct TestResponse {
    let status: Int
    let headers: [String: String]
    let body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }

    /// The body as JSON, or `.null` when it is empty or not JSON.
    var json: JSONValue { (try? JSONParser.parse(body)) ?? .null }

    /// The keys of the top-level object, sorted.
    var keys: [String] { json.objectValue?.keys.sorted() ?? [] }
}

extension JSONValue {
    /// `value["data", 0, "id"]`: nil when any step is missing.
    subscript(path: Any...) -> JSONValue? {
        var current: JSONValue? = self
        for step in path {
            switch (current, step) {
            case (.object(let object)?, let key as String): current = object[key]
            case (.array(let items)?, let index as Int): current = index < items.count ? items[index] : nil
            default: return nil
            }
        }
        return current
    }

    var sortedKeys: [String] { objectValue?.keys.sorted() ?? [] }
}
