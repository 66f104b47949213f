import MockHTTP
import Testing
import ZohoJSON
import ZohoLocking

@testable import ZohoMockAPI

/// The embedded OpenAPI document against the endpoint table: the same
/// operations, and for the Zoho API scopes that really open each endpoint.
@Suite struct OpenAPIRouteTests {
    static let operationKeys = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    let endpoints: [Endpoint]
    let paths: JSONObject

    init() throws {
        endpoints = try EmulatorHarness().emulator.endpoints.endpoints
        let document = try JSONParser.parse(OpenAPIDocument.bytes)
        paths = try #require(document.objectValue?["paths"]?.objectValue)
    }

    func operation(_ endpoint: Endpoint) -> JSONObject? {
        paths[endpoint.pattern]?.objectValue?[endpoint.method.lowercased()]?.objectValue
    }

    @Test func everyEndpoint_isDocumentedWithItsMethod() {
        for endpoint in endpoints {
            #expect(operation(endpoint) != nil, "\(endpoint.method) \(endpoint.pattern) is not in the document")
        }
    }

    @Test func everyDocumentedOperation_isAnEndpoint() {
        let served = Set(endpoints.map { "\($0.method) \($0.pattern)" })
        for (path, item) in paths {
            let methods = item.objectValue?.keys.filter(Self.operationKeys.contains) ?? []
            #expect(!methods.isEmpty, "\(path) documents no operation")
            for method in methods {
                #expect(served.contains("\(method.uppercased()) \(path)"), "\(method.uppercased()) \(path) is documented but not served")
            }
        }
    }

    /// The documented scopes (`{module}` as Leads) satisfy the endpoint's
    /// requirement, and each of them is needed: without any one, they do not.
    @Test func documentedScopes_openTheirEndpoint() throws {
        for endpoint in endpoints where endpoint.surface == .zohoAPI {
            let scope = try #require(endpoint.scope)
            let documented = operation(endpoint)?["x-zoho-scopes"]?.arrayValue?.compactMap(\.stringValue)
            let names = try #require(documented, "\(endpoint.method) \(endpoint.pattern) documents no x-zoho-scopes")
            let granted = names.map { $0.replacingModule(with: "Leads") }
            #expect(scope.isSatisfied(by: GrantedScopes(granted), module: "Leads"), "\(endpoint.method) \(endpoint.pattern)")
            for index in granted.indices {
                var fewer = granted
                fewer.remove(at: index)
                #expect(!scope.isSatisfied(by: GrantedScopes(fewer), module: "Leads"),
                    "\(endpoint.method) \(endpoint.pattern) opens without \(granted[index])")
            }
        }
    }

    /// The Zoho API takes an OAuth token, the control API a bearer token when
    /// one is configured, the accounts server neither.
    @Test func securityRequirements_matchTheSurface() {
        let oauth: JSONValue = [["zohoOAuthToken": []]]
        let control: JSONValue = [[:], ["controlToken": []]]
        for endpoint in endpoints {
            let security = operation(endpoint)?["security"]
            switch endpoint.surface {
            case .zohoAPI: #expect(security == oauth, "\(endpoint.method) \(endpoint.pattern)")
            case .control: #expect(security == control, "\(endpoint.method) \(endpoint.pattern)")
            case .accounts: #expect(security == nil, "\(endpoint.method) \(endpoint.pattern)")
            }
        }
    }

    @Test func servedDocument_isTheEmbeddedBytes() throws {
        let answer = try EmulatorHarness().send(HTTPRequest(method: "GET", path: "/__mock/openapi.json"))
        #expect(answer.status == 200)
        #expect(answer.response.body == OpenAPIDocument.bytes)
    }
}

extension String {
    fileprivate func replacingModule(with module: String) -> String {
        split(separator: ".", omittingEmptySubsequences: false).map { $0 == "{module}" ? module : String($0) }
            .joined(separator: ".")
    }
}
