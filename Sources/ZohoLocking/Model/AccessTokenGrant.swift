/// An access token as the store keeps it.
public struct AccessTokenGrant: Sendable, Equatable {
    public var accessToken: String
    public var userID: ZohoID
    public var scopes: [String]
    /// Epoch seconds; nil never expires (fixture tokens without `expires_in`).
    public var expiresAt: Int64?
    /// The refresh token it was made from, so revoking that revokes it.
    public var refreshToken: String?

    public init(accessToken: String, userID: ZohoID, scopes: [String], expiresAt: Int64?, refreshToken: String? = nil) {
        self.accessToken = accessToken
        self.userID = userID
        self.scopes = scopes
        self.expiresAt = expiresAt
        self.refreshToken = refreshToken
    }
}
