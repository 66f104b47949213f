import ZohoJSON

/// Applies one element of a configuration body (POST or PUT) to a base
/// configuration: defaults for a new one, the stored one for an update.
/// Every refusal is the documented per-item Zoho error, with its JSON path.
public struct ConfigurationEditor {
    public enum Mode: Sendable {
        /// POST: `lock_type` mandatory, rule ids ignored.
        case create
        /// PUT: `lock_type` mandatory, absent keys keep their values, rules edited by id.
        case update
        /// Fixture documents: `lock_type` defaults, rule ids kept as given.
        case fixture
    }

    public static let maximumRules = 5
    public static let maximumExcludedFields = 15
    public static let maximumExcludedProfiles = 15
    public static let maximumCustomButtons = 30

    let context: ConfigurationContext
    let mode: Mode
    let generateID: () throws -> ZohoID

    public init(context: ConfigurationContext, mode: Mode, generateID: @escaping () throws -> ZohoID) {
        self.context = context
        self.mode = mode
        self.generateID = generateID
    }

    /// `path` is the element's JSON path, e.g. `$.record_locking_configurations[0]`.
    public func apply(_ item: JSONValue, to base: LockingConfiguration, path: String) throws -> LockingConfiguration {
        try apply(ConfigurationElement(item, at: path, mode: mode), to: base, path: path)
    }

    /// The same, for an element already read (its first checks passed).
    public func apply(_ element: ConfigurationElement, to base: LockingConfiguration, path: String) throws
        -> LockingConfiguration
    {
        let body = element.body
        var configuration = base
        let at = { (key: String) in "\(path).\(key)" }
        if let lockType = element.lockType { configuration.lockType = lockType }
        if let lockedFor = element.lockedFor { configuration.lockedFor = lockedFor }
        if body.contains("lock_excluded_profiles") {
            configuration.lockExcludedProfiles = try excludedProfiles(body["lock_excluded_profiles"], at("lock_excluded_profiles"))
        }
        if body.contains("excluded_fields") {
            configuration.excludedFields = try excludedFields(body["excluded_fields"], at("excluded_fields"))
        }
        if body.contains("restricted_actions") {
            configuration.restrictedActions = try restrictedActions(body["restricted_actions"], at("restricted_actions"))
        }
        if body.contains("restricted_communications") {
            configuration.restrictedCommunications = try communications(
                body["restricted_communications"], at("restricted_communications"))
        }
        if body.contains("restricted_custom_buttons") {
            configuration.restrictedCustomButtons = try customButtons(body["restricted_custom_buttons"], at("restricted_custom_buttons"))
        }
        if let value = Self.present(body, "lock_for_portal_users") {
            guard let flag = value.boolValue else {
                throw ZohoError.invalidDataType(apiName: "lock_for_portal_users", jsonPath: at("lock_for_portal_users"), expected: "boolean")
            }
            configuration.lockForPortalUsers = flag
        }
        if body.contains("locking_rules") {
            configuration.lockingRules = try rules(body["locking_rules"], existing: base.lockingRules, at("locking_rules"))
        }

        if configuration.lockedFor == .allProfilesExceptExcludedProfiles, (configuration.lockExcludedProfiles ?? []).isEmpty {
            throw ZohoError.dependentFieldMissing(.lockExcludedProfiles, elementPath: path)
        }
        if configuration.lockType.usesRules, configuration.lockingRules.isEmpty {
            throw ZohoError.dependentFieldMissing(.lockingRules, elementPath: path)
        }
        return configuration
    }

    // MARK: - Keys

    static func present(_ body: JSONObject, _ key: String) -> JSONValue? {
        guard let value = body[key], !value.isNull else { return nil }
        return value
    }

    /// An array at `path`, or nil for `null` (which clears the list); `limited` caps its length.
    func array(_ value: JSONValue?, _ key: String, _ path: String, limited: (list: ZohoError.LimitedList, limit: Int)? = nil)
        throws -> [JSONValue]?
    {
        guard let value, !value.isNull else { return nil }
        guard case .array(let items) = value else {
            throw ZohoError.invalidDataType(apiName: key, jsonPath: path, expected: "jsonarray")
        }
        if let limited, items.count > limited.limit {
            throw ZohoError.listLimitExceeded(limited.list, limit: limited.limit, availableLimit: limited.limit, jsonPath: path)
        }
        return items
    }

