/// An OAuth scope operation. `ALL` implies every other one; case does not matter.
public enum ScopeOperation: String, Sendable, CaseIterable {
    case all = "ALL", read = "READ", create = "CREATE", update = "UPDATE", delete = "DELETE"

    public init?(caseInsensitive text: some StringProtocol) {
        self.init(rawValue: text.uppercased())
    }

    func grants(_ needed: ScopeOperation) -> Bool { self == .all || self == needed }
}

/// What an endpoint asks of a token's scopes, as Zoho documents them
/// (https://www.zoho.com/crm/developer/docs/api/v8/scopes.html). A token without it gets
/// 401 OAUTH_SCOPE_MISMATCH.
public enum ScopeRequirement: Sendable, Equatable {
    /// Locking information: `ZohoCRM.modules.lockinginformation.{op}` and the
    /// module's own scope (`ZohoCRM.modules.All` or `ZohoCRM.modules.{module}.{op}`).
    case lockingInformation(ScopeOperation)
    /// A record operation: the module's scope only.
    case records(ScopeOperation)
    /// Search Records: the module's READ scope and `ZohoSearch.securesearch.READ`
    /// (https://www.zoho.com/crm/developer/docs/api/v8/search-records.html).
    case search
    /// A settings family: `ZohoCRM.settings.{family}.{op}`, `ZohoCRM.settings.{op}`.
    case settings(family: String, ScopeOperation)
    /// `ZohoCRM.{family}.{op}` (users, org).
    case family(String, ScopeOperation)
    /// Mass update: `ZohoCRM.mass_update.{op}` or `ZohoCRM.mass_update.{module}.{op}`, no
    /// module scope (https://www.zoho.com/crm/developer/docs/api/v8/mass-update-records.html).
    case massUpdate(ScopeOperation)

    /// Whether a caller's scopes satisfy the requirement for a module (API
    /// name; nil when the endpoint has no module).
    public func isSatisfied(by granted: GrantedScopes, module: String?) -> Bool {
        let scopes = granted.scopes
        switch self {
        case .lockingInformation(let operation):
            let target = ModuleScopeName(module)
            return scopes.contains { $0.grantsModule(ModuleScopeName.lockingInformation, operation) }
                && scopes.contains { $0.grantsModule(target, operation) }
        case .records(let operation):
            let target = ModuleScopeName(module)
            return scopes.contains { $0.grantsModule(target, operation) }
        case .search:
            let target = ModuleScopeName(module)
            return granted.secureSearch && scopes.contains { $0.grantsModule(target, .read) }
        case .settings(let family, let operation):
            let family = family.lowercased()
            return scopes.contains { $0.grants(service: "settings", family: family, operation) }
        case .family(let family, let operation):
            return scopes.contains { $0.grants(service: family, family: nil, operation) }
        case .massUpdate(let operation):
            let target = ModuleScopeName(module)
            return scopes.contains { $0.grantsModule(target, operation, service: "mass_update") }
        }
    }
}

/// A token's scopes, parsed once: `ZohoCRM.<service>[.<family>].<operation>`.
public struct GrantedScopes: Sendable, Equatable {
    let scopes: [GrantedScope]
    /// `ZohoSearch.securesearch.READ` (or `.ALL`): another service than ZohoCRM, so kept apart.
    let secureSearch: Bool

    public init(_ texts: [String]) {
        scopes = texts.compactMap(GrantedScope.init)
        secureSearch = texts.contains { text in
            let parts = text.lowercased().split(separator: ".", omittingEmptySubsequences: false)
            return parts.count == 3 && parts[0] == "zohosearch" && parts[1] == "securesearch"
                && (ScopeOperation(caseInsensitive: parts[2])?.grants(.read) ?? false)
        }
    }
}

/// A module as scope names spell it (`Sales_Orders` → `sales_orders` or `salesorders`).
struct ModuleScopeName {
    static let lockingInformation = ModuleScopeName(lowered: "lockinginformation", custom: false)

    let lowered: String?
    let withoutUnderscores: String?
    /// User-created modules are covered by `ZohoCRM.modules.custom.{op}`.
    let custom: Bool

    init(_ module: String?) {
        let lowered = module?.lowercased()
        self.init(lowered: lowered, custom: module.map { ModuleCatalog.standardModule(named: $0) == nil } ?? false)
    }

    init(lowered: String?, custom: Bool) {
        self.lowered = lowered
        self.withoutUnderscores = lowered.map { String($0.unicodeScalars.filter { $0 != "_" }) }
        self.custom = custom
    }
}

/// One scope of a token.
struct GrantedScope: Sendable, Equatable {
    let service: String
    let family: String?
    let operation: ScopeOperation

    init?(_ text: String) {
        let parts = text.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 3 || parts.count == 4,
            String(decoding: parts[0], as: UTF8.self).lowercased() == "zohocrm",
            let operation = ScopeOperation(caseInsensitive: String(decoding: parts[parts.count - 1], as: UTF8.self))
        else { return nil }
        service = String(decoding: parts[1], as: UTF8.self).lowercased()
        family = parts.count == 4 ? String(decoding: parts[2], as: UTF8.self).lowercased() : nil
        self.operation = operation
    }

    func grants(service wanted: String, family wantedFamily: String?, _ needed: ScopeOperation) -> Bool {
        guard service == wanted, operation.grants(needed) else { return false }
        return family == nil || family == wantedFamily
    }

    /// `ZohoCRM.modules.{op}` covers every module (lockinginformation too);
    /// `ZohoCRM.modules.{name}.{op}` one, named as the docs list them
    /// (`leads`, `salesorders`, or `custom` for user-created modules).
    /// The same spelling serves `ZohoCRM.mass_update.{name}.{op}`.
    func grantsModule(_ module: ModuleScopeName, _ needed: ScopeOperation, service wanted: String = "modules") -> Bool {
        guard service == wanted, operation.grants(needed) else { return false }
        guard let family else { return true }
        guard let lowered = module.lowered else { return false }
        return family == lowered || family == module.withoutUnderscores || (family == "custom" && module.custom)
    }
}
