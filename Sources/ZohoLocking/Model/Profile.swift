/// A profile of an org: the permissions its users have for locks and configurations.
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
