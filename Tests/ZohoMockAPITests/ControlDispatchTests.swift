import MockHTTP
import Testing
import ZohoLocking

@testable import ZohoMockAPI

/// The control API's phases, in order: control token, body too large, route.
@Suite struct ControlDispatchTests {
    @Test func unknownPath_is404() throws {
        let answer = try EmulatorHarness().send(HTTPRequest(method: "GET", path: "/__mock/nothing"))
        #expect(answer.status == 404)
        #expect(answer.text == #"{"error":"no control endpoint /__mock/nothing"}"#)
    }

    /// `/__mock/` with nothing after it is the control API's path, not Zoho's.
    @Test func mountWithTrailingSlash_isAControlPath() throws {
        let answer = try EmulatorHarness().send(HTTPRequest(method: "GET", path: "/__mock/"))
        #expect(answer.status == 404)
        #expect(answer.text == #"{"error":"no control endpoint /__mock/"}"#)
    }

    @Test func wrongMethod_is405() throws {
        let answer = try EmulatorHarness().send(HTTPRequest(method: "PUT", path: "/__mock/clock"))
        #expect(answer.status == 405)
        #expect(answer.text == #"{"error":"PUT is not supported on /__mock/clock"}"#)
    }

    @Test func missingControlToken_is401_beforeTheRoute() throws {
        let harness = try EmulatorHarness(controlToken: "secret")
        for request in [
            HTTPRequest(method: "GET", path: "/__mock/nothing"),
            HTTPRequest(method: "GET", path: "/__mock/health", headers: ["Authorization": "Bearer wrong"]),
            HTTPRequest(method: "POST", path: "/__mock/fixtures", bodyTooLarge: true),
        ] {
            let answer = harness.send(request)
            #expect(answer.status == 401, "\(request.path)")
            #expect(answer.text == #"{"error":"the control API needs Authorization: Bearer <control token>"}"#)
        }
        let allowed = harness.send(HTTPRequest(method: "GET", path: "/__mock/health", headers: ["Authorization": "Bearer secret"]))
        #expect(allowed.status == 200)
        #expect(allowed.text == #"{"status":"ok"}"#)
    }

    @Test func tooLargeBody_is413_beforeTheRoute() throws {
        let answer = try EmulatorHarness().send(HTTPRequest(method: "GET", path: "/__mock/nothing", bodyTooLarge: true))
        #expect(answer.status == 413)
        #expect(answer.text == #"{"error":"the request body is larger than 1048576 bytes"}"#)
    }

    @Test func pathParameter_reachesTheOperation() throws {
        let answer = try EmulatorHarness().send(HTTPRequest(method: "DELETE", path: "/__mock/faults/77"))
        #expect(answer.status == 404)
        #expect(answer.text == #"{"error":"no fault rule 77"}"#)
    }

    /// Control requests are neither journaled nor subject to fault rules.
    @Test func controlRequests_bypassTheGateway() throws {
        let harness = try EmulatorHarness()
        _ = harness.send(HTTPRequest(method: "GET", path: "/__mock/health"))
        let journal = harness.send(HTTPRequest(method: "GET", path: "/__mock/requests"))
        #expect(journal.status == 200)
        #expect(journal.response.stream != nil)
    }
}
