import MockHTTP
import Testing
import ZohoLocking

@testable import ZohoMockAPI

/// The endpoint table as data: every endpoint the emulator serves, once.
@Suite struct EndpointTableTests {
    let endpoints: [Endpoint]

    init() throws { endpoints = try EmulatorHarness().emulator.endpoints.endpoints }

    /// The whole table, so that an endpoint cannot appear or vanish unnoticed.
    @Test func table_listsEveryEndpoint() {
        let listed = endpoints.map { "\($0.surface.rawValue) \($0.method) \($0.pattern)" }
        #expect(listed == [
            "zoho GET /crm/{version}/{module}/{record_id}/Locking_Information__s",
            "zoho POST /crm/{version}/{module}/{record_id}/Locking_Information__s",
            "zoho GET /crm/{version}/{module}/{record_id}/Locking_Information__s/{lock_id}",
            "zoho PUT /crm/{version}/{module}/{record_id}/Locking_Information__s/{lock_id}",
            "zoho DELETE /crm/{version}/{module}/{record_id}/Locking_Information__s/{lock_id}",
            "zoho GET /crm/{version}/settings/record_locking_configurations",
            "zoho POST /crm/{version}/settings/record_locking_configurations",
            "zoho PUT /crm/{version}/settings/record_locking_configurations",
            "zoho DELETE /crm/{version}/settings/record_locking_configurations",
            "zoho GET /crm/{version}/settings/record_locking_configurations/{config_id}",
            "zoho PUT /crm/{version}/settings/record_locking_configurations/{config_id}",
            "zoho DELETE /crm/{version}/settings/record_locking_configurations/{config_id}",
            "zoho GET /crm/{version}/{module}/{record_id}",
            "zoho POST /crm/{version}/{module}",
            "zoho PUT /crm/{version}/{module}",
            "zoho PUT /crm/{version}/{module}/{record_id}",
            "zoho DELETE /crm/{version}/{module}",
            "zoho DELETE /crm/{version}/{module}/{record_id}",
            // Change owner.
            "zoho POST /crm/{version}/{module}/{record_id}/actions/change_owner",
            "zoho POST /crm/{version}/{module}/actions/change_owner",
            // Upsert.
            "zoho POST /crm/{version}/{module}/upsert",
            // Mass update and its status.
            "zoho POST /crm/{version}/{module}/actions/mass_update",
            "zoho GET /crm/{version}/{module}/actions/mass_update",
            // Get Records and Search Records
            "zoho GET /crm/{version}/{module}",
            "zoho GET /crm/{version}/{module}/search",
            "zoho GET /crm/{version}/settings/fields",
            "zoho GET /crm/{version}/settings/modules",
            "zoho GET /crm/{version}/users",
            "zoho GET /crm/{version}/org",
            "accounts POST /oauth/v2/token",
            "accounts POST /oauth/v2/token/revoke",
            "control GET /__mock/health",
            "control POST /__mock/fixtures",
            "control POST /__mock/reset",
            "control GET /__mock/state",
            "control GET /__mock/requests",
            "control DELETE /__mock/requests",
            "control POST /__mock/faults",
            "control GET /__mock/faults",
            "control DELETE /__mock/faults",
            "control DELETE /__mock/faults/{id}",
            "control GET /__mock/clock",
            "control POST /__mock/clock",
            "control DELETE /__mock/clock",
            "control GET /__mock/openapi.json",
        ])
    }

    @Test func everyPattern_liesUnderItsSurfacesMount() {
        for endpoint in endpoints {
            #expect(endpoint.pattern.hasPrefix("/\(endpoint.surface.mount)/"), "\(endpoint.method) \(endpoint.pattern)")
            let request = HTTPRequest(method: endpoint.method, path: endpoint.pattern)
            #expect(APISurface.owner(of: request) == endpoint.surface, "\(endpoint.method) \(endpoint.pattern)")
        }
    }

    @Test func noMethodAndPatternTwice() {
        let keys = endpoints.map { "\($0.method) \($0.pattern)" }
        #expect(Set(keys).count == keys.count)
    }

    /// Only the Zoho API takes OAuth scopes; each of its endpoints names one.
    @Test func scopes_belongToTheZohoAPIOnly() {
        for endpoint in endpoints {
            switch endpoint.surface {
            // Every ScopeRequirement names scopes (there is no "any token" case), so non-nil is a real one.
            case .zohoAPI: #expect(endpoint.scope != nil, "\(endpoint.pattern)")
            case .accounts, .control: #expect(endpoint.scope == nil, "\(endpoint.pattern)")
            }
        }
        #expect(endpoints.first?.scope == .lockingInformation(.read))
        #expect(endpoints.first { $0.pattern == "/crm/{version}/users" }?.scope == .family("users", .read))
    }

    /// Each endpoint is reached through its surface's router with its own method
    /// and a path of its pattern (each `{name}` filled in).
    @Test func everyEndpoint_isMatchedByItsSurfacesRouter() throws {
        let table = try EmulatorHarness().emulator.endpoints
        for endpoint in table.endpoints {
            let segments = endpoint.pattern.split(separator: "/").map { $0.hasPrefix("{") ? "v7" : String($0) }
            let found = switch endpoint.surface {
            case .zohoAPI: Self.finds(table.zohoAPI, endpoint.method, segments)
            case .accounts: Self.finds(table.accounts, endpoint.method, segments)
            case .control: Self.finds(table.control, endpoint.method, segments)
            }
            #expect(found, "\(endpoint.method) \(endpoint.pattern)")
        }
    }

    private static func finds<Handler>(_ router: Router<Handler>, _ method: String, _ segments: [String]) -> Bool {
        if case .found = router.match(method: method, segments: segments) { return true }
        return false
    }
}
