import MockHTTP
import ZohoJSON
import ZohoLocking
import ZohoMockControlWire

extension ControlAPI {
    /// `GET /__mock/clock`.
    func showClock() -> HTTPResponse {
        Self.json(200, clockState)
    }

    /// `POST /__mock/clock`: `{"now": ISO}` freezes the clock there;
    /// `{"advance_seconds": N}` moves it, frozen or running (N may be negative).
    func setClock(_ request: HTTPRequest) throws -> HTTPResponse {
        switch try ClockChange(json: Self.jsonBody(request)) {
        case .freeze(let text):
            guard let time = ZohoDateTime.parse(text) else { throw ControlRefusal.badRequest(ClockChange.nowFormatMessage) }
            guard clock.freeze(at: time) else {
                throw ControlRefusal.badRequest("now must be between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z")
            }
        case .advance(let amount):
            guard clock.advance(by: amount) else {
                throw ControlRefusal.badRequest("advance_seconds would move the clock past year 9999 or before year 1")
            }
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
        return ClockState(now: ZohoDateTime.format(now, offsetSeconds: 0), epochSeconds: now, frozen: clock.isFrozen).json
    }
}
