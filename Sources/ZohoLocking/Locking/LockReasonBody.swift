import ZohoJSON

/// The body of POST and PUT `…/Locking_Information__s`:
/// `{"data":[{"Locked_Reason__s":"…"}]}`. Each element is validated on its own
/// so that errors can be reported per item, as Zoho does.
public struct LockReasonBody: Sendable {
    /// Zoho documents no limit; 3000 follows a third-party description of the API (docs/behaviour.md).
    public static let maximumReasonLength = 3000

    /// One entry per element of `data`: the reason, or why it was refused.
    public let items: [Result<String, ZohoError>]

    /// Throws only top-level errors: a body that is not a JSON object, or more than 100 elements.
    public init(bytes: [UInt8]) throws(ZohoError) {
        guard case .object(let root)? = try? JSONParser.parse(bytes) else { throw .unableToParseDataType }
        guard let data = root["data"], !data.isNull else {
            items = [.failure(.mandatoryNotFound(apiName: "data", jsonPath: "$.data"))]
            return
        }
        guard case .array(let elements) = data else {
            items = [.failure(.invalidDataType(apiName: "data", jsonPath: "$.data", expected: "jsonarray"))]
            return
        }
        guard !elements.isEmpty else {
            items = [.failure(.mandatoryNotFound(apiName: "data", jsonPath: "$.data"))]
            return
        }
        try ElementLimit.check(elements.count)
        items = elements.enumerated().map { index, element in Self.reason(in: element, index: index) }
    }

    /// The element that locks: the first with a valid reason.
    public var firstReasonIndex: Int? { items.firstIndex(where: Self.isValid) }

    /// The reason an update leaves: the last valid one.
    public var lastReason: String? {
        guard let index = items.lastIndex(where: Self.isValid), case .success(let reason) = items[index] else { return nil }
        return reason
    }

    private static func isValid(_ item: Result<String, ZohoError>) -> Bool {
        if case .success = item { return true }
        return false
    }

    private static func reason(in element: JSONValue, index: Int) -> Result<String, ZohoError> {
        let elementPath = "$.data[\(index)]"
        guard case .object(let object) = element else {
            return .failure(.invalidDataType(apiName: "data", jsonPath: elementPath, expected: "jsonobject"))
        }
        let path = "\(elementPath).Locked_Reason__s"
        switch object["Locked_Reason__s"] {
        case nil, .null?:
            return .failure(.mandatoryNotFound(apiName: "Locked_Reason__s", jsonPath: path))
        case .string(let reason)?:
            if reason.isEmpty { return .failure(.mandatoryNotFound(apiName: "Locked_Reason__s", jsonPath: path)) }
            if reason.count > maximumReasonLength {
                return .failure(.maximumLengthExceeded(
                    apiName: "Locked_Reason__s", jsonPath: path, maximumLength: maximumReasonLength))
            }
            return .success(reason)
        default:
            return .failure(.invalidDataType(apiName: "Locked_Reason__s", jsonPath: path, expected: "text"))
        }
    }
}
