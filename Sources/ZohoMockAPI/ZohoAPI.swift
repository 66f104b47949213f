import Logging
import MockHTTP
import ZohoLocking

/// Serves `/crm/{version}/...`: authenticate, route, check the version, run the
/// operation, and turn its reply or its error into HTTP in one place.
struct ZohoAPI: Sendable {
    let authenticator: Authenticator
    let router: Router<ZohoEndpoint>
    let logger: Logger

    func handle(_ request: HTTPRequest) -> HTTPResponse { answer(request).response }

    /// The response, and the caller's org once authentication passed (the journal records it).
    func answer(_ request: HTTPRequest) -> APIAnswer {
        var orgID: ZohoID?
        do {
            return APIAnswer(response: Self.response(for: try reply(to: request, orgID: &orgID)), orgID: orgID)
        } catch let error as ZohoError {
            return APIAnswer(response: Self.response(for: ZohoReply(error: error)), orgID: orgID)
        } catch {
            logger.logFailure(error, "internal error on \(request.method) \(request.path)")
            return APIAnswer(response: Self.response(for: ZohoReply(error: .internalError)), orgID: orgID)
        }
    }

    /// The phases in the order of Zoho's checks (docs/zoho-api.md#errors): authentication,
    /// URL pattern, method, version, OAuth scope; the operation checks module, ids and the rest.
    private func reply(to request: HTTPRequest, orgID: inout ZohoID?) throws -> ZohoReply {
        if request.bodyTooLarge { throw ZohoError.requestEntityTooLarge(maximumBytes: EmulatorDefaults.maximumBodyBytes) }
        let caller = try authenticator.caller(for: request)
        orgID = caller.org.id
        switch router.match(method: request.method, segments: request.pathSegments) {
        case .notFound:
            throw ZohoError.invalidURLPattern
        case .methodNotAllowed:
            throw ZohoError.invalidRequestMethod
        case .found(let endpoint, let parameters):
            try APIVersion.check(parameters["version"] ?? "")
            let query = QueryParameters(request.query)
            let module = parameters["module"] ?? query["module"]
            guard endpoint.scope.isSatisfied(by: caller.grantedScopes, module: module) else {
                throw ZohoError.oauthScopeMismatch
            }
            return try endpoint.run(ZohoRequest(http: request, caller: caller, path: parameters, query: query))
        }
    }

    static func response(for reply: ZohoReply) -> HTTPResponse {
        .json(status: reply.status, body: reply.bytes)
    }
}
