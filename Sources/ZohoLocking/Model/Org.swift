/// Zoho CRM editions. Record locking exists in Enterprise and Ultimate only
/// (contract §2); other editions get FEATURE_NOT_SUPPORTED.
public enum Edition: String, Sendable, CaseIterable {
    case free, standard, professional, enterprise, ultimate

    public var hasRecordLocking: Bool { self == .enterprise || self == .ultimate }
}

/// An org: the tenant every token, record and lock belongs to.
public struct Org: Sendable, Equatable {
    public var id: ZohoID
    public var name: String
    public var edition: Edition
    /// IANA zone for the date-times this org's API shows; nil uses the server's `--time-zone`.
    public var timeZone: String?
    /// Whether `Locking_Information__s` exists: Zoho creates it with the org's first
    /// configuration and keeps it (KZ #110). Until then lock paths answer "relation not found".
    public var lockingModuleCreated: Bool

    public init(id: ZohoID, name: String, edition: Edition, timeZone: String?, lockingModuleCreated: Bool) {
        self.id = id
        self.name = name
        self.edition = edition
        self.timeZone = timeZone
        self.lockingModuleCreated = lockingModuleCreated
    }
}

public struct Profile: Sendable, Equatable {
    public var id: ZohoID
    public var name: String
    /// The "record locking" permission: lock, edit and unlock by hand.
    public var recordLocking: Bool
    /// "Customize Zoho CRM": needed to manage record-locking configurations.
    public var customizeCRM: Bool

    public init(id: ZohoID, name: String, recordLocking: Bool, customizeCRM: Bool = true) {
        self.id = id
        self.name = name
        self.recordLocking = recordLocking
        self.customizeCRM = customizeCRM
    }
}

public struct User: Sendable, Equatable {
    public var id: ZohoID
    public var name: String
    public var email: String
    public var profileID: ZohoID

    public init(id: ZohoID, name: String, email: String, profileID: ZohoID) {
        self.id = id
        self.name = name
        self.email = email
        self.profileID = profileID
    }

    public var reference: NamedReference { NamedReference(name: name, id: id) }
}

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
