import MockHTTP
import ZohoMockControlWire

extension ControlAPI {
    /// `POST /__mock/faults`: adds a rule; `201` with the rule, its `id` first.
    func addFault(_ request: HTTPRequest) throws -> HTTPResponse {
        let rule = faults.add(try FaultSpec(json: Self.jsonBody(request)))
        return Self.json(201, rule.installed.json)
    }

    /// `GET /__mock/faults`: every rule with how often it matched and fired.
    func listFaults() -> HTTPResponse {
        Self.json(200, InstalledFault.listJSON(faults.list().map(\.installed)))
    }

    /// `DELETE /__mock/faults`: removes every rule.
    func removeFaults() -> HTTPResponse {
        Self.json(200, DeletedCount(faults.removeAll()).json)
    }

    /// `DELETE /__mock/faults/{id}`.
    func removeFault(_ id: String) throws -> HTTPResponse {
        guard let number = Int(id), faults.remove(id: number) else {
            throw ControlRefusal(status: 404, message: "no fault rule \(id)")
        }
        return Self.json(200, DeletedCount(1).json)
    }
}
