import ZohoJSON

public enum LockType: String, Sendable, CaseIterable {
    case manual, automatic, both

    public var allowsManualLocks: Bool { self != .automatic }
    public var usesRules: Bool { self != .manual }
}

public enum LockedFor: String, Sendable, CaseIterable {
    case allProfiles = "all_profiles"
    case allProfilesExceptExcludedProfiles = "all_profiles_except_excluded_profiles"
}

/// An automatic-locking rule of a configuration.
public struct LockingRule: Sendable, Equatable {
    public var id: ZohoID
    public var name: String
    public var lockExistingRecords: Bool
    /// Criteria as Zoho writes them (`comparator`/`field`/`value`, `group`/`group_operator`).
    public var criteria: JSONValue

    public init(id: ZohoID, name: String, lockExistingRecords: Bool, criteria: JSONValue) {
        self.id = id
        self.name = name
        self.lockExistingRecords = lockExistingRecords
        self.criteria = criteria
    }
}

/// A module's record-locking configuration, one per module
/// (https://www.zoho.com/crm/developer/docs/api/v8/get-record-locking-config.html).
public struct LockingConfiguration: Sendable, Equatable {
    public static let restrictedActionValues = ["convert", "update", "delete", "change_owner", "tags"]
    public static let communicationValues = ["send_mail", "send_survey", "send_portal_invitation"]

    public var id: ZohoID
    public var module: String
    public var featureType: String
    public var lockType: LockType
    public var lockedFor: LockedFor
    public var lockExcludedProfiles: [NamedReference]?
    public var excludedFields: [APINameReference]?
    public var restrictedActions: [String]
    public var restrictedCommunications: [String]?
    public var restrictedCustomButtons: [NamedReference]?
    public var lockForPortalUsers: Bool
    public var systemDefined: Bool
    public var lockingRules: [LockingRule]
    public var createdBy: NamedReference?
    public var createdTime: Int64
    public var modifiedBy: NamedReference?
    public var modifiedTime: Int64

    public init(
        id: ZohoID, module: String, featureType: String = "record_locking", lockType: LockType,
        lockedFor: LockedFor = .allProfiles, lockExcludedProfiles: [NamedReference]? = nil,
        excludedFields: [APINameReference]? = nil, restrictedActions: [String] = ["update"],
        restrictedCommunications: [String]? = nil, restrictedCustomButtons: [NamedReference]? = nil,
        lockForPortalUsers: Bool = true, systemDefined: Bool = false, lockingRules: [LockingRule] = [],
        createdBy: NamedReference?, createdTime: Int64, modifiedBy: NamedReference?, modifiedTime: Int64
    ) {
        self.id = id
        self.module = module
        self.featureType = featureType
        self.lockType = lockType
        self.lockedFor = lockedFor
        self.lockExcludedProfiles = lockExcludedProfiles
        self.excludedFields = excludedFields
        self.restrictedActions = restrictedActions
        self.restrictedCommunications = restrictedCommunications
        self.restrictedCustomButtons = restrictedCustomButtons
        self.lockForPortalUsers = lockForPortalUsers
        self.systemDefined = systemDefined
        self.lockingRules = lockingRules
        self.createdBy = createdBy
        self.createdTime = createdTime
        self.modifiedBy = modifiedBy
        self.modifiedTime = modifiedTime
    }
}
