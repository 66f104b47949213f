import ZohoLocking

extension InMemoryRepository: FixtureRepository {
    public func upsertOrg(_ org: Org) throws {
        try change { state in
            var row = state.orgs[org.id] ?? OrgRow(org: org)
            row.org = org
            state.orgs[org.id] = row
        }
    }

    public func generateOrgID() throws -> ZohoID {
        try change { state in
            while true {
                state.orgSequence += 1
                let id = ZohoID.generatedOrg(sequence: state.orgSequence)
                if state.orgs[id] == nil { return id }
            }
        }
    }

    public func upsertProfile(orgID: ZohoID, _ profile: Profile) throws {
        try change { state in state[org: orgID].profiles[profile.id] = profile }
    }

    public func upsertUser(orgID: ZohoID, _ user: User) throws {
        try change { state in state[org: orgID].users[user.id] = user }
    }

    public func upsertOAuthClient(orgID: ZohoID, _ client: OAuthClient) throws {
        try change { state in
            var stored = client
            stored.grantCodes = []
            stored.refreshTokens = []
            state.oauthClients[client.clientID] = Stored(orgID: orgID, row: stored, order: state.nextOrder())
            for grant in client.grantCodes {
                let row = GrantCodeRow(clientID: client.clientID, expiresAt: grant.expiresAt)
                state.grantCodes[grant.code] = Stored(orgID: orgID, row: row, order: state.nextOrder())
            }
            for token in client.refreshTokens {
                let row = RefreshToken(clientID: client.clientID)
                state.refreshTokens[token] = Stored(orgID: orgID, row: row, order: state.nextOrder())
            }
        }
    }

    public func upsertModule(orgID: ZohoID, _ module: ModuleInfo) throws {
        try change { state in state[org: orgID].modules[module.apiName] = (module, state.nextOrder()) }
    }

    public func upsertField(orgID: ZohoID, module: String, _ field: FieldDefinition) throws {
        try change { state in state[org: orgID].fields[module, default: [:]][field.apiName] = field }
    }

    public func upsertCustomButton(orgID: ZohoID, module: String, _ button: NamedReference) throws {
        try change { state in state[org: orgID].customButtons[button.id] = (module, button) }
    }

    public func upsertRecord(orgID: ZohoID, _ record: CRMRecord) throws { try saveRecord(orgID: orgID, record) }

    public func upsertLock(orgID: ZohoID, _ lock: LockEntry) throws {
        try change { state in
            // Replaces the lock with its id and any other lock of its record, as INSERT OR REPLACE does.
            state[org: orgID].locks = state[org: orgID].locks.filter { id, stored in
                id != lock.id && stored.record.id != lock.record.id
            }
            state[org: orgID].locks[lock.id] = lock
        }
    }
}
