import ZohoJSON

/// A record's display name, the `name` of `Locked_For__s`: the field Zoho
/// names records by in each module. That field is mandatory on insert.
public enum RecordDisplayName {
    /// Leads and Contacts are named by their full name, `First_Name Last_Name`.
    static let personModules: Set<String> = ["Leads", "Contacts"]

    private static let nameFields: [String: String] = [
        "Accounts": "Account_Name", "Deals": "Deal_Name", "Tasks": "Subject", "Cases": "Subject",
        "Solutions": "Solution_Title", "Vendors": "Vendor_Name", "Price_Books": "Price_Book_Name",
        "Quotes": "Subject", "Sales_Orders": "Subject", "Purchase_Orders": "Subject", "Invoices": "Subject",
    ]

    /// The field a record of the module cannot lack: `Last_Name` for people,
    /// the module's name field otherwise, `Name` in custom modules.
    public static func mandatoryField(of module: String) -> String {
        personModules.contains(module) ? "Last_Name" : nameFields[module] ?? "Name"
    }

    /// The name the fields give the record, or nil when they lack the name field.
    public static func of(module: String, fields: JSONObject) -> String? {
        guard personModules.contains(module) else { return text(fields[mandatoryField(of: module)]) }
        guard let last = text(fields["Last_Name"]) else { return nil }
        return text(fields["First_Name"]).map { "\($0) \(last)" } ?? last
    }

    private static func text(_ value: JSONValue?) -> String? {
        guard let text = value?.stringValue, !text.isEmpty else { return nil }
        return text
    }
}
