import ZohoJSON

/// The `info` of Get Records and Search Records, with the keys of Zoho's
/// samples: Get Records adds the page-token keys
/// (https://www.zoho.com/crm/developer/docs/api/v8/get-records.html).
struct RecordListInfo: JSONRepresentable {
    var perPage: Int
    var count: Int
    var page: Int
    var sortBy: String
    var ascending: Bool
    var moreRecords: Bool
    /// nil for search, whose `info` has no token keys.
    var tokens: (next: String?, expiry: String?)?

    var json: JSONValue {
        var object = JSONObject([("per_page", .int(perPage))])
        if let tokens { object["next_page_token"] = tokens.next.map(JSONValue.string) ?? .null }
        object["count"] = .int(count)
        object["sort_by"] = .string(sortBy)
        object["page"] = .int(page)
        if let tokens {
            object["previous_page_token"] = .null
            object["page_token_expiry"] = tokens.expiry.map(JSONValue.string) ?? .null
        }
        object["sort_order"] = .string(ascending ? "asc" : "desc")
        object["more_records"] = .bool(moreRecords)
        return .object(object)
    }
}
