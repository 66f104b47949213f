import ZohoJSON

/// Loads a fixture document (docs/fixtures.md) into the store, adding or replacing
/// by id. Sections load in dependency order, so every reference is checked
/// against what is already in the org, from this document or before it. Run it
/// inside one write transaction: the first bad reference throws and the
/// transaction rolls back, so nothing of a rejected document is kept.
public struct FixtureLoader {
    /// Orgs one document may hold. Each costs several writes, whatever it holds:
    /// a 1 MiB document of `{}`s (350k orgs) would hold the store for seconds.
    public static let maximumOrgs = 10_000

    /// Every row a document can hold, and the reads that check what it refers to.
    public typealias Repository = FixtureRepository & StateRepository & ModuleRepository & IDRepository & UserRepository
        & RecordRepository & ConfigurationRepository & MetadataRepository & OAuthRepository

    private let repository: any Repository
    private let now: Int64

    public init(repository: any Repository, now: Int64) {
        self.repository = repository
        self.now = now
    }

    /// Returns the ids of the orgs the document touched, in document order.
    public func load(_ document: JSONValue) throws -> [ZohoID] {
        let root = try FixtureObject(document, path: "$")
        guard let orgs = root.object["orgs"]?.arrayValue else {
            throw FixtureError(at: "$.orgs", "is required and must be an array")
        }
        guard orgs.count <= Self.maximumOrgs else {
            throw FixtureError(at: "$.orgs", "holds \(orgs.count) orgs; one document may hold \(Self.maximumOrgs)")
        }
        var orgIDs: [ZohoID] = []
        for org in try root.objects("orgs") {
            orgIDs.append(try loadOrg(org))
        }
        return orgIDs
    }

    private func loadOrg(_ fixture: FixtureObject) throws -> ZohoID {
        let id = try fixture.id("id") ?? repository.generateOrgID()
        let existing = try repository.org(id: id)
        if let zone = try fixture.string("time_zone"), !ZohoDateTime.isKnownTimeZone(zone) {
            throw FixtureError(at: fixture.at("time_zone"), "unknown time zone \(zone)")
        }
        var org = Org(
            id: id, name: try fixture.string("name") ?? existing?.name ?? "Org \(id)",
            edition: try fixture.oneOf("edition", Edition.self) ?? existing?.edition ?? .enterprise,
            timeZone: try fixture.string("time_zone") ?? existing?.timeZone,
            // `GET /__mock/state` writes it: an org whose configurations were all deleted keeps
            // `Locking_Information__s` ("NOT_ALLOWED", not "relation not found").
            lockingModuleCreated: try fixture.bool("locking_module_created") ?? existing?.lockingModuleCreated ?? false)
        try repository.upsertOrg(org)
        try repository.touchMetadata(orgID: id, at: now)
        // Also from `GET /__mock/state`: ids generated later continue after those already handed out.
        if let sequence = try fixture.integer("id_sequence") { try repository.raiseIDSequence(orgID: id, to: sequence) }

        let profiles = try fixture.objects("profiles")
        let profileIDs = try FixtureIDs(repository, orgID: id, for: profiles)
        for profile in profiles { try loadProfile(profile, orgID: id, newID: profileIDs) }
        let users = try fixture.objects("users")
        let userIDs = try FixtureIDs(repository, orgID: id, for: users)
        for user in users { try loadUser(user, orgID: id, newID: userIDs) }
        for module in try fixture.objects("modules") { try loadModule(module, orgID: id) }
        for token in try fixture.objects("tokens") { try loadToken(token, orgID: id) }
        for client in try fixture.objects("oauth_clients") { try loadOAuthClient(client, orgID: id) }
        let records = try fixture.objects("records")
        let recordIDs = try FixtureIDs(repository, orgID: id, for: records)
        for record in records { try loadRecord(record, orgID: id, newID: recordIDs) }
        let configurations = try fixture.objects("record_locking_configurations")
        var configuredModules = Set<String>()
        for configuration in configurations {
            let module = try ConfigurationFixture(configuration, loader: self, orgID: id).store()
            guard configuredModules.insert(module).inserted else {
                throw FixtureError(at: configuration.path, "a second configuration for module \(module)")
            }
        }
        if !configurations.isEmpty && !org.lockingModuleCreated {
            org.lockingModuleCreated = true
            try repository.upsertOrg(org)
        }
        var lockedRecords = Set<ZohoID>()
        let locks = try fixture.objects("locks")
        let lockIDs = try FixtureIDs(repository, orgID: id, for: locks)
        // Loading locks changes no configuration, so each module's is read (and its rules decoded) once.
        var configurationsByModule: [String: LockingConfiguration?] = [:]
        for lock in locks {
            let recordID = try loadLock(lock, orgID: id, newID: lockIDs, configurations: &configurationsByModule)
            guard lockedRecords.insert(recordID).inserted else {
                throw FixtureError(at: lock.path, "a second lock for record \(recordID); a record holds one lock")
            }
        }
        return id
    }