    private func excludedProfiles(_ value: JSONValue?, _ path: String) throws -> [NamedReference]? {
        guard let items = try array(value, "lock_excluded_profiles", path, limited: (.excludedProfiles, Self.maximumExcludedProfiles))
        else { return nil }
        var profiles: [NamedReference] = []
        for (index, item) in items.enumerated() {
            let idPath = "\(path)[\(index)].id"
            guard let id = item.objectValue?["id"].flatMap(ZohoID.init(json:)), let profile = try context.profile(id) else {
                throw ZohoError.referenceNotFound(.excludedProfile, jsonPath: idPath)
            }
            if !profiles.contains(where: { $0.id == id }) { profiles.append(NamedReference(name: profile.name, id: id)) }
        }
        return profiles.isEmpty ? nil : profiles
    }

    private func excludedFields(_ value: JSONValue?, _ path: String) throws -> [APINameReference]? {
        guard let items = try array(value, "excluded_fields", path, limited: (.excludedFields, Self.maximumExcludedFields))
        else { return nil }
        var fields: [APINameReference] = []
        for (index, item) in items.enumerated() {
            let field = try context.field(item, at: "\(path)[\(index)]")
            if FieldCatalog.systemManaged.contains(field.apiName) || FieldCatalog.unexcludableTypes.contains(field.dataType) {
                throw ZohoError.notSupported(.excludedField, jsonPath: "\(path)[\(index)].api_name")
            }
            if !fields.contains(where: { $0.id == field.id }) { fields.append(APINameReference(apiName: field.apiName, id: field.id)) }
        }
        return fields.isEmpty ? nil : fields
    }

    private func restrictedActions(_ value: JSONValue?, _ path: String) throws -> [String] {
        let items = try array(value, "restricted_actions", path) ?? []
        var actions = ["update"]  // Editing is always restricted.
        for (index, item) in items.enumerated() {
            guard let action = item.stringValue, LockingConfiguration.restrictedActionValues.contains(action) else {
                throw ZohoError.choiceNotFound(.restrictedAction, jsonPath: "\(path)[\(index)]")
            }
            if !actions.contains(action) { actions.append(action) }
        }
        return actions
    }

    /// Which communications a module offers: mail where records have an email,
    /// surveys and portal invitations where Zoho offers them.
    static func supportsCommunication(_ communication: String, module: ModuleInfo) -> Bool {
        if module.generatedType == "custom" { return true }
        switch communication {
        case "send_mail": return !["Tasks", "Solutions", "Price_Books"].contains(module.apiName)
        case "send_survey": return ["Leads", "Contacts", "Accounts", "Deals", "Cases"].contains(module.apiName)
        case "send_portal_invitation": return ["Contacts", "Accounts", "Vendors"].contains(module.apiName)
        default: return false
        }
    }

    private func communications(_ value: JSONValue?, _ path: String) throws -> [String]? {
        guard let items = try array(value, "restricted_communications", path) else { return nil }
        var communications: [String] = []
        for (index, item) in items.enumerated() {
            guard let communication = item.stringValue, LockingConfiguration.communicationValues.contains(communication) else {
                throw ZohoError.choiceNotFound(.communication, jsonPath: "\(path)[\(index)]")
            }
            guard Self.supportsCommunication(communication, module: context.module) else {
                throw ZohoError.notSupported(.communication, jsonPath: path)
            }
            if !communications.contains(communication) { communications.append(communication) }
        }
        return communications.isEmpty ? nil : communications
    }

    private func customButtons(_ value: JSONValue?, _ path: String) throws -> [NamedReference]? {
        guard let items = try array(value, "restricted_custom_buttons", path, limited: (.restrictedCustomButtons, Self.maximumCustomButtons))
        else { return nil }
        var buttons: [NamedReference] = []
        for (index, item) in items.enumerated() {
            let idPath = "\(path)[\(index)].id"
            guard let id = item.objectValue?["id"].flatMap(ZohoID.init(json:)),
                let button = context.customButton(id: id)
            else {
                throw ZohoError.referenceNotFound(.customButton, jsonPath: idPath)
            }
            if !buttons.contains(button) { buttons.append(button) }
        }
        return buttons.isEmpty ? nil : buttons
    }
}
