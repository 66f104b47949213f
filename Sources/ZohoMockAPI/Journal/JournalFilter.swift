import ZohoLocking
import ZohoMockControlWire

/// The filters of `GET /__mock/requests`: `org`, `method`, `path` (a prefix),
/// `after` (entries with a larger id) and `limit` (the newest N, still oldest first).
struct JournalFilter {
    var orgID: ZohoID?
    var method: String?
    var pathPrefix: String?
    var afterID: Int?
    var limit: Int?

    init(_ query: QueryParameters) throws {
        if let text = query[ControlQueryName.org.rawValue] {
            orgID = try ControlAPI.orgID(text, parameter: ControlQueryName.org.rawValue)
        }
        method = query[ControlQueryName.method.rawValue]?.uppercased()
        pathPrefix = query[ControlQueryName.path.rawValue]
        if let text = query[ControlQueryName.after.rawValue] {
            guard let value = Int(text), value >= 0 else {
                throw ControlRefusal(status: 400, message: "after must be a journal entry id (0 or more), got \(text)")
            }
            afterID = value
        }
        if let text = query[ControlQueryName.limit.rawValue] {
            guard let value = Int(text), value >= 1 else {
                throw ControlRefusal(status: 400, message: "limit must be a positive integer, got \(text)")
            }
            limit = value
        }
    }

    func apply(_ entries: [JournalEntry]) -> [JournalEntry] {
        let kept = entries.filter { entry in
            (orgID.map { entry.orgID == $0 } ?? true) && (method.map { entry.method == $0 } ?? true)
                && (pathPrefix.map { entry.path.hasPrefix($0) } ?? true) && (afterID.map { entry.id > $0 } ?? true)
        }
        guard let limit, kept.count > limit else { return kept }
        return Array(kept.suffix(limit))
    }
}
