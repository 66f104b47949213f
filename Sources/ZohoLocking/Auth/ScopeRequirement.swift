/// An OAuth scope operation. `ALL` implies every other one; case does not matter.
public enum ScopeOperation: String, Sendable, CaseIterable {
    case all = "ALL", read = "READ", create = "CREATE", update = "UPDATE", delete = "DELETE"

    public init?(caseInsensitive text: some StringProtocol) {
        self.init(rawValue: text.uppercased())
    }

    func grants(_ needed: ScopeOperation) -> Bool { self == .all || self == needed }
}

/// What an endpoint asks of a token's scopes (§3.2). A token without it gets
/// 401 OAUTH_SCOPE_MISMATCH.
public enum ScopeRequirement: Sendable, Equatable {
    /// Locking information: `ZohoCRM.modules.lockinginformation.{op}` and the
    /// module's own scope (`ZohoCRM.modules.All` or `ZohoCRM.modules.{module}.{op}`).
    case lockingInformation(ScopeOperation)
    /// A record operation: the module's scope only.
    case records(ScopeOperation)
    /// A settings family: `ZohoCRM.settings.{family}.{op}`, `ZohoCRM.settings.{op}`.
    case settings(family: String, ScopeOperation)
    /// `ZohoCRM.{family}.{op}` (users, org).
    case family(String, ScopeOperation)
    /// Anything an authenticated token may call.
    case none

    /// Whether `scopes` satisfy the requirement for a module (API name; nil
    /// when the endpoint has no module).
    public func isSatisfied(by scopes: [String], module: String?) -> Bool {
        let granted = scopes.compactMap(GrantedScope.init)
        switch self {
        case .none:
            return true
        case .lockingInformation(let operation):
            return granted.contains { $0.grantsModule("lockinginformation", operation) }
                && granted.contains { $0.grantsModule(module, operation) }
        case .records(let operation):
            return granted.contains { $0.grantsModule(module, operation) }
        case .settings(let family, let operation):
            return granted.contains { $0.grants(service: "settings", family: family, operation) }
        case .family(let family, let operation):
            return granted.contains { $0.grants(service: family, family: nil, operation) }
        }
    }
}

/// One scope of a token: `ZohoCRM.<service>[.<family>].<operation>`.
struct GrantedScope {
    let service: String
    let family: String?
    let operation: ScopeOperation

    init?(_ text: String) {
        let parts = text.split(separator: ".")
        guard parts.count == 3 || parts.count == 4, parts[0].lowercased() == "zohocrm",
            let operation = ScopeOperation(caseInsensitive: parts[parts.count - 1])
        else { return nil }
        service = parts[1].lowercased()
        family = parts.count == 4 ? parts[2].lowercased() : nil
        self.operation = operation
    }

    func grants(service wanted: String, family wantedFamily: String?, _ needed: ScopeOperation) -> Bool {
        guard service == wanted, operation.grants(needed) else { return false }
        return family == nil || family == wantedFamily
    }

    /// `ZohoCRM.modules.{op}` covers every module (lockinginformation too);
    /// `ZohoCRM.modules.{name}.{op}` one, named as the docs list them
    /// (`leads`, `salesorders`, or `custom` for user-created modules).
    func grantsModule(_ module: String?, _ needed: ScopeOperation) -> Bool {
        guard service == "modules", operation.grants(needed) else { return false }
        guard let family else { return true }
        guard let module else { return false }
        let lowered = module.lowercased()
        return family == lowered || family == lowered.replacingOccurrences(of: "_", with: "")
            || (family == "custom" && ModuleCatalog.standardModule(named: module) == nil)
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
