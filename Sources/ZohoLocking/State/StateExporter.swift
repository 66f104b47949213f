import ZohoJSON

/// Writes what the store holds as a fixture document, so that loading it into
/// an empty server reproduces the state: every id is given, tokens are in full
/// with the lifetime they have left, and the org keeps its id sequence, so ids
/// generated afterwards are the ones this server would have handed out.
/// Date-times are written in the org's zone. The format and what is exported:
/// docs/fixtures.md#exporting-the-state.
public struct StateExporter {
    private let repository: any StateRepository
    private let now: Int64
    private let defaultTimeZone: String

    public init(repository: any StateRepository, now: Int64, defaultTimeZone: String) {
        self.repository = repository
        self.now = now
        self.defaultTimeZone = defaultTimeZone
    }

    /// `{"orgs": [...]}` with the given orgs, or every org when nil; nil when an asked-for org does not exist.
    public func document(orgIDs: [ZohoID]? = nil) throws -> JSONValue? {
        var orgs: [JSONValue] = []
        for id in try orgIDs ?? repository.allOrgIDs() {
            guard let org = try repository.org(id: id) else { return nil }
            orgs.append(try orgObject(org))
        }
        return .object(JSONObject([("orgs", .array(orgs))]))
    }

    private func orgObject(_ org: Org) throws -> JSONValue {
        let zone = org.timeZone ?? defaultTimeZone
        var object = JSONObject([
            ("id", org.id.json), ("name", .string(org.name)), ("edition", .string(org.edition.rawValue)),
        ])
        if let timeZone = org.timeZone { object["time_zone"] = .string(timeZone) }
        object["locking_module_created"] = .bool(org.lockingModuleCreated)
        object["id_sequence"] = .int64(try repository.idSequence(orgID: org.id))
        object["profiles"] = .array(try repository.allProfiles(orgID: org.id).map(Self.profile))
        object["users"] = .array(try repository.allUsers(orgID: org.id).map(Self.user))
        object["modules"] = .array(try modules(org.id))
        object["tokens"] = .array(try repository.allTokens(orgID: org.id).map(token))
        object["oauth_clients"] = .array(try repository.allOAuthClients(orgID: org.id, now: now).map(oauthClient))
        object["records"] = .array(try repository.allRecords(orgID: org.id).map { record($0, zone: zone) })
        object["record_locking_configurations"] = .array(
            try repository.allConfigurations(orgID: org.id).map { configuration($0, zone: zone) })
        object["locks"] = .array(try repository.allLocks(orgID: org.id).map { lock($0, zone: zone) })
        return .object(object)
    }

    private static func profile(_ profile: Profile) -> JSONValue {
        .object(JSONObject([
            ("id", profile.id.json), ("name", .string(profile.name)), ("record_locking", .bool(profile.recordLocking)),
            ("customize_crm", .bool(profile.customizeCRM)),
        ]))
    }

    private static func user(_ user: User) -> JSONValue {
        .object(JSONObject([
            ("id", user.id.json), ("name", .string(user.name)), ("email", .string(user.email)),
            ("profile_id", user.profileID.json),
        ]))
    }

    /// Custom modules, then standard modules that fixtures gave fields or buttons.
    private func modules(_ orgID: ZohoID) throws -> [JSONValue] {
        let fields = try repository.addedFields(orgID: orgID)
        let buttons = try repository.allCustomButtons(orgID: orgID)
        var modules = try repository.allCustomModules(orgID: orgID).map { module in
            JSONObject([
                ("api_name", .string(module.apiName)), ("id", module.id.json),
                ("generated_type", .string(module.generatedType)),
            ])
        }
        let standardNames = Set(fields.map(\.module) + buttons.map(\.module))
            .subtracting(modules.compactMap { $0["api_name"]?.stringValue }).sorted()
        modules += standardNames.map { JSONObject([("api_name", .string($0))]) }
        return modules.map { module in
            var module = module
            let name = module["api_name"]?.stringValue
            let moduleFields = fields.filter { $0.module == name }.map { added in
                JSONValue.object(JSONObject([
                    ("api_name", .string(added.field.apiName)), ("data_type", .string(added.field.dataType)),
                    ("id", added.field.id.json),
                ]))
            }
            let moduleButtons = buttons.filter { $0.module == name }.map { added in
                JSONValue.object(JSONObject([("id", added.button.id.json), ("name", .string(added.button.name ?? ""))]))
            }
            if !moduleFields.isEmpty { module["fields"] = .array(moduleFields) }
            if !moduleButtons.isEmpty { module["custom_buttons"] = .array(moduleButtons) }
            return .object(module)
        }
    }

