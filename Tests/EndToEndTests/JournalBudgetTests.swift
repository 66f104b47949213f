import Testing
import ZohoJSON

/// The journal's memory bound: bodies past the cap are kept truncated (and
/// masked first), the byte budget drops the oldest entries, and a listing of
/// the whole journal is streamed.
@Suite struct JournalBudgetTests {
    private func server(bytes: Int, bodyBytes: Int, size: Int = 10_000) throws -> TestServer {
        try TestServer(journalSize: size) { options in
            options.journalBytes = bytes
            options.journalBodyBytes = bodyBytes
        }
    }

    private func entries(_ server: TestServer) throws -> [JSONValue] {
        let response = try server.control("GET", "/__mock/requests")
        #expect(response.status == 200)
        #expect(response.headers["transfer-encoding"] == "chunked")
        return try #require(response.json["requests"]?.arrayValue)
    }

    @Test func bodyPastTheCap_isKeptTruncated_withItsSizeAndMarker() throws {
        let server = try server(bytes: 1 << 20, bodyBytes: 100)
        let reason = String(repeating: "r", count: 500)
        _ = try server.request("POST", lockPath(Seed.unlockedLead), body: lockBody(reason))
        let entry = try #require(try entries(server).first)
        let body = try #require(entry["request_body"]?.stringValue)
        #expect(body.utf8.count == 100)
        #expect(body.hasPrefix(#"{"data":[{"Locked_Reason__s":"rrr"#))
        #expect(entry["request_body_size"] == .int(lockBody(reason).utf8.count))
        #expect(entry["request_body_truncated"] == true)
        let responseSize = try #require(entry["response_body_size"]?.numberValue?.int64Value)
        #expect(entry["response_body_truncated"] == .bool(responseSize > 100))
    }

    @Test func truncatedBody_isMaskedBeforeTheCut() throws {
        let server = try server(bytes: 1 << 20, bodyBytes: 60)
        let secret = "1000.secret-refresh-token-value"
        let body = #"{"refresh_token":"\#(secret)","padding":"\#(String(repeating: "p", count: 200))"}"#
        _ = try server.request("POST", lockPath(Seed.unlockedLead), body: body)
        let entry = try #require(try entries(server).first)
        let kept = try #require(entry["request_body"]?.stringValue)
        #expect(entry["request_body_truncated"] == true)
        #expect(!kept.contains(secret))
        #expect(kept.contains("1000.sec****"))
    }

    @Test func truncatedBodyWithNothingToMask_isKeptAsSent_notRewritten() throws {
        let server = try server(bytes: 1 << 20, bodyBytes: 40)
        // Re-rendered JSON would lose these blanks: the kept start is the sent bytes.
        let body = #"{ "data" : [ { "Locked_Reason__s" : "\#(String(repeating: "w", count: 100))" } ] }"#
        _ = try server.request("POST", lockPath(Seed.unlockedLead), body: body)
        let entry = try #require(try entries(server).first)
        #expect(entry["request_body"] == .string(String(body.prefix(40))))
        #expect(entry["request_body_truncated"] == true)
    }

    @Test func byteBudget_dropsTheOldestEntries_keepsTheNewest() throws {
        // Each entry holds about 2 KB of body: a 20 KB budget keeps fewer than 10 of 30.
        let server = try server(bytes: 20_000, bodyBytes: 64 << 10)
        let reason = String(repeating: "b", count: 2_000)
        for _ in 0..<30 { _ = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id", body: lockBody(reason)) }
        let kept = try entries(server)
        #expect(kept.count < 10)
        #expect(kept.count > 3)
        #expect(kept.last?["id"] == 30)
        let ids = kept.compactMap { $0["id"]?.numberValue?.int64Value }
        #expect(ids == Array((31 - Int64(kept.count))...30))
    }

    @Test func entryCount_stillBoundsTheJournal() throws {
        let server = try server(bytes: 1 << 20, bodyBytes: 1_000, size: 5)
        for _ in 0..<12 { _ = try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id") }
        #expect(try entries(server).compactMap { $0["id"]?.numberValue?.int64Value } == [8, 9, 10, 11, 12])
    }

    @Test func listingOfManyEntries_isStreamedAsOneValidDocument() throws {
        let server = try server(bytes: 64 << 20, bodyBytes: 64 << 10)
        let reason = String(repeating: "s", count: 3_000)
        // More than one 64 KiB piece of the stream.
        for _ in 0..<60 { _ = try server.request("POST", lockPath(Seed.unlockedLead), body: lockBody(reason)) }
        let kept = try entries(server)
        #expect(kept.count == 60)
        #expect(kept.compactMap { $0["id"]?.numberValue?.int64Value } == Array(1...60))
        #expect(kept[59]["request_body", "data", 0, "Locked_Reason__s"] == .string(reason))
        let filtered = try server.control("GET", "/__mock/requests?after=58")
        #expect(filtered.json["requests"]?.arrayValue?.count == 2)
        let empty = try server.control("GET", "/__mock/requests?method=PATCH")
        #expect(empty.json == ["requests": []])
    }
}
