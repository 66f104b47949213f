import Foundation
import ZohoJSON

/// The emulator's clock (`/__mock/clock`), as every clock endpoint answers it.
public struct ClockState: Sendable, Equatable {
    /// ISO-8601 in UTC.
    public var now: String
    public var epochSeconds: Int64
    public var frozen: Bool

    public init(now: String, epochSeconds: Int64, frozen: Bool) {
        self.now = now
        self.epochSeconds = epochSeconds
        self.frozen = frozen
    }

    public init?(json: JSONValue) {
        guard let object = json.objectValue, let now = object["now"]?.stringValue,
            let seconds = object["epoch_seconds"]?.numberValue?.int64Value, let frozen = object["frozen"]?.boolValue
        else { return nil }
        self.init(now: now, epochSeconds: seconds, frozen: frozen)
    }

    public var date: Date { Date(timeIntervalSince1970: TimeInterval(epochSeconds)) }

    public var json: JSONValue {
        .object(JSONObject([("now", .string(now)), ("epoch_seconds", .int64(epochSeconds)), ("frozen", .bool(frozen))]))
    }
}

/// What `POST /__mock/clock` asks: freeze at a date-time, or move by seconds
/// (frozen or running; negative goes back).
public enum ClockChange: Sendable, Equatable {
    /// ISO-8601 with `Z` or an offset.
    case freeze(at: String)
    case advance(seconds: Int64)

    public static let nowKey = "now"
    public static let advanceKey = "advance_seconds"
    /// The refusal of a `now` that is not an ISO-8601 date-time.
    public static let nowFormatMessage =
        "now must be an ISO-8601 date-time with Z or an offset, e.g. 2024-01-01T09:00:00Z"

    /// Reads the body as the server receives it; the date-time itself the server checks.
    public init(json: JSONValue) throws(ControlRefusal) {
        guard case .object(let body) = json else {
            throw .badRequest(#"the body must be {"now": "<ISO date-time>"} or {"advance_seconds": N}"#)
        }
        if let unknown = body.keys.first(where: { $0 != Self.nowKey && $0 != Self.advanceKey }) {
            throw .badRequest("unknown key \(unknown); the clock takes now or advance_seconds")
        }
        switch (body[Self.nowKey], body[Self.advanceKey]) {
        case (let now?, nil):
            guard let text = now.stringValue else { throw .badRequest(Self.nowFormatMessage) }
            self = .freeze(at: text)
        case (nil, let seconds?):
            guard let amount = seconds.numberValue?.int64Value else {
                throw .badRequest("advance_seconds must be an integer")
            }
            self = .advance(seconds: amount)
        default:
            throw .badRequest("give exactly one of now and advance_seconds")
        }
    }

    public var json: JSONValue {
        switch self {
        case .freeze(let iso): .object(JSONObject([(Self.nowKey, .string(iso))]))
        case .advance(let seconds): .object(JSONObject([(Self.advanceKey, .int64(seconds))]))
        }
    }
}
