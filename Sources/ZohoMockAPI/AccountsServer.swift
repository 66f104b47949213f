import Logging
import MockHTTP
import ZohoLocking

/// The accounts server on the API's own origin (its endpoints are in
/// `AccountsEndpoints`), with OAuth's refusals rather than Zoho's error JSON.
struct AccountsServer: Sendable {
    let oauth: OAuthService
    /// The accounts part of the endpoint table.
    let routes: Router<Operation>
    let logger: Logger

    typealias Operation = @Sendable (AccountsServer, HTTPRequest) throws -> ZohoReply

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        let reply: ZohoReply
        do {
            reply = try answer(request)
        } catch {
            logger.logFailure(error, "accounts server failure on \(request.path)")
            reply = ZohoReply(refusal: .internalError)
        }
        return ZohoAPI.response(for: reply)
    }

    private func answer(_ request: HTTPRequest) throws -> ZohoReply {
        switch routes.match(method: request.method, segments: request.pathSegments) {
        case .notFound: return ZohoReply(refusal: .invalidURL)
        case .methodNotAllowed: return ZohoReply(refusal: .invalidRequestMethod)
        case .found(let operation, _): return try operation(self, request)
        }
    }

    /// Query-string fields, overridden by body fields.
    static func formFields(_ request: HTTPRequest) -> [String: String] {
        var fields: [String: String] = [:]
        for (name, value) in request.query { fields[name] = value }
        let body = String(decoding: request.body, as: UTF8.self)
        for (name, value) in RequestTarget.parseForm(body) { fields[name] = value }
        return fields
    }

    /// The base URL the client reached us at, so `api_domain` sends it back to us
    /// (the SDK would otherwise switch to Zoho's real servers).
    static func apiDomain(_ request: HTTPRequest) -> String {
        "http://\(request.header("Host") ?? "127.0.0.1")"
    }
}
