import MockHTTP
import ZohoJSON
import ZohoLocking
import ZohoMockControlWire

extension ControlAPI {
    /// `GET /__mock/requests`: the journal, oldest first, filtered by `org`,
    /// `method`, `path` (prefix), `after` (id) and `limit` (the newest N).
    /// Written entry by entry while it is sent: a full journal never becomes
    /// one reply in memory.
    func listRequests(_ request: HTTPRequest) throws -> HTTPResponse {
        let filter = try JournalFilter(QueryParameters(request.query))
        return .jsonStream(status: 200, JournalListing(entries: filter.apply(journal.entries())).stream)
    }

    /// `DELETE /__mock/requests`: empties the journal.
    func clearRequests() -> HTTPResponse {
        Self.json(200, DeletedCount(journal.clear()).json)
    }
}

/// `{"requests":[...]}` in pieces of about `pieceBytes`.
struct JournalListing {
    let entries: [JournalEntry]
    static let pieceBytes = 64 * 1024

    var stream: HTTPBodyStream {
        var next = 0
        var finished = false
        return HTTPBodyStream {
            guard !finished else { return nil }
            var piece: [UInt8] = next == 0 ? Array("{\"\(RecordedRequest.listKey)\":[".utf8) : []
            while next < entries.count, piece.count < Self.pieceBytes {
                if next > 0 { piece.append(UInt8(ascii: ",")) }
                piece += JSONWriter.bytes(JournalEntryView(entry: entries[next]).json)
                next += 1
            }
            if next == entries.count {
                piece += Array("]}".utf8)
                finished = true
            }
            return piece
        }
    }
}
