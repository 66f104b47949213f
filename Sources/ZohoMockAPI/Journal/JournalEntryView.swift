import ZohoJSON
import ZohoLocking
import ZohoMockControlWire

/// One journal entry as `GET /__mock/requests` shows it, credentials masked.
struct JournalEntryView: JSONRepresentable {
    let entry: JournalEntry

    var json: JSONValue { recorded.json }

    var recorded: RecordedRequest {
        RecordedRequest(
            id: entry.id, time: ZohoDateTime.format(entry.time, offsetSeconds: 0), orgID: entry.orgID?.description,
            method: entry.method, path: entry.path, query: SecretMasker.form(entry.rawQuery), status: entry.status,
            durationMilliseconds: Double(entry.durationNanoseconds / 1000) / 1000, requestBody: entry.requestBody.view,
            requestBodySize: entry.requestBody.size, requestBodyTruncated: entry.requestBody.isTruncated,
            responseBody: entry.responseBody.view, responseBodySize: entry.responseBody.size,
            responseBodyTruncated: entry.responseBody.isTruncated,
            authorization: entry.authorization.map(SecretMasker.authorization), faultID: entry.faultID,
            connectionDropped: entry.status == nil)
    }
}
