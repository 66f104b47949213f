import ZohoJSON

/// The `info` object of a list GET, with the seven keys of Zoho's sample
/// (https://www.zoho.com/crm/developer/docs/api/v8/get-record-locking-info.html).
public struct PageInfo: Sendable, Equatable, JSONRepresentable {
    public var perPage: Int
    public var count: Int
    public var page: Int
    public var moreRecords: Bool

    public init(perPage: Int, count: Int, page: Int, moreRecords: Bool) {
        self.perPage = perPage
        self.count = count
        self.page = page
        self.moreRecords = moreRecords
    }

    public var json: JSONValue {
        .object(JSONObject([
            ("per_page", .int(perPage)), ("next_page_token", .null), ("count", .int(count)),
            ("page", .int(page)), ("previous_page_token", .null), ("page_token_expiry", .null),
            ("more_records", .bool(moreRecords)),
        ]))
    }

    /// `json`, written straight to bytes (every list GET ends with it).
    public func write(into writer: inout JSONStreamWriter) {
        writer.beginObject()
        writer.key("per_page")
        writer.int(perPage)
        writer.key("next_page_token")
        writer.null()
        writer.key("count")
        writer.int(count)
        writer.key("page")
        writer.int(page)
        writer.key("previous_page_token")
        writer.null()
        writer.key("page_token_expiry")
        writer.null()
        writer.key("more_records")
        writer.bool(moreRecords)
        writer.endObject()
    }

    /// Slices `items` (already in order) for the page the query asks for.
    public static func paginate<T>(_ items: [T], page: Int, perPage: Int) -> (items: [T], info: PageInfo) {
        // `page` can be any positive Int from the query: a huge one must not overflow.
        let (offset, overflow) = (page - 1).multipliedReportingOverflow(by: perPage)
        let start = overflow ? items.count : min(offset, items.count)
        let end = min(start + perPage, items.count)
        let slice = Array(items[start..<end])
        return (slice, PageInfo(perPage: perPage, count: slice.count, page: page, moreRecords: end < items.count))
    }
}
