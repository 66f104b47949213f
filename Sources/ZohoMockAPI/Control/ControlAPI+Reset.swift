import MockHTTP
import ZohoLocking
import ZohoMockControlWire

extension ControlAPI {
    /// `POST /__mock/reset`: the whole server back to how it started: the seed
    /// data, an empty journal, no fault rules, the real clock. `?org=ID` resets
    /// that org's data only: a seeded org returns to its seed, any other is removed.
    func resetState(_ request: HTTPRequest) throws -> HTTPResponse {
        let query = QueryParameters(request.query)
        let org = ControlQueryName.org.rawValue
        if query.contains(org) {
            let orgID = try Self.orgID(query[org] ?? "", parameter: org)
            guard let outcome = try reset.resetOrg(orgID, now: clock.now()) else {
                throw ControlRefusal(status: 404, message: "no org \(orgID): it is neither loaded nor in the seed data")
            }
            return Self.json(200, OrgReset(orgID: orgID.description, restoredFromSeed: outcome == .restoredFromSeed).json)
        }
        clock.release()
        journal.reset()
        faults.reset()
        let orgIDs = try reset.resetEverything(now: clock.now())
        return Self.json(200, LoadedOrgs(orgIDs: orgIDs.map(\.description)).json)
    }
}
