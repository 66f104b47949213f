/// An org: the tenant every token, record and lock belongs to.
public struct Org: Sendable, Equatable {
    public var id: ZohoID
    public var name: String
    public var edition: Edition
    /// IANA zone for the date-times this org's API shows; nil uses the server's `--time-zone`.
    public var timeZone: String?
    /// Whether `Locking_Information__s` exists: Zoho creates it with the org's first
    /// configuration and keeps it. Until then lock paths answer "relation not found" (docs/behaviour.md).
    public var lockingModuleCreated: Bool

    public init(id: ZohoID, name: String, edition: Edition, timeZone: String?, lockingModuleCreated: Bool) {
        self.id = id
        self.name = name
        self.edition = edition
        self.timeZone = timeZone
        self.lockingModuleCreated = lockingModuleCreated
    }
}