    /// `expires_in` is the lifetime left (0 once expired); a token without one never expires.
    private func token(_ token: AccessTokenGrant) -> JSONValue {
        var object = JSONObject([
            ("access_token", .string(token.accessToken)), ("user_id", token.userID.json),
            ("scopes", .array(token.scopes.map(JSONValue.string))),
        ])
        if let expiresAt = token.expiresAt { object["expires_in"] = .int64(max(0, expiresAt - now)) }
        if let refreshToken = token.refreshToken { object["refresh_token"] = .string(refreshToken) }
        return .object(object)
    }

    private func oauthClient(_ client: OAuthClient) -> JSONValue {
        var object = JSONObject([
            ("client_id", .string(client.clientID)), ("client_secret", .string(client.clientSecret)),
            ("user_id", client.userID.json), ("scopes", .array(client.scopes.map(JSONValue.string))),
        ])
        if let redirectURI = client.redirectURI { object["redirect_uri"] = .string(redirectURI) }
        object["grant_codes"] = .array(client.grantCodes.map { grant in
            guard let expiresAt = grant.expiresAt else { return .string(grant.code) }
            return .object(JSONObject([("code", .string(grant.code)), ("expires_in", .int64(max(0, expiresAt - now)))]))
        })
        object["refresh_tokens"] = .array(client.refreshTokens.map(JSONValue.string))
        return .object(object)
    }

    private func record(_ record: CRMRecord, zone: String) -> JSONValue {
        var object = JSONObject([("module", .string(record.module)), ("id", record.id.json)])
        if let name = record.name { object["name"] = .string(name) }
        if let owner = record.ownerID { object["owner_id"] = owner.json }
        object["fields"] = .object(record.fields)
        if let createdBy = record.createdBy { object["created_by_id"] = createdBy.json }
        object["created_time"] = time(record.createdTime, zone)
        if let modifiedBy = record.modifiedBy { object["modified_by_id"] = modifiedBy.json }
        object["modified_time"] = time(record.modifiedTime, zone)
        return .object(object)
    }

    private func configuration(_ configuration: LockingConfiguration, zone: String) -> JSONValue {
        let c = configuration
        var object = JSONObject([
            ("module", .string(c.module)), ("id", c.id.json), ("lock_type", .string(c.lockType.rawValue)),
            ("locked_for", .string(c.lockedFor.rawValue)),
        ])
        if let profiles = c.lockExcludedProfiles { object["lock_excluded_profiles"] = .array(profiles.map(\.json)) }
        if let fields = c.excludedFields { object["excluded_fields"] = .array(fields.map(\.json)) }
        object["restricted_actions"] = .array(c.restrictedActions.map(JSONValue.string))
        if let communications = c.restrictedCommunications {
            object["restricted_communications"] = .array(communications.map(JSONValue.string))
        }
        if let buttons = c.restrictedCustomButtons { object["restricted_custom_buttons"] = .array(buttons.map(\.json)) }
        object["lock_for_portal_users"] = .bool(c.lockForPortalUsers)
        object["system_defined"] = .bool(c.systemDefined)
        object["locking_rules"] = .array(c.lockingRules.map(ConfigurationView.rule))
        if let createdBy = c.createdBy { object["created_by_id"] = createdBy.id.json }
        object["created_time"] = time(c.createdTime, zone)
        if let modifiedBy = c.modifiedBy { object["modified_by_id"] = modifiedBy.id.json }
        object["modified_time"] = time(c.modifiedTime, zone)
        return .object(object)
    }

    private func lock(_ lock: LockEntry, zone: String) -> JSONValue {
        var object = JSONObject([
            ("module", .string(lock.record.module.apiName)), ("record_id", lock.record.id.json), ("id", lock.id.json),
            ("Lock_Source__s", .string(lock.source.rawValue)),
        ])
        if let reason = lock.reason { object["Locked_Reason__s"] = .string(reason) }
        if let lockedBy = lock.lockedBy { object["locked_by_id"] = lockedBy.id.json }
        if let ruleID = lock.ruleID { object["Record_Locking_Rule_Id__s"] = ruleID.json }
        object["Locked_Time__s"] = time(lock.lockedTime, zone)
        object["Modified_Time"] = time(lock.modifiedTime, zone)
        return .object(object)
    }

    private func time(_ epochSeconds: Int64, _ zone: String) -> JSONValue {
        .string(ZohoDateTime.format(epochSeconds, timeZone: zone))
    }
}
