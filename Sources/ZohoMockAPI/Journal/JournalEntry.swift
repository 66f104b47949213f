import ZohoLocking

/// One exchange with the Zoho API or the accounts server, as it happened.
/// Built on the request's thread, so it only keeps references to what the
/// request and response already hold; masking and rendering wait for a reader
/// (but for bodies over the cap, see `JournalBody`).
struct JournalEntry: Sendable {
    /// Assigned by the journal: 1, 2, 3, ... in arrival order, never reused.
    var id = 0
    /// Mock-clock epoch seconds when the request arrived (the clock the API shows).
    let time: Int64
    /// The caller's org, or the org its credentials belong to; nil when unknown.
    let orgID: ZohoID?
    let method: String
    let path: String
    let rawQuery: String
    /// The `Authorization` header as sent; shown masked.
    let authorization: String?
    /// nil when a fault dropped the connection.
    let status: Int?
    let durationNanoseconds: Int64
    let requestBody: JournalBody
    let responseBody: JournalBody
    /// The fault rule that answered or delayed it.
    let faultID: Int?

    /// What the entry holds in memory, roughly: what the journal's byte budget counts.
    var footprint: Int {
        Self.fixedFootprint + path.utf8.count + rawQuery.utf8.count + (authorization?.utf8.count ?? 0)
            + method.utf8.count + requestBody.bytes.count + responseBody.bytes.count
    }

    /// The struct, its strings' and arrays' headers and the allocator's share.
    static let fixedFootprint = 256
}
