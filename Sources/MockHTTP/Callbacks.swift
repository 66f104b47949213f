import CMicroHTTPD

// libmicrohttpd's C callbacks. They run on libmicrohttpd's threads, so they are
// plain nonisolated functions (a closure in top-level code would be main-actor
// isolated and trap there). `cls` is the server's `ServerContext`, retained by
// `HTTPServer` until the daemon has stopped; `*con_cls` is the request's
// `RequestState`, retained from `requestStarted` until `requestCompleted`.

/// Per-request state, living in libmicrohttpd's `*con_cls`. Only the thread
/// serving the connection touches it, one callback at a time.
final class RequestState {
    let target: String
    var headersSeen = false
    var body: [UInt8] = []
    var bodyTooLarge = false

    init(target: String) { self.target = target }
}

/// MHD_OPTION_URI_LOG_CALLBACK: the first callback of a request, with the
/// request target exactly as sent (the access handler only gets it decoded).
let requestStarted: cmhd_uri_logger = { _, uri, _ in
    let target = uri.map { String(cString: $0) } ?? "/"
    return Unmanaged.passRetained(RequestState(target: target)).toOpaque()
}

let requestCompleted: MHD_RequestCompletedCallback = { _, _, conCls, _ in
    guard let conCls, let state = conCls.pointee else { return }
    Unmanaged<RequestState>.fromOpaque(state).release()
    conCls.pointee = nil
}

/// The access handler. libmicrohttpd calls it once when the headers are in,
/// then once per chunk of body, then once more with no data. Answering on
/// the first call would cost keep-alive, so the answer waits for the last,
/// except for a declared body over the limit, which is refused unread.
let accessHandler: MHD_AccessHandlerCallback = { cls, connection, _, method, _, uploadData, uploadDataSize, conCls in
    guard let cls, let connection, let conCls, let uploadDataSize else { return MHD_Result.NO }
    let server = Unmanaged<ServerContext>.fromOpaque(cls).takeUnretainedValue()
    let state: RequestState
    if let existing = conCls.pointee {
        state = Unmanaged<RequestState>.fromOpaque(existing).takeUnretainedValue()
    } else {
        state = RequestState(target: "/")
        conCls.pointee = Unmanaged.passRetained(state).toOpaque()
    }
    if !state.headersSeen {
        state.headersSeen = true
        if let length = headerValue(connection, "Content-Length").flatMap({ Int($0) }), length > server.maximumBodyBytes {
            state.bodyTooLarge = true
            return respond(connection, server, state, method: methodName(method))
        }
        return MHD_Result.YES
    }
    if uploadDataSize.pointee > 0 {
        let count = uploadDataSize.pointee
        if !state.bodyTooLarge, let uploadData {
            if state.body.count + count > server.maximumBodyBytes {
                // Chunked bodies have no declared length: stop keeping them once over.
                state.bodyTooLarge = true
                state.body = []
            } else {
                uploadData.withMemoryRebound(to: UInt8.self, capacity: count) { bytes in
                    state.body.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
                }
            }
        }
        uploadDataSize.pointee = 0
        return MHD_Result.YES
    }
    return respond(connection, server, state, method: methodName(method))
}

private func methodName(_ method: UnsafePointer<CChar>?) -> String {
    method.map { String(cString: $0) } ?? "GET"
}

private func respond(_ connection: OpaquePointer, _ server: ServerContext, _ state: RequestState, method: String)
    -> MHD_Result
{
    let target = RequestTarget(state.target)
    let request = HTTPRequest(
        method: method, path: target.path, rawQuery: target.rawQuery, query: target.queryItems,
        headers: collectHeaders(connection), body: state.body, bodyTooLarge: state.bodyTooLarge)
    let answer = server.handler.handle(request)
    if answer.dropConnection { return MHD_Result.NO }
    let response = answer.body.withUnsafeBytes { bytes in
        MHD_create_response_from_buffer(
            bytes.count, UnsafeMutableRawPointer(mutating: bytes.baseAddress), MHD_ResponseMemoryMode(rawValue: 2)!)
    }
    guard let response else { return MHD_Result.NO }
    defer { MHD_destroy_response(response) }
    for (name, value) in answer.headers {
        _ = MHD_add_response_header(response, name, value)
    }
    return MHD_queue_response(connection, UInt32(answer.status), response)
}

private func headerValue(_ connection: OpaquePointer, _ name: String) -> String? {
    MHD_lookup_connection_value(connection, MHD_ValueKind.HEADER_KIND, name).map { String(cString: $0) }
}

/// Every request header, names lower-cased (HTTP names are case-insensitive).
private func collectHeaders(_ connection: OpaquePointer) -> HTTPHeaders {
    var headers = HTTPHeaders(capacity: 8)
    // The callback is synchronous: `headers` outlives every call made through the pointer.
    withUnsafeMutablePointer(to: &headers) { pointer in
        _ = MHD_get_connection_values(connection, MHD_ValueKind.HEADER_KIND, { cls, _, key, value in
            guard let cls, let key else { return MHD_Result.YES }
            let headers = cls.assumingMemoryBound(to: HTTPHeaders.self)
            headers.pointee.append(name: lowercasedHeaderName(key), value: value.map { String(cString: $0) } ?? "")
            return MHD_Result.YES
        }, pointer)
    }
    return headers
}

/// A header name lower-cased; ASCII (every real header name) without going through
/// Unicode case mapping, which costs more than the rest of reading the header.
private func lowercasedHeaderName(_ key: UnsafePointer<CChar>) -> String {
    let length = strlen(key)
    let bytes = UnsafeRawPointer(key).assumingMemoryBound(to: UInt8.self)
    if UnsafeBufferPointer(start: bytes, count: length).contains(where: { $0 >= 0x80 }) {
        return String(cString: key).lowercased()
    }
    return String(unsafeUninitializedCapacity: length) { buffer in
        for index in 0..<length {
            let byte = bytes[index]
            buffer[index] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
        }
        return length
    }
}
