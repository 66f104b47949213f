/// Ids of new entities (locks, records, configurations, rules), per org.
public protocol IDRepository {
    /// A new id for an entity of the org; deterministic for the same history.
    func generateID(orgID: ZohoID) throws -> ZohoID
    /// The ids `count` calls of `generateID` would give, in that order, at once.
    func generateIDs(orgID: ZohoID, count: Int) throws -> [ZohoID]
}
