public enum LockSource: String, Sendable, CaseIterable {
    case manual = "Manual"
    case automatic = "Automatic"
}

/// The record a lock holds, as `Locked_For__s` shows it.
public struct LockedRecord: Sendable, Equatable {
    public var module: APINameReference
    public var name: String?
    public var id: ZohoID

    public init(module: APINameReference, name: String?, id: ZohoID) {
        self.module = module
        self.name = name
        self.id = id
    }
}

/// One row of `Locking_Information__s`: a lock on one record
/// (https://www.zoho.com/crm/developer/docs/api/v8/get-record-locking-info.html).
public struct LockEntry: Sendable, Equatable {
    public var id: ZohoID
    public var record: LockedRecord
    public var source: LockSource
    public var reason: String?
    /// nil for automatic locks.
    public var lockedBy: NamedReference?
    public var lockedTime: Int64
    public var configurationID: ZohoID
    /// Set for automatic locks only.
    public var ruleID: ZohoID?
    public var createdBy: NamedReference?
    public var createdTime: Int64
    public var modifiedBy: NamedReference?
    public var modifiedTime: Int64

    public init(
        id: ZohoID, record: LockedRecord, source: LockSource, reason: String?, lockedBy: NamedReference?,
        lockedTime: Int64, configurationID: ZohoID, ruleID: ZohoID?, createdBy: NamedReference?,
        createdTime: Int64, modifiedBy: NamedReference?, modifiedTime: Int64
    ) {
        self.id = id
        self.record = record
        self.source = source
        self.reason = reason
        self.lockedBy = lockedBy
        self.lockedTime = lockedTime
        self.configurationID = configurationID
        self.ruleID = ruleID
        self.createdBy = createdBy
        self.createdTime = createdTime
        self.modifiedBy = modifiedBy
        self.modifiedTime = modifiedTime
    }

    /// Manual locks can be edited and removed by hand; automatic ones cannot.
    public var editable: Bool { source == .manual }
}

/// A record as the locking API needs it: its identity and display name.
public struct RecordSummary: Sendable, Equatable {
    public var module: String
    public var id: ZohoID
    public var name: String?

    public init(module: String, id: ZohoID, name: String?) {
        self.module = module
        self.id = id
        self.name = name
    }
}
