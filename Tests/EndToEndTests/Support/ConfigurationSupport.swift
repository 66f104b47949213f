import ZohoJSON

/// `/crm/v7/settings/record_locking_configurations[/{id}]?module=…`.
func configurationPath(_ module: String? = "Leads", id: String? = nil, extra: String = "") -> String {
    var path = "/crm/v7/settings/record_locking_configurations" + (id.map { "/\($0)" } ?? "")
    var query: [String] = []
    if let module { query.append("module=\(module)") }
    if !extra.isEmpty { query.append(extra) }
    if !query.isEmpty { path += "?" + query.joined(separator: "&") }
    return path
}

/// `{"record_locking_configurations":[<item>]}`.
func configurationBody(_ item: String) -> String { #"{"record_locking_configurations":[\#(item)]}"# }

/// A per-item error wrapper as Zoho writes it.
func itemError(_ code: String, _ message: String, _ details: JSONValue) -> JSONValue {
    ["record_locking_configurations": [["code": .string(code), "details": details, "message": .string(message), "status": "error"]]]
}

let leadsConfigurationID = "5843104000000758004"

extension TestServer {
    /// POSTs a configuration body for a module and returns the response.
    func createConfiguration(_ module: String, _ item: String, token: String = SeedTokens.admin) throws -> TestResponse {
        try request("POST", configurationPath(module), token: token, body: configurationBody(item))
    }
}
