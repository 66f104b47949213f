import Logging
import MockHTTP
import ZohoLocking

/// The accounts server on the API's own origin: `POST /oauth/v2/token` and
/// `POST /oauth/v2/token/revoke` (§3.3–§3.4). Form fields are read from the
/// body and from the query string (Zoho's pages show both).
struct AccountsServer: Sendable {
    let oauth: OAuthService
    let logger: Logger

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
        let known = ["/oauth/v2/token", "/oauth/v2/token/revoke"]
        guard known.contains(request.path) else { return ZohoReply(refusal: .invalidURL) }
        guard request.method == "POST" else { return ZohoReply(refusal: .invalidRequestMethod) }
        let fields = Self.formFields(request)
        if request.path.hasSuffix("/revoke") { return try oauth.revoke(fields["token"]) }
        return try oauth.token(fields, apiDomain: Self.apiDomain(request))
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
    /// (the SDK would otherwise switch to Zoho's real servers, §3.5).
    static func apiDomain(_ request: HTTPRequest) -> String {
        "http://\(request.header("Host") ?? "127.0.0.1")"
    }
}
