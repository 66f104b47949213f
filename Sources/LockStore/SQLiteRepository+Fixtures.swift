import ZohoLocking

extension SQLiteRepository: FixtureRepository {
    public func org(id: ZohoID) throws -> Org? {
        try one(
            "SELECT name, edition, time_zone, locking_module_created FROM orgs WHERE id = ?", [.integer(id.value)]
        ) { row in
            Org(
                id: id, name: row.text(0), edition: Edition(rawValue: row.text(1)) ?? .enterprise,
                timeZone: row.optionalText(2), lockingModuleCreated: row.bool(3))
        }
    }

    public func upsertOrg(_ org: Org) throws {
        try run(
            """
            INSERT INTO orgs (id, name, edition, time_zone, locking_module_created) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, edition = excluded.edition,
                time_zone = excluded.time_zone, locking_module_created = excluded.locking_module_created
            """,
            [
                .integer(org.id.value), .text(org.name), .text(org.edition.rawValue), .optional(org.timeZone),
                .bool(org.lockingModuleCreated),
            ])
    }

    /// Org ids for fixtures that omit them (`ZohoID.generatedOrg`). Skips ids
    /// already taken (say, by a loaded `GET /__mock/state` document), so a
    /// fixture without an org id never merges into an existing org.
    public func generateOrgID() throws -> ZohoID {
        while true {
            let sequence = try one(
                """
                INSERT INTO meta (key, value) VALUES ('org_sequence', 1)
                ON CONFLICT (key) DO UPDATE SET value = value + 1 RETURNING value
                """, []
            ) { $0.int64(0) } ?? 1
            let id = ZohoID.generatedOrg(sequence: sequence)
            if try org(id: id) == nil { return id }
        }
    }

    public func user(orgID: ZohoID, id: ZohoID) throws -> User? {
        try one(
            "SELECT name, email, profile_id FROM users WHERE org_id = ? AND id = ?",
            [.integer(orgID.value), .integer(id.value)]
        ) { row in User(id: id, name: row.text(0), email: row.text(1), profileID: ZohoID(row.int64(2))) }
    }

    public func upsertProfile(orgID: ZohoID, _ profile: Profile) throws {
        try run(
            "INSERT OR REPLACE INTO profiles (org_id, id, name, record_locking, customize_crm) VALUES (?, ?, ?, ?, ?)",
            [
                .integer(orgID.value), .integer(profile.id.value), .text(profile.name), .bool(profile.recordLocking),
                .bool(profile.customizeCRM),
            ])
    }

    public func upsertUser(orgID: ZohoID, _ user: User) throws {
        try run(
            "INSERT OR REPLACE INTO users (org_id, id, name, email, profile_id) VALUES (?, ?, ?, ?, ?)",
            [
                .integer(orgID.value), .integer(user.id.value), .text(user.name), .text(user.email),
                .integer(user.profileID.value),
            ])
    }

    public func upsertToken(orgID: ZohoID, _ token: AccessTokenGrant) throws {
        try run(
            """
            INSERT OR REPLACE INTO access_tokens (token, org_id, user_id, scopes, expires_at, refresh_token)
            VALUES (?, ?, ?, ?, ?, ?)
            """,
            [
                .text(token.accessToken), .integer(orgID.value), .integer(token.userID.value),
                .text(ScopeList.encode(token.scopes)), .optional(token.expiresAt), .optional(token.refreshToken),
            ])
    }

    public func upsertOAuthClient(orgID: ZohoID, _ client: OAuthClient) throws {
        let org = SQLiteValue.integer(orgID.value)
        try run(
            """
            INSERT OR REPLACE INTO oauth_clients (client_id, org_id, client_secret, user_id, scopes, redirect_uri)
            VALUES (?, ?, ?, ?, ?, ?)
            """,
            [
                .text(client.clientID), org, .text(client.clientSecret), .integer(client.userID.value),
                .text(ScopeList.encode(client.scopes)), .optional(client.redirectURI),
            ])
        for grant in client.grantCodes {
            try run(
                "INSERT OR REPLACE INTO grant_codes (code, org_id, client_id, expires_at, used) VALUES (?, ?, ?, ?, 0)",
                [.text(grant.code), org, .text(client.clientID), .optional(grant.expiresAt)])
        }
        for token in client.refreshTokens {
            try run(
                "INSERT OR REPLACE INTO refresh_tokens (token, org_id, client_id, revoked) VALUES (?, ?, ?, 0)",
                [.text(token), org, .text(client.clientID)])
        }
    }

    public func upsertModule(orgID: ZohoID, _ module: ModuleInfo) throws {
        try run(
            "INSERT OR REPLACE INTO modules (org_id, api_name, id, generated_type, lockable) VALUES (?, ?, ?, ?, ?)",
            [
                .integer(orgID.value), .text(module.apiName), .integer(module.id.value), .text(module.generatedType),
                .bool(module.lockable),
            ])
    }

    public func upsertField(orgID: ZohoID, module: String, _ field: FieldDefinition) throws {
        try run(
            "INSERT OR REPLACE INTO fields (org_id, module, api_name, data_type, id) VALUES (?, ?, ?, ?, ?)",
            [.integer(orgID.value), .text(module), .text(field.apiName), .text(field.dataType), .integer(field.id.value)])
    }

    public func upsertCustomButton(orgID: ZohoID, module: String, _ button: NamedReference) throws {
        try run(
            "INSERT OR REPLACE INTO custom_buttons (org_id, module, id, name) VALUES (?, ?, ?, ?)",
            [.integer(orgID.value), .text(module), .integer(button.id.value), .optional(button.name)])
    }

    /// A fixture's record is stored as the Records API stores one (a replace when the id exists).
    public func upsertRecord(orgID: ZohoID, _ record: CRMRecord) throws { try saveRecord(orgID: orgID, record) }

    public func upsertLock(orgID: ZohoID, _ lock: LockEntry) throws {
        // OR REPLACE also drops another lock of the same record (the UNIQUE key).
        try run(Self.insertLockSQL(orReplace: true), lockValues(orgID: orgID, lock))
    }
}