    private func loadProfile(_ fixture: FixtureObject, orgID: ZohoID, newID: FixtureIDs) throws {
        let profile = Profile(
            id: try fixture.id("id") ?? newID.next(),
            name: try fixture.requiredString("name"),
            recordLocking: try fixture.bool("record_locking") ?? true,
            customizeCRM: try fixture.bool("customize_crm") ?? true)
        try repository.upsertProfile(orgID: orgID, profile)
    }

    private func loadUser(_ fixture: FixtureObject, orgID: ZohoID, newID: FixtureIDs) throws {
        let profileID = try fixture.requiredID("profile_id")
        guard try repository.profile(orgID: orgID, id: profileID) != nil else {
            throw FixtureError(at: fixture.at("profile_id"), "no profile \(profileID) in org \(orgID)")
        }
        let user = User(
            id: try fixture.id("id") ?? newID.next(),
            name: try fixture.requiredString("name"),
            email: try fixture.string("email") ?? "", profileID: profileID)
        try repository.upsertUser(orgID: orgID, user)
    }

    /// Checks that a user exists in the org and returns its id.
    func requireUser(_ fixture: FixtureObject, _ key: String, orgID: ZohoID) throws -> ZohoID? {
        guard let userID = try fixture.id(key) else { return nil }
        guard try repository.user(orgID: orgID, id: userID) != nil else {
            throw FixtureError(at: fixture.at(key), "no user \(userID) in org \(orgID)")
        }
        return userID
    }

    private func loadModule(_ fixture: FixtureObject, orgID: ZohoID) throws {
        let apiName = try fixture.requiredString("api_name")
        var module = try repository.module(orgID: orgID, apiName: apiName)
        if ModuleCatalog.standardModule(named: apiName) == nil {
            let generatedType = try fixture.string("generated_type") ?? module?.generatedType ?? "custom"
            // Only user-created custom modules support record locking.
            let custom = ModuleInfo(
                apiName: apiName, id: try fixture.id("id") ?? module?.id ?? repository.generateID(orgID: orgID),
                generatedType: generatedType, lockable: generatedType == "custom")
            try repository.upsertModule(orgID: orgID, custom)
            module = custom
        }
        guard let module else { throw FixtureError(at: fixture.at("api_name"), "unknown module \(apiName)") }
        let buttons = try fixture.objects("custom_buttons")
        let buttonIDs = try FixtureIDs(repository, orgID: orgID, for: buttons)
        for button in buttons {
            let reference = NamedReference(name: try button.requiredString("name"), id: try button.id("id") ?? buttonIDs.next())
            try repository.upsertCustomButton(orgID: orgID, module: module.apiName, reference)
        }
        let fields = try fixture.objects("fields")
        let fieldIDs = try FixtureIDs(repository, orgID: orgID, for: fields)
        for field in fields {
            let definition = FieldDefinition(
                apiName: try field.requiredString("api_name"), dataType: try field.requiredString("data_type"),
                id: try field.id("id") ?? fieldIDs.next())
            try repository.upsertField(orgID: orgID, module: module.apiName, definition)
        }
    }

    private func loadToken(_ fixture: FixtureObject, orgID: ZohoID) throws {
        guard let userID = try requireUser(fixture, "user_id", orgID: orgID) else {
            throw FixtureError(at: fixture.at("user_id"), "is required")
        }
        let token = AccessTokenGrant(
            accessToken: try fixture.requiredString("access_token"), userID: userID,
            scopes: try fixture.strings("scopes") ?? [],
            expiresAt: try fixture.integer("expires_in").map { now + $0 },
            refreshToken: try fixture.string("refresh_token"))
        try repository.upsertToken(orgID: orgID, token)
    }

    private func loadOAuthClient(_ fixture: FixtureObject, orgID: ZohoID) throws {
        guard let userID = try requireUser(fixture, "user_id", orgID: orgID) else {
            throw FixtureError(at: fixture.at("user_id"), "is required")
        }
        let client = OAuthClient(
            clientID: try fixture.requiredString("client_id"), clientSecret: try fixture.requiredString("client_secret"),
            userID: userID, scopes: try fixture.strings("scopes") ?? [],
            redirectURI: try fixture.string("redirect_uri"),
            grantCodes: try grantCodes(fixture),
            refreshTokens: try fixture.strings("refresh_tokens") ?? [])
        try repository.upsertOAuthClient(orgID: orgID, client)
    }

