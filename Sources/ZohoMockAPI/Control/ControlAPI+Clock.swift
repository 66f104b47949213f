import MockHTTP
import ZohoJSON
import ZohoLocking

extension ControlAPI {
    /// `GET /__mock/clock`.
    func showClock() -> HTTPResponse {
        Self.json(200, clockState)
    }

    /// `POST /__mock/clock`: `{"now": ISO}` freezes the clock there;
    /// `{"advance_seconds": N}` moves it, frozen or running (N may be negative).
    func setClock(_ request: HTTPRequest) throws -> HTTPResponse {
        guard case .object(let body) = try Self.jsonBody(request) else {
            throw ControlError.badRequest(#"the body must be {"now": "<ISO date-time>"} or {"advance_seconds": N}"#)
        }
        if let unknown = body.keys.first(where: { $0 != "now" && $0 != "advance_seconds" }) {
            throw ControlError.badRequest("unknown key \(unknown); the clock takes now or advance_seconds")
        }
        switch (body["now"], body["advance_seconds"]) {
        case (let now?, nil):
            guard let text = now.stringValue, let time = ZohoDateTime.parse(text) else {
                throw ControlError.badRequest("now must be an ISO-8601 date-time with Z or an offset, e.g. 2024-01-01T09:00:00Z")
            }
            guard clock.freeze(at: time) else {
                throw ControlError.badRequest("now must be between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z")
            }
        case (nil, let seconds?):
            guard let amount = seconds.numberValue?.int64Value else {
                throw ControlError.badRequest("advance_seconds must be an integer")
            }
            guard clock.advance(by: amount) else {
                throw ControlError.badRequest("advance_seconds would move the clock past year 9999 or before year 1")
            }
        default:
            throw ControlError.badRequest("give exactly one of now and advance_seconds")
        }
        return Self.json(200, clockState)
    }

    /// `DELETE /__mock/clock`: back to real time.
    func releaseClock() -> HTTPResponse {
        clock.release()
        return Self.json(200, clockState)
    }

    private var clockState: JSONValue {
        let now = clock.now()
        return .object(JSONObject([
            ("now", .string(ZohoDateTime.format(now, offsetSeconds: 0))), ("epoch_seconds", .int64(now)),
            ("frozen", .bool(clock.isFrozen)),
        ]))
    }
}
