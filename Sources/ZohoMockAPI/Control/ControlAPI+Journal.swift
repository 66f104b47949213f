import MockHTTP
import ZohoLocking

extension ControlAPI {
    /// `GET /__mock/requests`: the journal, oldest first, filtered by `org`,
    /// `method`, `path` (prefix), `after` (id) and `limit` (the newest N).
    func listRequests(_ request: HTTPRequest) throws -> HTTPResponse {
        let filter = try JournalFilter(QueryParameters(request.query))
        let entries = filter.apply(journal.entries())
        return Self.json(200, .object(JSONObject([
            ("requests", .array(entries.map { JournalEntryView(entry: $0).json })),
        ])))
    }

    /// `DELETE /__mock/requests`: empties the journal.
    func clearRequests() -> HTTPResponse {
        Self.json(200, .object(JSONObject([("deleted", .int(journal.clear()))])))
    }
}
