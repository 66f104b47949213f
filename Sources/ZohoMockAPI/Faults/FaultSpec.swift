import MockHTTP
import ZohoJSON
import ZohoLocking
import ZohoMockControlWire

/// A fault rule as the server applies it: the `POST /__mock/faults` body read
/// and checked (`Fault`), with its path as a pattern, its org as an id and
/// the defaults filled in: which requests (method, path pattern, org) and what
/// happens to them (a Zoho error, a delay, a dropped connection), how often
/// (`times`) and how likely (`probability`).
struct FaultSpec: Sendable {
    /// The rule as sent, normalised (method upper-cased, org id as digits).
    let request: Fault
    let path: PathPattern?
    let orgID: ZohoID?

    var method: String? { request.method }
    var status: Int? { request.status }
    var code: String? { request.code }
    var body: JSONValue? { request.body }
    var delayMilliseconds: Int { request.delayMilliseconds ?? 0 }
    /// nil: unlimited.
    var times: Int? { request.times }
    var probability: Double { request.probability ?? 1 }
    var dropConnection: Bool { request.dropConnection ?? false }
    /// nil: derived from the server's `--fault-seed` and the rule id.
    var seed: UInt64? { request.seed }

    init(json: JSONValue) throws(ControlRefusal) {
        request = try Fault(json: json, knownCodes: ZohoError.knownCodes)
        path = request.path.map(PathPattern.init)
        orgID = request.orgID.flatMap { ZohoID($0) }
    }

    /// The answer given instead of the API's; nil when the rule only delays the real one.
    /// `code` gives the catalog error's exact body and status; `status` alone answers
    /// the catalog's error for that status (INTERNAL_ERROR's body when it has none).
    var answer: HTTPResponse? {
        if dropConnection { return .dropped }
        guard request.answers else { return nil }
        let error = code.flatMap(ZohoError.representative(forCode:)) ?? status.flatMap(ZohoError.representative(forStatus:))
        let json = body ?? (error ?? .internalError).json
        return .json(status: status ?? error?.httpStatus ?? 200, body: JSONWriter.bytes(json))
    }
}
