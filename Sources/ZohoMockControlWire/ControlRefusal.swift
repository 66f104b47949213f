import ZohoJSON

/// A control request the emulator refuses: its status, and `{"error": message}` as the body.
public struct ControlRefusal: Error, Sendable, Equatable {
    public let status: Int
    public let message: String

    public init(status: Int, message: String) {
        self.status = status
        self.message = message
    }

    public static func badRequest(_ message: String) -> ControlRefusal { ControlRefusal(status: 400, message: message) }

    public var json: JSONValue { .object(JSONObject([("error", .string(message))])) }

    /// The message of a refusal body; nil when the body is not one.
    public static func message(in json: JSONValue) -> String? { json.objectValue?["error"]?.stringValue }
}
