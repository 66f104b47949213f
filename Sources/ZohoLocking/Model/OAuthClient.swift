/// A registered OAuth client of the accounts server, with the grant codes and
/// refresh tokens a fixture hands it.
public struct OAuthClient: Sendable, Equatable {
    public var clientID: String
    public var clientSecret: String
    public var userID: ZohoID
    public var scopes: [String]
    public var redirectURI: String?
    public var grantCodes: [GrantCode]
    public var refreshTokens: [String]

    public init(
        clientID: String, clientSecret: String, userID: ZohoID, scopes: [String], redirectURI: String?,
        grantCodes: [GrantCode], refreshTokens: [String]
    ) {
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.userID = userID
        self.scopes = scopes
        self.redirectURI = redirectURI
        self.grantCodes = grantCodes
        self.refreshTokens = refreshTokens
    }
}
