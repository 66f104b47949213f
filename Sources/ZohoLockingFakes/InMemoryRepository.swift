import ZohoLocking

/// The repository of one `InMemoryStore` transaction. A class because the
/// repository protocols do not mutate: the transaction's copy of the state
/// lives here, and the store keeps it when a write succeeds.
public final class InMemoryRepository {
    private(set) var state: InMemoryState
    private let writable: Bool

    init(state: InMemoryState, writable: Bool) {
        self.state = state
        self.writable = writable
    }

    /// Every change goes through here, so that a read cannot make one.
    func change<T>(_ body: (inout InMemoryState) throws -> T) throws -> T {
        guard writable else { throw InMemoryStoreError.writeInRead }
        return try body(&state)
    }

    /// A stored user reference with the user's current name (nil when the user is gone), as SQLite joins it.
    func current(_ reference: NamedReference?, orgID: ZohoID) -> NamedReference? {
        reference.map { NamedReference(name: state[org: orgID].users[$0.id]?.name, id: $0.id) }
    }

    /// A stored lock as it reads back: the record's and users' current names, the module's reference.
    func entry(_ stored: LockEntry, orgID: ZohoID) -> LockEntry {
        var lock = stored
        let moduleName = stored.record.module.apiName
        lock.record.module = module(orgID: orgID, apiName: moduleName)?.reference
            ?? APINameReference(apiName: moduleName, id: ZohoID(1))
        lock.record.name = state[org: orgID].records[stored.record.id]?.name
        lock.lockedBy = current(stored.lockedBy, orgID: orgID)
        lock.createdBy = current(stored.createdBy, orgID: orgID)
        lock.modifiedBy = current(stored.modifiedBy, orgID: orgID)
        return lock
    }
}

extension InMemoryRepository: CredentialRepository {
    public func caller(accessToken: String, now: Int64) throws -> Caller? {
        guard let token = state.accessTokens[accessToken], let org = state.orgs[token.orgID]?.org else { return nil }
        let data = state[org: token.orgID]
        guard let user = data.users[token.row.userID], let profile = data.profiles[user.profileID] else { return nil }
        if let expiresAt = token.row.expiresAt, expiresAt <= now { return nil }
        return Caller(org: org, user: user, profile: profile, scopes: token.row.scopes)
    }

    public func orgID(forCredential credential: String) throws -> ZohoID? {
        state.accessTokens[credential]?.orgID ?? state.refreshTokens[credential]?.orgID
            ?? state.oauthClients[credential]?.orgID ?? state.grantCodes[credential]?.orgID
    }
}

extension InMemoryRepository: ModuleRepository {
    public func module(orgID: ZohoID, apiName: String) -> ModuleInfo? {
        ModuleCatalog.standardModule(named: apiName) ?? state[org: orgID].modules[apiName]?.module
    }

    public func fields(orgID: ZohoID, module: ModuleInfo) throws -> [FieldDefinition] {
        let added = (state[org: orgID].fields[module.apiName] ?? [:]).values.sorted { $0.apiName < $1.apiName }
        let addedNames = Set(added.map(\.apiName))
        return FieldCatalog.builtInFields(of: module).filter { !addedNames.contains($0.apiName) } + added
    }

    public func customButtons(orgID: ZohoID, module: String) throws -> [NamedReference] {
        state[org: orgID].customButtons.values.filter { $0.module == module }.map(\.button).sorted { $0.id < $1.id }
    }
}

extension InMemoryRepository: IDRepository {
    public func generateID(orgID: ZohoID) throws -> ZohoID {
        try generateIDs(orgID: orgID, count: 1)[0]
    }

    public func generateIDs(orgID: ZohoID, count: Int) throws -> [ZohoID] {
        guard count > 0 else { return [] }
        return try change { state in
            // An unknown org has no sequence: every id of it is the first.
            guard var row = state.orgs[orgID] else {
                return Array(repeating: ZohoID.generated(orgID: orgID, sequence: 0), count: count)
            }
            let first = row.idSequence + 1
            row.idSequence += Int64(count)
            state.orgs[orgID] = row
            return (first...row.idSequence).map { ZohoID.generated(orgID: orgID, sequence: $0) }
        }
    }
}

extension InMemoryRepository: UserRepository {
    public func user(orgID: ZohoID, id: ZohoID) throws -> User? { state[org: orgID].users[id] }

    public func users(orgID: ZohoID) throws -> [User] {
        state[org: orgID].users.values.sorted { $0.id < $1.id }
    }

    public func profile(orgID: ZohoID, id: ZohoID) throws -> Profile? { state[org: orgID].profiles[id] }
}
