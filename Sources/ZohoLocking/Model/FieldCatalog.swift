/// The fields every org's standard modules carry, with Zoho's data types.
/// Criteria and `excluded_fields` name these; fixtures may add more.
/// Immutable: per-org additions live in the store.
public enum FieldCatalog {
    /// Field ids from Zoho's documentation samples (Leads), kept so the doc's
    /// configuration bodies validate as written.
    private static let documentedLeadsIDs: [String: Int64] = [
        "Email": 5843104000000002599, "Description": 5843104000000002645, "Annual_Revenue": 5843104000000002617,
        "Lead_Conversion_Time": 5843104000000280013, "Last_Activity_Time": 5843104000000052001,
        "Created_Time": 5843104000000002627,
    ]

    /// Every record has these (custom modules too).
    static let systemFields: [(String, String)] = [
        ("Owner", "ownerlookup"), ("Created_By", "ownerlookup"), ("Modified_By", "ownerlookup"),
        ("Created_Time", "datetime"), ("Modified_Time", "datetime"), ("Last_Activity_Time", "datetime"),
        ("Tag", "text"), ("Description", "textarea"),
    ]

    static let moduleFields: [String: [(String, String)]] = [
        "Leads": [
            ("First_Name", "text"), ("Last_Name", "text"), ("Full_Name", "text"), ("Email", "email"),
            ("Phone", "phone"), ("Mobile", "phone"), ("Company", "text"), ("Designation", "text"),
            ("Lead_Status", "picklist"), ("Lead_Source", "picklist"), ("Industry", "picklist"),
            ("Annual_Revenue", "currency"), ("No_of_Employees", "integer"), ("Rating", "picklist"),
            ("Website", "website"), ("Email_Opt_Out", "boolean"), ("Lead_Conversion_Time", "integer"),
            ("City", "text"), ("Country", "text"),
        ],
        "Accounts": [
            ("Account_Name", "text"), ("Phone", "phone"), ("Website", "website"), ("Industry", "picklist"),
            ("Annual_Revenue", "currency"), ("Employees", "integer"), ("Account_Type", "picklist"),
            ("Rating", "picklist"), ("Ownership", "picklist"), ("Billing_City", "text"), ("Billing_Country", "text"),
        ],
        "Contacts": [
            ("First_Name", "text"), ("Last_Name", "text"), ("Full_Name", "text"), ("Email", "email"),
            ("Phone", "phone"), ("Mobile", "phone"), ("Account_Name", "lookup"), ("Title", "text"),
            ("Department", "text"), ("Lead_Source", "picklist"), ("Date_of_Birth", "date"),
            ("Email_Opt_Out", "boolean"), ("Mailing_City", "text"),
        ],
        "Deals": [
            ("Deal_Name", "text"), ("Amount", "currency"), ("Stage", "picklist"), ("Closing_Date", "date"),
            ("Probability", "integer"), ("Account_Name", "lookup"), ("Contact_Name", "lookup"), ("Type", "picklist"),
            ("Lead_Source", "picklist"), ("Expected_Revenue", "currency"),
        ],
        "Tasks": [
            ("Subject", "text"), ("Due_Date", "date"), ("Status", "picklist"), ("Priority", "picklist"),
            ("What_Id", "lookup"), ("Who_Id", "lookup"), ("Closed_Time", "datetime"),
        ],
        "Cases": [
            ("Subject", "text"), ("Status", "picklist"), ("Priority", "picklist"), ("Case_Origin", "picklist"),
            ("Type", "picklist"), ("Email", "email"), ("Phone", "phone"), ("Account_Name", "lookup"),
            ("Case_Number", "autonumber"),
        ],
        "Solutions": [
            ("Solution_Title", "text"), ("Status", "picklist"), ("Question", "textarea"), ("Answer", "textarea"),
            ("Solution_Number", "autonumber"),
        ],
        "Vendors": [
            ("Vendor_Name", "text"), ("Email", "email"), ("Phone", "phone"), ("Website", "website"),
            ("GL_Account", "picklist"), ("Category", "text"),
        ],
        "Price_Books": [("Price_Book_Name", "text"), ("Active", "boolean"), ("Pricing_Model", "picklist")],
        "Quotes": [
            ("Subject", "text"), ("Quote_Stage", "picklist"), ("Valid_Till", "date"), ("Grand_Total", "currency"),
            ("Sub_Total", "currency"), ("Discount", "currency"), ("Tax", "currency"), ("Account_Name", "lookup"),
            ("Deal_Name", "lookup"), ("Contact_Name", "lookup"), ("Carrier", "picklist"), ("Quote_Number", "autonumber"),
        ],
        "Sales_Orders": [
            ("Subject", "text"), ("Status", "picklist"), ("Due_Date", "date"), ("Grand_Total", "currency"),
            ("Sub_Total", "currency"), ("Account_Name", "lookup"), ("Customer_No", "text"), ("SO_Number", "autonumber"),
        ],
        "Purchase_Orders": [
            ("Subject", "text"), ("Status", "picklist"), ("PO_Date", "date"), ("Grand_Total", "currency"),
            ("Vendor_Name", "lookup"), ("PO_Number", "text"),
        ],
        "Invoices": [
            ("Subject", "text"), ("Status", "picklist"), ("Invoice_Date", "date"), ("Due_Date", "date"),
            ("Grand_Total", "currency"), ("Sub_Total", "currency"), ("Account_Name", "lookup"),
            ("Invoice_Number", "autonumber"),
        ],
    ]

    /// A custom module's own field besides the system ones.
    static let customModuleFields: [(String, String)] = [("Name", "text"), ("Email", "email")]

    private static let standard: [String: [FieldDefinition]] = {
        var result: [String: [FieldDefinition]] = [:]
        for (ordinal, module) in ModuleCatalog.standard.enumerated() {
            result[module.apiName] = definitions(
                (moduleFields[module.apiName] ?? []) + systemFields, ordinal: Int64(ordinal), module: module.apiName)
        }
        return result
    }()

    /// Ids follow `5843104000003MMMFFF` (module and field ordinals), except the documented Leads ids.
    private static func definitions(_ fields: [(String, String)], ordinal: Int64, module: String) -> [FieldDefinition] {
        fields.enumerated().map { index, field in
            let documented = module == "Leads" ? documentedLeadsIDs[field.0] : nil
            let id = documented ?? 5_843_104_000_003_000_000 + ordinal * 1000 + Int64(index)
            return FieldDefinition(apiName: field.0, dataType: field.1, id: ZohoID(id))
        }
    }

    /// The built-in fields of a module: a standard module's catalog, or the
    /// defaults every custom module has (ids derived from the module id).
    public static func builtInFields(of module: ModuleInfo) -> [FieldDefinition] {
        if let fields = standard[module.apiName] { return fields }
        return (customModuleFields + systemFields).enumerated().map { index, field in
            FieldDefinition(apiName: field.0, dataType: field.1, id: ZohoID(module.id.value &+ 1 + Int64(index)))
        }
    }

    /// Fields whose value the system sets: they cannot stay editable on a locked record.
    public static let systemManaged: Set<String> = [
        "Owner", "Created_By", "Modified_By", "Created_Time", "Modified_Time", "Last_Activity_Time", "Tag",
        "Full_Name", "Lead_Conversion_Time",
    ]

    /// Types Zoho does not offer for `excluded_fields`.
    public static let unexcludableTypes: Set<String> = ["autonumber", "formula", "ownerlookup"]
}
