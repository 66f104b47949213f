import ASCIIBytes

/// One complete HTTP request, as the handler sees it.
public struct HTTPRequest: Sendable {
    public let method: String
    /// The path, percent-decoded, without the query.
    public let path: String
    /// The query string as sent (after `?`), still encoded.
    public let rawQuery: String
    /// Decoded query parameters in order; `+` decodes to a space, as in forms.
    public let query: [(name: String, value: String)]
    /// Header names lower-cased.
    public let headers: HTTPHeaders
    public let body: [UInt8]
    /// The body went past the server's limit and was not kept.
    public let bodyTooLarge: Bool
    /// The connection opened past the connection limit: answer with a refusal, it then closes.
    public let overCapacity: Bool

    public init(
        method: String, path: String, rawQuery: String = "", query: [(name: String, value: String)] = [],
        headers: HTTPHeaders = [:], body: [UInt8] = [], bodyTooLarge: Bool = false, overCapacity: Bool = false
    ) {
        self.method = method
        self.path = path
        self.rawQuery = rawQuery
        self.query = query
        self.headers = headers
        self.body = body
        self.bodyTooLarge = bodyTooLarge
        self.overCapacity = overCapacity
    }

    public func header(_ name: String) -> String? { headers[name.lowercased()] }

    /// Path segments after the leading slash (`/a/b` → `["a", "b"]`).
    public var pathSegments: [String] {
        // Split as bytes when the path is ASCII (cheap, and the same result);
        // otherwise by Character, where `/` followed by a combining mark is no separator.
        let asciiSegments = path.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            guard !bytes.containsNonASCII else { return nil }
            return bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).dropFirst().map {
                String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self)
            }
        }
        if let asciiSegments = asciiSegments ?? nil { return asciiSegments }
        return path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
    }
}

/// A request's headers, names lower-cased. Kept as sent, in order: a request
/// carries a few and each is read once or twice, which a scan does for less
/// than building and hashing a dictionary. A repeated name reads as its last value.
public struct HTTPHeaders: Sendable, ExpressibleByDictionaryLiteral {
    private var fields: [(name: String, value: String)] = []

    public init(dictionaryLiteral elements: (String, String)...) {
        for (name, value) in elements { append(name: name.lowercased(), value: value) }
    }

    init(capacity: Int) { fields.reserveCapacity(capacity) }

    /// `name` must already be lower-case.
    mutating func append(name: String, value: String) { fields.append((name, value)) }

    /// The value of a lower-case header name.
    public subscript(name: String) -> String? { fields.last(where: { $0.name == name })?.value }
}

/// An HTTP answer. `dropConnection` closes the socket without answering
/// (fault injection). With `stream` the body is made piece by piece while it
/// is sent (chunked), so a long answer never sits in memory whole.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: [(String, String)]
    public var body: [UInt8]
    public var dropConnection: Bool
    public var stream: HTTPBodyStream?

    public init(status: Int, headers: [(String, String)] = [], body: [UInt8] = [], dropConnection: Bool = false) {
        self.status = status
        self.headers = headers
        self.body = body
        self.dropConnection = dropConnection
    }

    public static let jsonContentType = "application/json;charset=UTF-8"

    /// A JSON answer; Zoho sends the JSON content type even on 204.
    public static func json(status: Int, body: [UInt8]) -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Content-Type", jsonContentType)], body: body)
    }

    public static let dropped = HTTPResponse(status: 0, dropConnection: true)

    /// A JSON answer written while it is sent.
    public static func jsonStream(status: Int, _ stream: HTTPBodyStream) -> HTTPResponse {
        var response = HTTPResponse(status: status, headers: [("Content-Type", jsonContentType)])
        response.stream = stream
        return response
    }
}

/// A body made in pieces: `next` is called on the sending connection's thread,
/// one call at a time, until it returns nil.
public final class HTTPBodyStream: @unchecked Sendable {
    // Safe: libmicrohttpd calls the reader of one response on one thread at a time.
    private let next: () -> [UInt8]?
    private var piece: [UInt8] = []
    private var offset = 0

    public init(_ next: @escaping () -> [UInt8]?) { self.next = next }

    /// Copies up to `capacity` bytes into `buffer`; nil at the end of the body.
    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int? {
        while offset == piece.count {
            guard let more = next() else { return nil }
            piece = more
            offset = 0
        }
        let count = min(buffer.count, piece.count - offset)
        piece.withUnsafeBytes { bytes in
            buffer.baseAddress!.copyMemory(from: bytes.baseAddress! + offset, byteCount: count)
        }
        offset += count
        return count
    }
}

/// What the server calls for every request, on libmicrohttpd's threads.
public protocol HTTPHandler: Sendable {
    func handle(_ request: HTTPRequest) -> HTTPResponse
}
