import MockHTTP
import ZohoLocking
import ZohoMockControlWire

/// One endpoint the emulator serves: its method, its path pattern (`{name}`
/// captures a segment) and what answers it.
struct Endpoint: Sendable {
    let method: String
    let pattern: String
    let handler: Handler

    enum Handler: Sendable {
        case zohoAPI(ZohoEndpoint)
        case accounts(AccountsServer.Operation)
        case control(ControlAPI.Operation)
    }

    var surface: APISurface {
        switch handler {
        case .zohoAPI: .zohoAPI
        case .accounts: .accounts
        case .control: .control
        }
    }

    /// The OAuth scope a Zoho API endpoint needs; nil on the accounts server and
    /// the control API, which take no OAuth token.
    var scope: ScopeRequirement? {
        if case .zohoAPI(let endpoint) = handler { return endpoint.scope }
        return nil
    }
}

/// Collects endpoints in registration order; each surface's builder adds to one.
struct EndpointList {
    private(set) var endpoints: [Endpoint] = []

    mutating func zohoAPI(_ method: String, _ pattern: String, _ scope: ScopeRequirement, _ run: @escaping ZohoOperation) {
        endpoints.append(Endpoint(method: method, pattern: pattern, handler: .zohoAPI(ZohoEndpoint(scope: scope, run: run))))
    }

    mutating func accounts(_ method: String, _ pattern: String, _ run: @escaping AccountsServer.Operation) {
        endpoints.append(Endpoint(method: method, pattern: pattern, handler: .accounts(run)))
    }

    mutating func control(_ route: ControlRoute, _ run: @escaping ControlAPI.Operation) {
        endpoints.append(Endpoint(method: route.method, pattern: route.pattern, handler: .control(run)))
    }
}
