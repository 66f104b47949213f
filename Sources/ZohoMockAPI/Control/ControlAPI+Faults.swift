import MockHTTP
import ZohoJSON

extension ControlAPI {
    /// `POST /__mock/faults`: adds a rule; `201` with the rule, its `id` first.
    func addFault(_ request: HTTPRequest) throws -> HTTPResponse {
        let rule = faults.add(try FaultSpec(json: Self.jsonBody(request)))
        return Self.json(201, rule.json)
    }

    /// `GET /__mock/faults`: every rule with how often it matched and fired.
    func listFaults() -> HTTPResponse {
        Self.json(200, .object(JSONObject([("faults", .array(faults.list().map(\.json)))])))
    }

    /// `DELETE /__mock/faults`: removes every rule.
    func removeFaults() -> HTTPResponse {
        Self.json(200, .object(JSONObject([("deleted", .int(faults.removeAll()))])))
    }

    /// `DELETE /__mock/faults/{id}`.
    func removeFault(_ id: String) throws -> HTTPResponse {
        guard let number = Int(id), faults.remove(id: number) else {
            throw ControlError(status: 404, message: "no fault rule \(id)")
        }
        return Self.json(200, .object(JSONObject([("deleted", 1)])))
    }
}
