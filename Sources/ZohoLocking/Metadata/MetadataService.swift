import ZohoJSON

/// The metadata endpoints the official SDK calls: field metadata, the module
/// list (with `If-Modified-Since` → 304), the current user and the org
/// (docs/zoho-api.md#metadata-the-official-sdk-fetches).
public struct MetadataService: Sendable {
    /// Modules with their fields, when they changed, and the users with their profiles.
    public typealias Repository = ModuleRepository & MetadataRepository & UserRepository

    private let store: any TransactionalStore<any Repository>
    private let environment: ServiceEnvironment

    public init<Store: TransactionalStore>(store: Store, environment: ServiceEnvironment)
    where Store.Repository: Repository {
        self.store = store.narrowed { $0 as any Repository }
        self.environment = environment
    }

    /// `GET /settings/fields?module=…`.
    public func fields(_ caller: Caller, _ query: QueryParameters) throws -> ZohoReply {
        guard let name = query["module"] else { throw ZohoError.requiredParamMissing(param: "module") }
        if name == FieldMetadataView.lockingInformationModule.apiName {
            // The system module exists only once the org has had a configuration.
            guard caller.org.lockingModuleCreated else { throw ZohoError.invalidModule(resourcePathIndex: nil) }
            return Self.fieldsReply(FieldMetadataView.lockingInformationFields)
        }
        return try store.read { repository in
            guard let module = try repository.module(orgID: caller.org.id, apiName: name) else {
                throw ZohoError.invalidModule(resourcePathIndex: nil)
            }
            let builtIn = Set(FieldCatalog.builtInFields(of: module).map(\.apiName))
            let views = try repository.fields(orgID: caller.org.id, module: module).map {
                FieldMetadataView($0, custom: !builtIn.contains($0.apiName))
            }
            return Self.fieldsReply(views)
        }
    }

    /// `GET /settings/modules`: every module the org has, `api_supported`
    /// and `generated_type` set. `If-Modified-Since` (ISO-8601, as the SDK sends
    /// it) at or after the org's last metadata change answers 304.
    public func modules(_ caller: Caller, ifModifiedSince: String?) throws -> ZohoReply {
        try store.read { repository in
            let changed = try repository.metadataModifiedTime(orgID: caller.org.id)
            if let since = ifModifiedSince.flatMap(ZohoDateTime.parse), since >= changed {
                return ZohoReply(status: 304, body: nil)
            }
            var modules = ModuleCatalog.standard + (try repository.customModules(orgID: caller.org.id))
            if caller.org.lockingModuleCreated { modules.append(FieldMetadataView.lockingInformationModule) }
            let timeZone = environment.timeZone(for: caller.org)
            let views: [JSONValue] = modules.map { module in
                let label = FieldMetadataView.label(module.apiName)
                return .object(JSONObject([
                    ("api_name", .string(module.apiName)), ("module_name", .string(module.apiName)),
                    ("id", module.id.json), ("api_supported", true), ("generated_type", .string(module.generatedType)),
                    ("singular_label", .string(label)), ("plural_label", .string(label)), ("status", "visible"),
                    ("modified_time", .string(ZohoDateTime.format(changed, timeZone: timeZone))),
                ]))
            }
            return ZohoReply(status: 200, body: .object(JSONObject([("modules", .array(views))])))
        }
    }

    /// `GET /users?type=CurrentUser|AllUsers|ActiveUsers`.
    public func users(_ caller: Caller, _ query: QueryParameters) throws -> ZohoReply {
        let type = query["type"] ?? "AllUsers"
        guard ["CurrentUser", "AllUsers", "ActiveUsers"].contains(type) else {
            throw ZohoError.invalidParameter(param: "type")
        }
        return try store.read { repository in
            let users = type == "CurrentUser" ? [caller.user] : try repository.users(orgID: caller.org.id)
            let timeZone = environment.timeZone(for: caller.org)
            var views: [JSONValue] = []
            for user in users {
                let profile = try repository.profile(orgID: caller.org.id, id: user.profileID)
                let names = user.name.split(separator: " ", maxSplits: 1).map(String.init)
                views.append(.object(JSONObject([
                    ("id", user.id.json), ("full_name", .string(user.name)),
                    ("first_name", names.count > 1 ? .string(names[0]) : .null),
                    ("last_name", .string(names.last ?? user.name)), ("email", .string(user.email)),
                    ("profile", profile.map { NamedReference(name: $0.name, id: $0.id).json } ?? .null),
                    ("status", "active"), ("time_zone", .string(timeZone)),
                ])))
            }
            let page = PageInfo.paginate(views, page: 1, perPage: 200)
            let info = JSONObject([
                ("per_page", 200), ("count", .int(page.items.count)), ("page", 1), ("more_records", .bool(page.info.moreRecords)),
            ])
            return ZohoReply(status: 200, body: .object(JSONObject([("users", .array(page.items)), ("info", .object(info))])))
        }
    }

    /// `GET /org`: the SDK reads `org[0].zgid`.
    public func org(_ caller: Caller) -> ZohoReply {
        let org = caller.org
        let body = JSONObject([
            ("id", org.id.json), ("company_name", .string(org.name)), ("zgid", .string(org.id.description)),
            ("primary_email", .string(caller.user.email)), ("time_zone", .string(environment.timeZone(for: org))),
            ("type", "production"), ("license_details", .object(JSONObject([("paid_type", .string(org.edition.rawValue))]))),
        ])
        return ZohoReply(status: 200, body: .object(JSONObject([("org", .array([.object(body)]))])))
    }

    private static func fieldsReply(_ fields: [FieldMetadataView]) -> ZohoReply {
        ZohoReply(status: 200, body: .object(JSONObject([("fields", .array(fields.map(\.json)))])))
    }
}
