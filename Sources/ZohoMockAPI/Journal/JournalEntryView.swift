import ZohoJSON
import ZohoLocking

/// One journal entry as `GET /__mock/requests` shows it, credentials masked.
struct JournalEntryView: JSONRepresentable {
    let entry: JournalEntry

    var json: JSONValue {
        .object(JSONObject([
            ("id", .int(entry.id)),
            ("time", .string(ZohoDateTime.format(entry.time, offsetSeconds: 0))),
            ("org_id", entry.orgID.json),
            ("method", .string(entry.method)),
            ("path", .string(entry.path)),
            ("query", .string(SecretMasker.form(entry.rawQuery))),
            ("status", entry.status.map(JSONValue.int) ?? .null),
            ("duration_ms", .number(JSONNumber(Double(entry.durationNanoseconds / 1000) / 1000))),
            ("request_body", entry.requestBody.view),
            ("request_body_size", .int(entry.requestBody.size)),
            ("request_body_truncated", .bool(entry.requestBody.isTruncated)),
            ("response_body", entry.responseBody.view),
            ("response_body_size", .int(entry.responseBody.size)),
            ("response_body_truncated", .bool(entry.responseBody.isTruncated)),
            ("authorization", entry.authorization.map { .string(SecretMasker.authorization($0)) } ?? .null),
            ("fault_id", entry.faultID.map(JSONValue.int) ?? .null),
            ("connection_dropped", .bool(entry.status == nil)),
        ]))
    }
}
