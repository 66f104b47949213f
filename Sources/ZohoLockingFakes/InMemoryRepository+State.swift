import ZohoLocking

extension InMemoryRepository: StateRepository {
    public func org(id: ZohoID) throws -> Org? { state.orgs[id]?.org }

    public func allOrgIDs() throws -> [ZohoID] { state.orgs.keys.sorted() }

    public func idSequence(orgID: ZohoID) throws -> Int64 { state.orgs[orgID]?.idSequence ?? 0 }

    public func raiseIDSequence(orgID: ZohoID, to value: Int64) throws {
        try change { state in
            guard let sequence = state.orgs[orgID]?.idSequence else { return }
            state.orgs[orgID]?.idSequence = max(sequence, value)
        }
    }

    public func allProfiles(orgID: ZohoID) throws -> [Profile] {
        state[org: orgID].profiles.values.sorted { $0.id < $1.id }
    }

    public func allUsers(orgID: ZohoID) throws -> [User] { try users(orgID: orgID) }

    public func allTokens(orgID: ZohoID) throws -> [AccessTokenGrant] { Self.rows(of: orgID, in: state.accessTokens) }

    public func allOAuthClients(orgID: ZohoID, now: Int64) throws -> [OAuthClient] {
        Self.rows(of: orgID, in: state.oauthClients).map { client in
            var client = client
            // Used and expired codes and revoked refresh tokens are left out, as the SQLite store leaves them.
            client.grantCodes = state.grantCodes.filter { _, stored in
                stored.row.clientID == client.clientID && !stored.row.used && stored.row.expiresAt.map { $0 > now } ?? true
            }.sorted { $0.value.order < $1.value.order }.map { GrantCode(code: $0.key, expiresAt: $0.value.row.expiresAt) }
            client.refreshTokens = state.refreshTokens.filter { _, stored in
                stored.row.clientID == client.clientID && !stored.row.revoked
            }.sorted { $0.value.order < $1.value.order }.map(\.key)
            return client
        }
    }

    public func allCustomModules(orgID: ZohoID) throws -> [ModuleInfo] {
        state[org: orgID].modules.values.sorted { $0.order < $1.order }.map(\.module)
    }

    public func addedFields(orgID: ZohoID) throws -> [(module: String, field: FieldDefinition)] {
        state[org: orgID].fields.sorted { $0.key < $1.key }.flatMap { module, fields in
            fields.values.sorted { $0.apiName < $1.apiName }.map { (module, $0) }
        }
    }

    public func allCustomButtons(orgID: ZohoID) throws -> [(module: String, button: NamedReference)] {
        state[org: orgID].customButtons.values.sorted { ($0.module, $0.button.id) < ($1.module, $1.button.id) }
    }

    public func allRecords(orgID: ZohoID) throws -> [CRMRecord] {
        state[org: orgID].records.values.sorted { $0.id < $1.id }
    }

    public func allConfigurations(orgID: ZohoID) throws -> [LockingConfiguration] {
        state[org: orgID].configurations.values.sorted { $0.module < $1.module }.map { current($0, orgID: orgID) }
    }

    public func allLocks(orgID: ZohoID) throws -> [LockEntry] {
        state[org: orgID].locks.values.sorted { $0.id < $1.id }.map { entry($0, orgID: orgID) }
    }

    public func removeOrg(id: ZohoID) throws {
        try change { state in
            state.orgs[id] = nil
            state.data[id] = nil
            state.accessTokens = state.accessTokens.filter { $0.value.orgID != id }
            state.refreshTokens = state.refreshTokens.filter { $0.value.orgID != id }
            state.oauthClients = state.oauthClients.filter { $0.value.orgID != id }
            state.grantCodes = state.grantCodes.filter { $0.value.orgID != id }
        }
    }

    public func removeEverything() throws {
        try change { state in state = InMemoryState() }
    }

    /// The org's rows of a credential table, in insertion order.
    private static func rows<Row>(of orgID: ZohoID, in table: [String: Stored<Row>]) -> [Row] {
        table.values.filter { $0.orgID == orgID }.sorted { $0.order < $1.order }.map(\.row)
    }
}