    /// `grant_codes` items are strings (never expire) or `{"code": …, "expires_in": seconds}`.
    private func grantCodes(_ fixture: FixtureObject) throws -> [GrantCode] {
        guard case .array(let items)? = fixture.object["grant_codes"] else {
            return try fixture.strings("grant_codes").map { $0.map { GrantCode(code: $0, expiresAt: nil) } } ?? []
        }
        return try items.enumerated().map { index, item in
            if case .string(let code) = item { return GrantCode(code: code, expiresAt: nil) }
            let object = try FixtureObject(item, path: "\(fixture.at("grant_codes"))[\(index)]")
            return GrantCode(
                code: try object.requiredString("code"), expiresAt: try object.integer("expires_in").map { now + $0 })
        }
    }

    private func loadRecord(_ fixture: FixtureObject, orgID: ZohoID, newID: FixtureIDs) throws {
        let moduleName = try fixture.requiredString("module")
        guard try repository.module(orgID: orgID, apiName: moduleName) != nil else {
            throw FixtureError(at: fixture.at("module"), "unknown module \(moduleName)")
        }
        var fields = JSONObject()
        if let value = fixture.object["fields"], !value.isNull {
            guard case .object(let object) = value else { throw FixtureError(at: fixture.at("fields"), "must be an object") }
            fields = object
        }
        let record = CRMRecord(
            module: moduleName, id: try fixture.id("id") ?? newID.next(),
            // Without a `name`, the record is named as the Records API would name it.
            name: try fixture.string("name") ?? RecordDisplayName.of(module: moduleName, fields: fields),
            ownerID: try requireUser(fixture, "owner_id", orgID: orgID),
            fields: fields, createdBy: try requireUser(fixture, "created_by_id", orgID: orgID),
            createdTime: try fixture.time("created_time") ?? now,
            modifiedBy: try requireUser(fixture, "modified_by_id", orgID: orgID),
            modifiedTime: try fixture.time("modified_time") ?? now)
        try repository.upsertRecord(orgID: orgID, record)
    }

    /// Returns the locked record's id.
    private func loadLock(
        _ fixture: FixtureObject, orgID: ZohoID, newID: FixtureIDs, configurations: inout [String: LockingConfiguration?]
    ) throws -> ZohoID {
        let moduleName = try fixture.requiredString("module")
        guard let module = try repository.module(orgID: orgID, apiName: moduleName), module.lockable else {
            throw FixtureError(at: fixture.at("module"), "module \(moduleName) does not exist or cannot be locked")
        }
        let recordID = try fixture.requiredID("record_id")
        guard let record = try repository.record(orgID: orgID, module: moduleName, id: recordID) else {
            throw FixtureError(at: fixture.at("record_id"), "no \(moduleName) record \(recordID) in org \(orgID)")
        }
        if configurations[moduleName] == nil {
            configurations[moduleName] = .some(try repository.configuration(orgID: orgID, module: moduleName))
        }
        guard let configuration = configurations[moduleName] ?? nil else {
            throw FixtureError(at: fixture.path, "module \(moduleName) has no record locking configuration")
        }
        let source = try fixture.oneOf("Lock_Source__s", LockSource.self) ?? .manual
        var lockedBy: NamedReference?
        var ruleID: ZohoID?
        switch source {
        case .manual:
            guard let userID = try requireUser(fixture, "locked_by_id", orgID: orgID) else {
                throw FixtureError(at: fixture.at("locked_by_id"), "is required for a manual lock")
            }
            lockedBy = try repository.user(orgID: orgID, id: userID)?.reference
        case .automatic:
            let rule = try fixture.requiredID("Record_Locking_Rule_Id__s")
            guard configuration.lockingRules.contains(where: { $0.id == rule }) else {
                throw FixtureError(
                    at: fixture.at("Record_Locking_Rule_Id__s"), "no rule \(rule) in the \(moduleName) configuration")
            }
            ruleID = rule
        }
        let lockedTime = try fixture.time("Locked_Time__s") ?? now
        let lock = LockEntry(
            id: try fixture.id("id") ?? newID.next(),
            record: LockedRecord(module: module.reference, name: record.name, id: recordID),
            source: source, reason: source == .manual ? try fixture.string("Locked_Reason__s") : nil,
            lockedBy: lockedBy, lockedTime: lockedTime, configurationID: configuration.id, ruleID: ruleID,
            createdBy: lockedBy, createdTime: lockedTime, modifiedBy: lockedBy,
            modifiedTime: try fixture.time("Modified_Time") ?? lockedTime)
        try repository.upsertLock(orgID: orgID, lock)
        return recordID
    }

    var store: any Repository { repository }
    var loadTime: Int64 { now }
}
