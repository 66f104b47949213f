/// A user of an org; its profile decides what it may do.
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
