import MockHTTP
import ZohoJSON
import ZohoLocking
import ZohoMockControlWire

/// What several control endpoints read from a request, each refusal a 400 naming the problem.
extension ControlAPI {
    /// Reads an org id of a query parameter, or refuses with 400.
    static func orgID(_ text: String, parameter: String) throws(ControlRefusal) -> ZohoID {
        guard let id = ZohoID(text) else {
            throw ControlRefusal(status: 400, message: "\(parameter) must be an org id (decimal digits), got '\(text)'")
        }
        return id
    }

    /// The request body as JSON, or 400.
    static func jsonBody(_ request: HTTPRequest) throws(ControlRefusal) -> JSONValue {
        guard let document = try? JSONParser.parse(request.body) else {
            throw ControlRefusal(status: 400, message: "the body is not a JSON document")
        }
        return document
    }
}
