import ZohoJSON

/// Finds the existing record an upsert element duplicates: by the
/// duplicate-check fields, in their order, over an index of the module's
/// records built once per request (each record's fields read once), so a
/// body of 100 elements costs one pass over the module, not 100.
struct DuplicateCheck {
    /// Zoho's system-defined duplicate-check field per standard module
    /// (https://www.zoho.com/crm/developer/docs/api/v8/upsert-records.html);
    /// custom modules check `Name`. Modules absent here (Tasks) have none.
    static let systemFields: [String: String] = [
        "Leads": "Email", "Contacts": "Email", "Accounts": "Account_Name", "Deals": "Deal_Name",
        "Cases": "Subject", "Solutions": "Solution_Title", "Vendors": "Vendor_Name",
        "Price_Books": "Price_Book_Name", "Quotes": "Subject", "Sales_Orders": "Subject",
        "Purchase_Orders": "Subject", "Invoices": "Subject",
    ]

    static func defaultFields(of module: ModuleInfo) -> [String] {
        if let field = systemFields[module.apiName] { return [field] }
        return module.generatedType == "custom" ? ["Name"] : []
    }

    /// Field name → its rank in the check order.
    private let rank: [String: Int]
    private let fields: [String]
    /// (field, normalized value) → the oldest record holding it.
    private var index: [Key: ZohoID] = [:]

    private struct Key: Hashable {
        let field: Int
        let value: JSONValue
    }

    init(fields: [String], records: [CRMRecord]) {
        self.fields = fields
        rank = Dictionary(fields.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        for record in records { add(record, replacing: false) }
    }

    /// The record the element duplicates and the field that matched. The
    /// caller re-reads the record: `stillHolds` rejects an index entry the
    /// request's own updates made stale.
    func match(_ element: JSONObject, stillHolds: (ZohoID, String, JSONValue) throws -> Bool) rethrows
        -> (id: ZohoID, field: String)?
    {
        var candidates: [(rank: Int, value: JSONValue)] = []
        for (key, value) in element {
            guard let rank = rank[key], let normalized = Self.normalized(value) else { continue }
            candidates.append((rank, normalized))
        }
        candidates.sort { $0.rank < $1.rank }
        for candidate in candidates {
            guard let id = index[Key(field: candidate.rank, value: candidate.value)] else { continue }
            let field = fields[candidate.rank]
            if try stillHolds(id, field, candidate.value) { return (id, field) }
        }
        return nil
    }

    /// Indexes a record just written, so a later element of the same body finds it.
    mutating func add(_ record: CRMRecord, replacing: Bool = true) {
        for (key, value) in record.fields {
            guard let rank = rank[key], let normalized = Self.normalized(value) else { continue }
            let entry = Key(field: rank, value: normalized)
            if replacing || index[entry] == nil { index[entry] = record.id }
        }
    }

    /// Values compare as Zoho's duplicate check does, text ignoring case;
    /// only scalars can be unique fields, and empty text matches nothing.
    static func normalized(_ value: JSONValue) -> JSONValue? {
        if let text = value.stringValue { return text.isEmpty ? nil : .string(text.lowercased()) }
        if value.numberValue != nil { return value }
        return nil
    }
}
