/// Who is calling: the user a token resolves to, with everything the checks need.
public struct Caller: Sendable, Equatable {
    public var org: Org
    public var user: User
    public var profile: Profile
    public var scopes: [String] {
        didSet { grantedScopes = GrantedScopes(scopes) }
    }
    /// `scopes` parsed once (callers are cached per token), not on every request.
    public private(set) var grantedScopes: GrantedScopes

    public init(org: Org, user: User, profile: Profile, scopes: [String]) {
        self.grantedScopes = GrantedScopes(scopes)
        self.org = org
        self.user = user
        self.profile = profile
        self.scopes = scopes
    }
}
