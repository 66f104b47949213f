import MockHTTP
import ZohoLocking

/// Finds the org a request belongs to from the credentials it carries: the
/// access token of `Authorization`, or the accounts server's `client_id`,
/// `refresh_token`, `code` or `token`. It costs a store read, so it serves only
/// what the API itself cannot tell (accounts requests, refused and faulted ones).
struct RequestOrgResolver: Sendable {
    let store: any TransactionalStore<any CredentialRepository>

    func orgID(of request: HTTPRequest) -> ZohoID? {
        var credentials: [String] = []
        if let token = Authenticator.accessToken(in: request.header("Authorization")) { credentials.append(token) }
        if APISurface.owner(of: request) == .accounts {
            let fields = AccountsServer.formFields(request)
            credentials += ["client_id", "refresh_token", "code", "token"].compactMap { fields[$0] }
        }
        for credential in credentials where !credential.isEmpty {
            if let orgID = try? store.read({ try $0.orgID(forCredential: credential) }) { return orgID }
        }
        return nil
    }
}
