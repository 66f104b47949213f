import MockHTTP
import Testing
import ZohoLocking

@testable import ZohoMockAPI

/// The Zoho API's phases, in order: body too large, authentication, route,
/// version, scope, then the operation. Each refusal with its exact body.
@Suite struct ZohoAPIDispatchTests {
    let harness: EmulatorHarness
    let lockList = "/crm/v7/Leads/\(EmulatorHarness.lockedLead)/Locking_Information__s"

    init() throws { harness = try EmulatorHarness() }

    @Test func unknownPath_isInvalidURLPattern() {
        let answer = harness.zoho("GET", "/crm/v7/settings/nothing/here/at/all")
        #expect(answer.status == 404)
        #expect(answer.text == #"{"code":"INVALID_URL_PATTERN","details":{},"message":"Please check if the URL trying to access is a correct one","status":"error"}"#)
        #expect(answer.response.headers.contains { $0 == ("Content-Type", "application/json;charset=UTF-8") })
    }

    /// `/__mock` and `/oauth` without a further segment are not their surfaces' paths.
    @Test(arguments: ["/__mock", "/oauth", "/", "/crm", "/nowhere/at/all"])
    func pathOutsideEverySurface_isTheZohoAPIs(path: String) {
        #expect(harness.zoho("GET", path).json?.objectValue?["code"] == "INVALID_URL_PATTERN")
        #expect(harness.zoho("GET", path, token: nil).json?.objectValue?["code"] == "AUTHENTICATION_FAILURE")
    }

    @Test func wrongMethod_isInvalidRequestMethod() {
        let answer = harness.zoho("PATCH", lockList)
        #expect(answer.status == 403)
        #expect(answer.text == #"{"code":"INVALID_REQUEST_METHOD","details":{},"message":"The http request method type is not a valid one","status":"error"}"#)
    }

    /// `settings/fields` owns its path for every method: a POST is the wrong
    /// method there, not a record insert into a module called `settings`.
    @Test func literalRouteOwnsItsPathForEveryMethod() {
        #expect(harness.zoho("POST", "/crm/v7/settings/fields").json?.objectValue?["code"] == "INVALID_REQUEST_METHOD")
        #expect(harness.zoho("DELETE", "/crm/v7/users").json?.objectValue?["code"] == "INVALID_REQUEST_METHOD")
    }

    @Test(arguments: ["v1", "v2", "v2.1"])
    func olderVersion_isAPINotSupported(version: String) {
        let answer = harness.zoho("GET", "/crm/\(version)/org")
        #expect(answer.status == 400)
        #expect(answer.json == [
            "code": "API_NOT_SUPPORTED", "details": ["supported_version": 3],
            "message": "the API is not supported in this version", "status": "error",
        ])
    }

    /// A version Zoho never had is no URL of the API, checked after the route matched.
    @Test(arguments: ["v9", "latest", "V7"])
    func unknownVersion_isInvalidURLPattern(version: String) {
        #expect(harness.zoho("GET", "/crm/\(version)/org").json?.objectValue?["code"] == "INVALID_URL_PATTERN")
        #expect(harness.zoho("PATCH", "/crm/\(version)/org").json?.objectValue?["code"] == "INVALID_REQUEST_METHOD")
    }

    @Test func scopeMismatch_isOAuthScopeMismatch() {
        // The read-only token of the seed lacks the create scope of a lock.
        let answer = harness.zoho("POST", lockList, token: "1000.readonly.token", body: #"{"data":[{"Locked_Reason__s":"x"}]}"#)
        #expect(answer.status == 401)
        #expect(answer.json == [
            "code": "OAUTH_SCOPE_MISMATCH", "details": [:], "message": "invalid oauth scope to access this URL",
            "status": "error",
        ])
    }

    @Test func tooLargeBody_isRefusedBeforeAuthentication() {
        let answer = harness.zoho("POST", "/nowhere", token: nil, bodyTooLarge: true)
        #expect(answer.status == 413)
        #expect(answer.json == [
            "code": "REQUEST_ENTITY_TOO_LARGE", "details": ["maximum_size": 1_048_576],
            "message": "the request body is larger than the allowed size", "status": "error",
        ])
    }

    @Test func phasesApplyInOrder() {
        let readOnly = "1000.readonly.token"
        #expect(harness.zoho("PATCH", "/crm/v2/Nope/x/y", token: nil).json?.objectValue?["code"] == "AUTHENTICATION_FAILURE")
        #expect(harness.zoho("PATCH", "/crm/v2/Nope/x/y", token: "1000.unknown").json?.objectValue?["code"] == "INVALID_TOKEN")
        #expect(harness.zoho("PATCH", "/crm/v2/Nope/x/y", token: readOnly).json?.objectValue?["code"] == "INVALID_URL_PATTERN")
        let lockPathV2 = "/crm/v2/Nope/x/Locking_Information__s"
        #expect(harness.zoho("PATCH", lockPathV2, token: readOnly).json?.objectValue?["code"] == "INVALID_REQUEST_METHOD")
        #expect(harness.zoho("POST", lockPathV2, token: readOnly).json?.objectValue?["code"] == "API_NOT_SUPPORTED")
        let lockPathV7 = "/crm/v7/Nope/x/Locking_Information__s"
        #expect(harness.zoho("POST", lockPathV7, token: readOnly).json?.objectValue?["code"] == "OAUTH_SCOPE_MISMATCH")
        #expect(harness.zoho("POST", lockPathV7).json?.objectValue?["code"] == "INVALID_MODULE")
    }

    @Test func matchedRoute_runsItsOperation() {
        let answer = harness.zoho("GET", "/crm/v7/org")
        #expect(answer.status == 200)
        #expect(answer.json?.objectValue?["org"]?.arrayValue?.first?.objectValue?["id"] == .string(EmulatorHarness.seedOrgID))
    }
}
