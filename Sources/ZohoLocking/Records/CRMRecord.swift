import ZohoJSON

/// A record of a lockable module as the Records API keeps it: its own fields
/// as JSON, plus the system fields Zoho manages (owner, who and when).
public struct CRMRecord: Sendable, Equatable {
    public var module: String
    public var id: ZohoID
    /// The display name (`Locked_For__s.name`), derived from the fields by `RecordDisplayName`.
    public var name: String?
    public var ownerID: ZohoID?
    /// Every non-system field, as the client sent it.
    public var fields: JSONObject
    /// nil for fixture records, which show their owner as creator and modifier.
    public var createdBy: ZohoID?
    public var createdTime: Int64
    public var modifiedBy: ZohoID?
    public var modifiedTime: Int64

    public init(
        module: String, id: ZohoID, name: String?, ownerID: ZohoID?, fields: JSONObject, createdBy: ZohoID?,
        createdTime: Int64, modifiedBy: ZohoID?, modifiedTime: Int64
    ) {
        self.module = module
        self.id = id
        self.name = name
        self.ownerID = ownerID
        self.fields = fields
        self.createdBy = createdBy
        self.createdTime = createdTime
        self.modifiedBy = modifiedBy
        self.modifiedTime = modifiedTime
    }

    /// Who created it: the creator, or the owner for records loaded from fixtures.
    public var creatorID: ZohoID? { createdBy ?? ownerID }
    /// Who last changed it: the modifier, or the owner for records loaded from fixtures.
    public var modifierID: ZohoID? { modifiedBy ?? ownerID }

    /// `Last_Activity_Time`: a fixture may set it in `fields`; otherwise, and
    /// after any change through the API, it is the modification time.
    public var lastActivityTime: Int64 {
        fields["Last_Activity_Time"]?.stringValue.flatMap(ZohoDateTime.parse) ?? modifiedTime
    }
}
