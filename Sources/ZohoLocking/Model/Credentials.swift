import ZohoJSON

/// An access token as the store keeps it.
public struct AccessTokenGrant: Sendable, Equatable {
    public var accessToken: String
    public var userID: ZohoID
    public var scopes: [String]
    /// Epoch seconds; nil never expires (fixture tokens without `expires_in`).
    public var expiresAt: Int64?
    /// The refresh token it was made from, so revoking that revokes it (§3.4).
    public var refreshToken: String?

    public init(accessToken: String, userID: ZohoID, scopes: [String], expiresAt: Int64?, refreshToken: String? = nil) {
        self.accessToken = accessToken
        self.userID = userID
        self.scopes = scopes
        self.expiresAt = expiresAt
        self.refreshToken = refreshToken
    }
}

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

/// A single-use authorization code (grant token) of an OAuth client.
public struct GrantCode: Sendable, Equatable {
    public var code: String
    /// Epoch seconds; nil never expires (a fixture code given as a plain string).
    public var expiresAt: Int64?

    public init(code: String, expiresAt: Int64?) {
        self.code = code
        self.expiresAt = expiresAt
    }
}

/// A field of a module (criteria and `excluded_fields` name these).
public struct FieldDefinition: Sendable, Equatable {
    public var apiName: String
    public var dataType: String
    public var id: ZohoID

    public init(apiName: String, dataType: String, id: ZohoID) {
        self.apiName = apiName
        self.dataType = dataType
        self.id = id
    }
}

/// A CRM record with its fields kept as JSON.
public struct RecordData: Sendable, Equatable {
    public var module: String
    public var id: ZohoID
    public var name: String?
    public var ownerID: ZohoID?
    public var fields: JSONObject
    public var createdTime: Int64
    public var modifiedTime: Int64
    /// Who created and last changed it; nil shows the owner (records a fixture made).
    public var createdBy: ZohoID?
    public var modifiedBy: ZohoID?

    public init(
        module: String, id: ZohoID, name: String?, ownerID: ZohoID?, fields: JSONObject, createdTime: Int64,
        modifiedTime: Int64, createdBy: ZohoID? = nil, modifiedBy: ZohoID? = nil
    ) {
        self.createdBy = createdBy
        self.modifiedBy = modifiedBy
        self.module = module
        self.id = id
        self.name = name
        self.ownerID = ownerID
        self.fields = fields
        self.createdTime = createdTime
        self.modifiedTime = modifiedTime
    }
}
