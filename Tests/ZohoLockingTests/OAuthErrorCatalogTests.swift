import Testing
import ZohoLocking

/// Every refusal of the accounts server, with the literal status and body it answers with.
struct OAuthErrorCatalogTests {
    struct Entry: Sendable, CustomTestStringConvertible {
        let error: OAuthError
        let httpStatus: Int
        /// The body as compact JSON, so key order counts too.
        let body: String

        var testDescription: String { "\(error)" }
    }

    static let catalog: [Entry] = [
        // The token endpoint answers its refusals with 200, as Zoho does.
        Entry(error: .invalidClient, httpStatus: 200, body: #"{"error":"invalid_client"}"#),
        Entry(error: .invalidClientSecret, httpStatus: 200, body: #"{"error":"invalid_client_secret"}"#),
        Entry(error: .invalidCode, httpStatus: 200, body: #"{"error":"invalid_code"}"#),
        Entry(error: .invalidRedirectURI, httpStatus: 200, body: #"{"error":"invalid_redirect_uri"}"#),
        Entry(error: .unsupportedGrantType, httpStatus: 200, body: #"{"error":"unsupported_grant_type"}"#),
        Entry(error: .invalidToken, httpStatus: 400, body: #"{"error":"invalid_token","status":"failure"}"#),
        Entry(error: .invalidURL, httpStatus: 404, body: #"{"error":"invalid_url"}"#),
        Entry(error: .invalidRequestMethod, httpStatus: 405, body: #"{"error":"invalid_request_method"}"#),
        Entry(error: .internalError, httpStatus: 500, body: #"{"error":"internal_error"}"#),
    ]

    @Test(arguments: catalog)
    func refusal_hasItsStatusAndBody(_ entry: Entry) {
        let reply = ZohoReply(refusal: entry.error)
        #expect(reply.status == entry.httpStatus)
        #expect(String(decoding: reply.bytes, as: UTF8.self) == entry.body)
        #expect(entry.body.contains(#""error":"\#(entry.error.code)""#))
    }

    @Test func catalog_coversEveryRefusal() {
        #expect(Self.catalog.map(\.error) == OAuthError.allCases)
    }
}
