import MockHTTP
import ZohoLocking
import ZohoMockControlWire

extension ControlAPI {
    /// `GET /__mock/state[?org=ID]`: the state as a fixture document, tokens in
    /// full; `POST /__mock/fixtures` of it into an empty server reproduces it.
    func exportState(_ request: HTTPRequest) throws -> HTTPResponse {
        let query = QueryParameters(request.query)
        let org = ControlQueryName.org.rawValue
        let orgIDs = try query.contains(org) ? [Self.orgID(query[org] ?? "", parameter: org)] : nil
        let now = clock.now()
        let document = try store.read { repository in
            try StateExporter(repository: repository, now: now, defaultTimeZone: defaultTimeZone).document(orgIDs: orgIDs)
        }
        guard let document else { throw ControlRefusal(status: 404, message: "no org \(orgIDs?.first?.description ?? "")") }
        return Self.json(200, document)
    }
}
