import ZohoJSON

/// An element of a configuration body, read as far as it can be without the
/// org: a JSON object whose `lock_type` (mandatory, except in fixtures),
/// `feature_type` and `locked_for` are valid. These are the first checks
/// `ConfigurationEditor.apply` makes, so the services read every element before
/// they take the store's lock, and the transaction passes over the elements
/// that fail them with the same error.
public struct ConfigurationElement: Sendable {
    public let body: JSONObject
    public let lockType: LockType?
    public let lockedFor: LockedFor?

    /// `path` is the element's JSON path, e.g. `$.record_locking_configurations[0]`.
    public init(_ item: JSONValue, at path: String, mode: ConfigurationEditor.Mode) throws(ZohoError) {
        guard case .object(let body) = item else {
            throw .invalidDataType(apiName: "record_locking_configurations", jsonPath: path, expected: "jsonobject")
        }
        self.body = body
        if let value = ConfigurationEditor.present(body, "lock_type") {
            lockType = try Self.oneOf(value, LockType.self, .lockType, "\(path).lock_type")
        } else if mode != .fixture {
            throw .mandatoryNotFound(apiName: "lock_type", jsonPath: "\(path).lock_type")
        } else {
            lockType = nil
        }
        if let value = ConfigurationEditor.present(body, "feature_type"), value != .string("record_locking") {
            throw .invalidValue(apiName: "feature_type", jsonPath: "\(path).feature_type")
        }
        lockedFor = try ConfigurationEditor.present(body, "locked_for").map { value throws(ZohoError) in
            try Self.oneOf(value, LockedFor.self, .lockedFor, "\(path).locked_for")
        }
    }

    private static func oneOf<T: RawRepresentable>(
        _ value: JSONValue, _ type: T.Type, _ choice: ZohoError.Choice, _ path: String
    ) throws(ZohoError) -> T where T.RawValue == String {
        guard let text = value.stringValue, let parsed = T(rawValue: text) else {
            throw .choiceNotFound(choice, jsonPath: path)
        }
        return parsed
    }
}
