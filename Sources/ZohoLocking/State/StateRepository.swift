/// What the control API needs from storage to export, reset and attribute
/// requests: every row of an org as the fixture format describes it, and the
/// removal of one org or of everything.
public protocol StateRepository {
    func org(id: ZohoID) throws -> Org?
    /// Every org id, ascending.
    func allOrgIDs() throws -> [ZohoID]
    /// How many ids the org has generated so far; new ids continue after it.
    func idSequence(orgID: ZohoID) throws -> Int64
    /// Raises the org's id sequence to at least `value` (never lowers it, so a
    /// merged document cannot make the org hand out an id twice).
    func raiseIDSequence(orgID: ZohoID, to value: Int64) throws
    func allProfiles(orgID: ZohoID) throws -> [Profile]
    func allUsers(orgID: ZohoID) throws -> [User]
    func allTokens(orgID: ZohoID) throws -> [AccessTokenGrant]
    /// Clients with the grant codes still usable at `now` and the refresh tokens not revoked.
    func allOAuthClients(orgID: ZohoID, now: Int64) throws -> [OAuthClient]
    /// Modules a fixture added (standard modules are built in).
    func allCustomModules(orgID: ZohoID) throws -> [ModuleInfo]
    /// Fields a fixture added, by module.
    func addedFields(orgID: ZohoID) throws -> [(module: String, field: FieldDefinition)]
    func allCustomButtons(orgID: ZohoID) throws -> [(module: String, button: NamedReference)]
    func allRecords(orgID: ZohoID) throws -> [CRMRecord]
    func allConfigurations(orgID: ZohoID) throws -> [LockingConfiguration]
    func allLocks(orgID: ZohoID) throws -> [LockEntry]
    /// Removes the org and every row that belongs to it.
    func removeOrg(id: ZohoID) throws
    /// Empties the store: as a new database.
    func removeEverything() throws
}
