import ASCIIBytes
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
    /// nil only when libmicrohttpd skipped the URI callback (it never does).
    let connection: ConnectionState?
    var headersSeen = false
    var body: [UInt8] = []
    var bodyTooLarge = false
    /// Body bytes received, kept or not.
    var receivedBytes = 0

    init(target: String, connection: ConnectionState?) {
        self.target = target
        self.connection = connection
    }
}

/// MHD_OPTION_NOTIFY_CONNECTION: a connection opened or is about to close.
let connectionNotified: cmhd_connection_notifier = { cls, connection, socketContext, code in
    guard let cls, let connection, let socketContext else { return }
    let server = Unmanaged<ServerContext>.fromOpaque(cls).takeUnretainedValue()
    if code == .CONNECTION_NOTIFY_STARTED {
        let state = server.connections.opened(socket: cmhd_connection_fd(connection), now: cmhd_monotonic_ms())
        socketContext.pointee = Unmanaged.passRetained(state).toOpaque()
    } else if let raw = socketContext.pointee {
        let state = Unmanaged<ConnectionState>.fromOpaque(raw)
        server.connections.closed(state.takeUnretainedValue())
        state.release()
        socketContext.pointee = nil
    }
}

/// MHD_OPTION_URI_LOG_CALLBACK: the first callback of a request, with the
/// request target exactly as sent (the access handler only gets it decoded).
let requestStarted: cmhd_uri_logger = { _, uri, connection in
    let target = uri.map { String(cString: $0) } ?? "/"
    let state = connection.flatMap(cmhd_socket_context).map { Unmanaged<ConnectionState>.fromOpaque($0).takeUnretainedValue() }
    // A connection the reaper cut stays cut: the access handler then refuses the request.
    _ = state?.advance(to: .receiving, now: cmhd_monotonic_ms())
    return Unmanaged.passRetained(RequestState(target: target, connection: state)).toOpaque()
}

let requestCompleted: MHD_RequestCompletedCallback = { _, _, conCls, _ in
    guard let conCls, let pointer = conCls.pointee else { return }
    let state = Unmanaged<RequestState>.fromOpaque(pointer)
    _ = state.takeUnretainedValue().connection?.advance(to: .idle, now: cmhd_monotonic_ms())
    state.release()
    conCls.pointee = nil
}

/// The access handler. libmicrohttpd calls it once when the headers are in,
/// then once per chunk of body, then once more with no data. Answering on
/// the first call would cost keep-alive, so the answer waits for the last.
/// A body over the limit is read and dropped (up to `drainBytes`), so a client
/// that sends all of it before reading still reads the 413; one declared past
/// that, or one waiting for `100 Continue`, is refused unread.
let accessHandler: MHD_AccessHandlerCallback = { cls, connection, _, method, _, uploadData, uploadDataSize, conCls in
    guard let cls, let connection, let conCls, let uploadDataSize else { return MHD_Result.NO }
    let server = Unmanaged<ServerContext>.fromOpaque(cls).takeUnretainedValue()
    let state: RequestState
    if let existing = conCls.pointee {
        state = Unmanaged<RequestState>.fromOpaque(existing).takeUnretainedValue()
    } else {
        state = RequestState(target: "/", connection: nil)
        conCls.pointee = Unmanaged.passRetained(state).toOpaque()
    }
    // Cut by the reaper: the request is never handled (nothing is applied unanswered).
    if state.connection?.isCut == true { return MHD_Result.NO }
    if !state.headersSeen {
        state.headersSeen = true
        if state.connection?.overCapacity == true { return respond(connection, server, state, method: methodName(method)) }
        if let length = headerValue(connection, "Content-Length").flatMap({ Int($0) }), length > server.maximumBodyBytes {
            state.bodyTooLarge = true
            if length > server.drainBytes || headerValue(connection, "Expect")?.lowercased() == "100-continue" {
                return respond(connection, server, state, method: methodName(method))
            }
        }
        return MHD_Result.YES
    }
    if uploadDataSize.pointee > 0 {
        let count = uploadDataSize.pointee
        uploadDataSize.pointee = 0
        state.receivedBytes += count
        if state.bodyTooLarge {
            // A chunked body has no declared length: past the drain bound, give up on it.
            return state.receivedBytes > server.drainBytes ? MHD_Result.NO : MHD_Result.YES
        }
        if state.receivedBytes > server.maximumBodyBytes {
            state.bodyTooLarge = true
            state.body = []
        } else if let uploadData {
            uploadData.withMemoryRebound(to: UInt8.self, capacity: count) { bytes in
                state.body.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
            }
        }
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
    // A connection cut while its request arrived is never handled: nothing is applied unanswered.
    if let connectionState = state.connection, !connectionState.advance(to: .processing, now: cmhd_monotonic_ms()) {
        return MHD_Result.NO
    }
    let target = RequestTarget(state.target)
    let overCapacity = state.connection?.overCapacity ?? false
    let request = HTTPRequest(
        method: method, path: target.path, rawQuery: target.rawQuery, query: target.queryItems,
        headers: collectHeaders(connection), body: state.body, bodyTooLarge: state.bodyTooLarge,
        overCapacity: overCapacity)
    let answer = server.handler.handle(request)
    if answer.dropConnection { return MHD_Result.NO }
    guard let response = makeResponse(answer) else { return MHD_Result.NO }
    defer { MHD_destroy_response(response) }
    for (name, value) in answer.headers {
        _ = MHD_add_response_header(response, name, value)
    }
    // Connections that are refused, left with unread body, or stopping are not kept alive.
    if overCapacity || state.bodyTooLarge || server.connections.isDraining {
        _ = MHD_add_response_header(response, "Connection", "close")
    }
    let queued = MHD_queue_response(connection, UInt32(answer.status), response)
    _ = state.connection?.advance(to: .sending, now: cmhd_monotonic_ms())
    return queued
}

private func makeResponse(_ answer: HTTPResponse) -> OpaquePointer? {
    guard let stream = answer.stream else {
        return answer.body.withUnsafeBytes { bytes in
            MHD_create_response_from_buffer(
                bytes.count, UnsafeMutableRawPointer(mutating: bytes.baseAddress), MHD_ResponseMemoryMode(rawValue: 2)!)
        }
    }
    let retained = Unmanaged.passRetained(stream).toOpaque()
    let response = MHD_create_response_from_callback(
        UInt64.max,  // MHD_SIZE_UNKNOWN: sent chunked
        64 * 1024, streamReader, retained, streamFinished)
    if response == nil { Unmanaged<HTTPBodyStream>.fromOpaque(retained).release() }
    return response
}

private let streamReader: MHD_ContentReaderCallback = { cls, _, buffer, capacity in
    guard let cls, let buffer else { return -2 }  // MHD_CONTENT_READER_END_WITH_ERROR
    let stream = Unmanaged<HTTPBodyStream>.fromOpaque(cls).takeUnretainedValue()
    guard let count = stream.read(into: UnsafeMutableRawBufferPointer(start: buffer, count: capacity)) else {
        return -1  // MHD_CONTENT_READER_END_OF_STREAM
    }
    return count
}

private let streamFinished: MHD_ContentReaderFreeCallback = { cls in
    guard let cls else { return }
    Unmanaged<HTTPBodyStream>.fromOpaque(cls).release()
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
    if UnsafeBufferPointer(start: bytes, count: length).containsNonASCII {
        return String(cString: key).lowercased()
    }
    return String(unsafeUninitializedCapacity: length) { buffer in
        for index in 0..<length {
            buffer[index] = bytes[index].asciiLowercased
        }
        return length
    }
}
