/// The accounts server's part of the endpoint table. Form fields
/// are read from the body and from the query string (Zoho's pages show both).
enum AccountsEndpoints {
    static func add(to list: inout EndpointList) {
        list.accounts("POST", "/oauth/v2/token") { server, request in
            try server.oauth.token(AccountsServer.formFields(request), apiDomain: AccountsServer.apiDomain(request))
        }
        list.accounts("POST", "/oauth/v2/token/revoke") { server, request in
            try server.oauth.revoke(AccountsServer.formFields(request)["token"])
        }
    }
}
