import ZohoJSON

/// The catalog of the accounts server's refusals (`/oauth/v2/token` and
/// `/oauth/v2/token/revoke`). Their body is not the API's envelope but
/// `{"error": code}`; the token endpoint answers its refusals with HTTP 200,
/// as Zoho does, so that the SDK raises with the code.
public enum OAuthError: Error, Sendable, Equatable, CaseIterable {
    // Token endpoint
    case invalidClient
    case invalidClientSecret
    /// An unknown, used or expired grant code, or an unknown refresh token.
    case invalidCode
    case invalidRedirectURI
    case unsupportedGrantType

    /// Revocation of a token that is unknown, already revoked or not given.
    case invalidToken

    // The accounts server itself
    case invalidURL
    case invalidRequestMethod
    case internalError

    public var httpStatus: Int {
        switch self {
        case .invalidClient, .invalidClientSecret, .invalidCode, .invalidRedirectURI, .unsupportedGrantType: 200
        case .invalidToken: 400
        case .invalidURL: 404
        case .invalidRequestMethod: 405
        case .internalError: 500
        }
    }

    public var code: String {
        switch self {
        case .invalidClient: "invalid_client"
        case .invalidClientSecret: "invalid_client_secret"
        case .invalidCode: "invalid_code"
        case .invalidRedirectURI: "invalid_redirect_uri"
        case .unsupportedGrantType: "unsupported_grant_type"
        case .invalidToken: "invalid_token"
        case .invalidURL: "invalid_url"
        case .invalidRequestMethod: "invalid_request_method"
        case .internalError: "internal_error"
        }
    }
}

extension OAuthError: JSONRepresentable {
    /// `{"error": code}`; revocation adds `"status": "failure"`, beside its success's `"status": "success"`.
    public var json: JSONValue {
        switch self {
        case .invalidToken: .object(JSONObject([("error", .string(code)), ("status", "failure")]))
        default: .object(JSONObject([("error", .string(code))]))
        }
    }
}

extension ZohoReply {
    public init(refusal: OAuthError) {
        self.init(status: refusal.httpStatus, body: refusal.json)
    }
}
