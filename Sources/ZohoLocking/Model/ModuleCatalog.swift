/// A CRM module as the API sees it.
public struct ModuleInfo: Sendable, Equatable {
    public var apiName: String
    public var id: ZohoID
    /// `default` for Zoho's modules, `custom` for user-created ones (modules API wording).
    public var generatedType: String
    /// Whether record locking applies: the documented standard modules and
    /// user-created custom modules (docs/behaviour.md lists those that cannot be locked).
    public var lockable: Bool

    public init(apiName: String, id: ZohoID, generatedType: String, lockable: Bool) {
        self.apiName = apiName
        self.id = id
        self.generatedType = generatedType
        self.lockable = lockable
    }

    public var reference: APINameReference { APINameReference(apiName: apiName, id: id) }
}

/// The modules every org has. Immutable: orgs add custom modules through fixtures.
public enum ModuleCatalog {
    /// Leads' id is the one in Zoho's documentation samples; the others follow its pattern.
    public static let standard: [ModuleInfo] = [
        ("Leads", 5843104000000002175, true), ("Accounts", 5843104000000002177, true),
        ("Contacts", 5843104000000002179, true), ("Deals", 5843104000000002181, true),
        ("Tasks", 5843104000000002193, true), ("Cases", 5843104000000002199, true),
        ("Solutions", 5843104000000002201, true), ("Vendors", 5843104000000002203, true),
        ("Price_Books", 5843104000000002205, true), ("Quotes", 5843104000000002207, true),
        ("Sales_Orders", 5843104000000002209, true), ("Purchase_Orders", 5843104000000002211, true),
        ("Invoices", 5843104000000002213, true),
        // Exist in every org but cannot be locked (docs/behaviour.md), Products included,
        // though Zoho's v8 pages list it.
        ("Products", 5843104000000002185, false), ("Campaigns", 5843104000000002183, false),
        ("Calls", 5843104000000002189, false), ("Events", 5843104000000002191, false),
        ("Notes", 5843104000000002195, false),
    ].map { ModuleInfo(apiName: $0.0, id: ZohoID($0.1), generatedType: "default", lockable: $0.2) }

    private static let byName: [String: ModuleInfo] = Dictionary(
        uniqueKeysWithValues: standard.map { ($0.apiName, $0) })

    /// Exact-case lookup: `leads` is not `Leads` (docs/behaviour.md, module name case).
    public static func standardModule(named apiName: String) -> ModuleInfo? { byName[apiName] }
}
