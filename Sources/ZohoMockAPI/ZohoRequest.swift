import MockHTTP
import ZohoLocking

/// A Zoho API request after authentication and routing: who calls, which
/// path parameters matched, the decoded query and the raw body.
struct ZohoRequest {
    let http: HTTPRequest
    let caller: Caller
    let path: PathParameters
    let query: QueryParameters

    var body: [UInt8] { http.body }

    /// The locking path parameters (`{module}/{record_id}/Locking_Information__s[/{lock_id}]`).
    var lockPath: LockPath {
        LockPath(module: path["module"] ?? "", recordID: path["record_id"] ?? "", lockID: path["lock_id"])
    }

    /// `{config_id}` of `settings/record_locking_configurations/{config_id}`.
    var configurationID: String { path["config_id"] ?? "" }
}

/// One documented operation: a request in, a reply out; errors are thrown.
typealias ZohoOperation = @Sendable (ZohoRequest) throws -> ZohoReply

/// A route's handler and the OAuth scope it needs.
struct ZohoEndpoint: Sendable {
    let scope: ScopeRequirement
    let run: ZohoOperation
}
