import MockHTTP
import Testing
import ZohoLocking

@testable import ZohoMockAPI

/// The accounts server's refusals: OAuth's, not Zoho's error JSON, and never
/// an authentication phase.
@Suite struct AccountsDispatchTests {
    let harness: EmulatorHarness

    init() throws { harness = try EmulatorHarness() }

    @Test(arguments: ["/oauth/v2/nothing", "/oauth/v2/token/", "/oauth/v3/token", "/oauth/v2/token/revoke/x"])
    func unknownPath_isInvalidURL(path: String) {
        let answer = harness.zoho("POST", path, token: nil)
        #expect(answer.status == 404)
        #expect(answer.text == #"{"error":"invalid_url"}"#)
    }

    @Test(arguments: ["GET", "PUT", "DELETE", "PATCH"])
    func wrongMethod_isInvalidRequestMethod(method: String) {
        for path in ["/oauth/v2/token", "/oauth/v2/token/revoke"] {
            let answer = harness.zoho(method, path, token: nil)
            #expect(answer.status == 405, "\(method) \(path)")
            #expect(answer.text == #"{"error":"invalid_request_method"}"#, "\(method) \(path)")
        }
    }

    @Test func tokenEndpoint_readsFormFields() {
        let answer = harness.send(HTTPRequest(
            method: "POST", path: "/oauth/v2/token", body: Array("grant_type=nonsense".utf8)))
        #expect(answer.status == 200)
        #expect(answer.text == #"{"error":"unsupported_grant_type"}"#)
    }

    /// An unknown token: the revocation's refusal, not the token endpoint's.
    @Test func revokeEndpoint_isTheRevokeOperation() {
        let answer = harness.send(HTTPRequest(method: "POST", path: "/oauth/v2/token/revoke", query: [("token", "1000.no.such")]))
        #expect(answer.status == 400)
        #expect(answer.text == #"{"error":"invalid_token","status":"failure"}"#)
    }
}
