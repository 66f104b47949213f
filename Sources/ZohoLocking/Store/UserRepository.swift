/// The users of an org and their profiles.
public protocol UserRepository {
    func user(orgID: ZohoID, id: ZohoID) throws -> User?
    /// Every user of the org, in id order.
    func users(orgID: ZohoID) throws -> [User]
    func profile(orgID: ZohoID, id: ZohoID) throws -> Profile?
}
