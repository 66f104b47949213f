import ZohoLocking

/// Whole-org reads for `GET /__mock/state`, and the removals behind `POST /__mock/reset`.
extension SQLiteRepository: StateRepository {
    public func allOrgIDs() throws -> [ZohoID] {
        try all("SELECT id FROM orgs ORDER BY id", []) { ZohoID($0.int64(0)) }
    }

    public func idSequence(orgID: ZohoID) throws -> Int64 {
        try one("SELECT id_sequence FROM orgs WHERE id = ?", [.integer(orgID.value)]) { $0.int64(0) } ?? 0
    }

    public func raiseIDSequence(orgID: ZohoID, to value: Int64) throws {
        try run("UPDATE orgs SET id_sequence = max(id_sequence, ?) WHERE id = ?", [.integer(value), .integer(orgID.value)])
    }

    public func allProfiles(orgID: ZohoID) throws -> [Profile] {
        try all(
            "SELECT id, name, record_locking, customize_crm FROM profiles WHERE org_id = ? ORDER BY id",
            [.integer(orgID.value)]
        ) { row in
            Profile(id: ZohoID(row.int64(0)), name: row.text(1), recordLocking: row.bool(2), customizeCRM: row.bool(3))
        }
    }

    public func allUsers(orgID: ZohoID) throws -> [User] {
        try all(
            "SELECT id, name, email, profile_id FROM users WHERE org_id = ? ORDER BY id", [.integer(orgID.value)]
        ) { row in
            User(id: ZohoID(row.int64(0)), name: row.text(1), email: row.text(2), profileID: ZohoID(row.int64(3)))
        }
    }

    public func allTokens(orgID: ZohoID) throws -> [AccessTokenGrant] {
        try all(
            "SELECT token, user_id, scopes, expires_at, refresh_token FROM access_tokens WHERE org_id = ? ORDER BY rowid",
            [.integer(orgID.value)]
        ) { row in
            AccessTokenGrant(
                accessToken: row.text(0), userID: ZohoID(row.int64(1)), scopes: ScopeList.decode(row.text(2)),
                expiresAt: row.optionalInt64(3), refreshToken: row.optionalText(4))
        }
    }

    public func allOAuthClients(orgID: ZohoID, now: Int64) throws -> [OAuthClient] {
        let org = SQLiteValue.integer(orgID.value)
        let clients = try all(
            "SELECT client_id, client_secret, user_id, scopes, redirect_uri FROM oauth_clients WHERE org_id = ? ORDER BY rowid",
            [org]
        ) { row in
            OAuthClient(
                clientID: row.text(0), clientSecret: row.text(1), userID: ZohoID(row.int64(2)),
                scopes: ScopeList.decode(row.text(3)), redirectURI: row.optionalText(4), grantCodes: [], refreshTokens: [])
        }
        return try clients.map { client in
            var client = client
            // Used and expired codes, and revoked refresh tokens, answer like unknown ones: leaving
            // them out keeps the API's answers the same after a round trip.
            client.grantCodes = try all(
                """
                SELECT code, expires_at FROM grant_codes WHERE org_id = ? AND client_id = ? AND used = 0
                    AND (expires_at IS NULL OR expires_at > ?) ORDER BY rowid
                """,
                [org, .text(client.clientID), .integer(now)]
            ) { GrantCode(code: $0.text(0), expiresAt: $0.optionalInt64(1)) }
            client.refreshTokens = try all(
                "SELECT token FROM refresh_tokens WHERE org_id = ? AND client_id = ? AND revoked = 0 ORDER BY rowid",
                [org, .text(client.clientID)]
            ) { $0.text(0) }
            return client
        }
    }

    public func allCustomModules(orgID: ZohoID) throws -> [ModuleInfo] {
        try all(
            "SELECT api_name, id, generated_type, lockable FROM modules WHERE org_id = ? ORDER BY rowid",
            [.integer(orgID.value)]
        ) { row in
            ModuleInfo(apiName: row.text(0), id: ZohoID(row.int64(1)), generatedType: row.text(2), lockable: row.bool(3))
        }
    }

    public func addedFields(orgID: ZohoID) throws -> [(module: String, field: FieldDefinition)] {
        try all(
            "SELECT module, api_name, data_type, id FROM fields WHERE org_id = ? ORDER BY module, api_name",
            [.integer(orgID.value)]
        ) { row in (row.text(0), FieldDefinition(apiName: row.text(1), dataType: row.text(2), id: ZohoID(row.int64(3)))) }
    }

    public func allCustomButtons(orgID: ZohoID) throws -> [(module: String, button: NamedReference)] {
        try all(
            "SELECT module, id, name FROM custom_buttons WHERE org_id = ? ORDER BY module, id", [.integer(orgID.value)]
        ) { row in (row.text(0), NamedReference(name: row.optionalText(2), id: ZohoID(row.int64(1)))) }
    }

    public func allRecords(orgID: ZohoID) throws -> [CRMRecord] {
        try all(
            """
            SELECT module, id, name, owner_id, fields, created_by, created_time, modified_by, modified_time
            FROM records WHERE org_id = ? ORDER BY id
            """,
            [.integer(orgID.value)]
        ) { row in
            CRMRecord(
                module: row.text(0), id: ZohoID(row.int64(1)), name: row.optionalText(2),
                ownerID: row.optionalInt64(3).map(ZohoID.init),
                fields: try row.jsonObject(4, table: "records"),
                createdBy: row.optionalInt64(5).map(ZohoID.init), createdTime: row.int64(6),
                modifiedBy: row.optionalInt64(7).map(ZohoID.init), modifiedTime: row.int64(8))
        }
    }

    public func allConfigurations(orgID: ZohoID) throws -> [LockingConfiguration] {
        try ConfigurationRows(repository: self).configurations(orgID: orgID)
    }

    public func allLocks(orgID: ZohoID) throws -> [LockEntry] {
        let recordIDs = try all("SELECT record_id FROM locks WHERE org_id = ? ORDER BY id", [.integer(orgID.value)]) {
            ZohoID($0.int64(0))
        }
        return try recordIDs.compactMap { try lock(orgID: orgID, recordID: $0) }
    }

    public func orgID(forCredential credential: String) throws -> ZohoID? {
        try one(
            """
            SELECT org_id FROM access_tokens WHERE token = ?1
            UNION ALL SELECT org_id FROM refresh_tokens WHERE token = ?1
            UNION ALL SELECT org_id FROM oauth_clients WHERE client_id = ?1
            UNION ALL SELECT org_id FROM grant_codes WHERE code = ?1
            LIMIT 1
            """,
            [.text(credential)]
        ) { ZohoID($0.int64(0)) }
    }

    /// Every table with an `org_id` column loses the org's rows, so tables added
    /// later are covered without being listed here.
    public func removeOrg(id: ZohoID) throws {
        for table in try tableNames() where try columnNames(of: table).contains("org_id") {
            try run("DELETE FROM \"\(table)\" WHERE org_id = ?", [.integer(id.value)])
        }
        try run("DELETE FROM orgs WHERE id = ?", [.integer(id.value)])
    }

    /// Every table is emptied, `meta` too (its sequences belong to the state).
    public func removeEverything() throws {
        for table in try tableNames() {
            try run("DELETE FROM \"\(table)\"", [])
        }
    }

    private func tableNames() throws -> [String] {
        try all("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", []) {
            $0.text(0)
        }
    }

    private func columnNames(of table: String) throws -> [String] {
        try all("SELECT name FROM pragma_table_info(?)", [.text(table)]) { $0.text(0) }
    }
}
