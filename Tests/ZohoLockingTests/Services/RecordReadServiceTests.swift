import Testing
import ZohoJSON
import ZohoLocking
import ZohoLockingFakes

/// `RecordReadService` over the in-memory store: the list's page tokens and
/// sort, and search's criteria against stored records and their locks.
@Suite struct RecordReadServiceTests {
    typealias F = ServiceFixture
    let store: InMemoryStore
    let service: RecordReadService

    init() throws {
        store = try F.store()
        service = RecordReadService(store: store, environment: F.environment())
    }

    func list(_ parameters: [(String, String)]) throws -> ZohoReply {
        try service.getRecords(try F.caller("1000.admin", in: store), RecordPath(module: "Leads"), QueryParameters(parameters))
    }

    func search(_ parameters: [(String, String)]) throws -> ZohoReply {
        try service.searchRecords(try F.caller("1000.admin", in: store), RecordPath(module: "Leads"), QueryParameters(parameters))
    }

    func data(_ reply: ZohoReply) -> [JSONObject] {
        reply.body?.objectValue?["data"]?.arrayValue?.compactMap(\.objectValue) ?? []
    }

    func info(_ reply: ZohoReply) -> JSONObject? { reply.body?.objectValue?["info"]?.objectValue }

    func ids(_ reply: ZohoReply) -> [String] { data(reply).compactMap { $0["id"]?.stringValue } }

    @Test func list_pagesByToken_inTheTokensSort() throws {
        let first = try list([("fields", "Lead_Source"), ("per_page", "1"), ("sort_order", "asc")])
        #expect(ids(first) == [F.leadOneID.description])
        let token = try #require(info(first)?["next_page_token"]?.stringValue)
        let decoded = try #require(RecordPageToken(text: token))
        #expect(decoded == RecordPageToken(orgID: F.orgID, module: "Leads", sortBy: "id", ascending: true, offset: 1,
                                           expiry: F.now + 86_400))
        // The token keeps its sort even when the query names another.
        let second = try list([("fields", "Lead_Source"), ("per_page", "1"), ("page_token", token), ("sort_order", "desc")])
        #expect(ids(second) == [F.webLeadID.description])
        #expect(info(second)?["more_records"] == false)
        #expect(data(second).first?["Lead_Source"] == "Web")
    }

    @Test func list_checksTheModuleBeforeTheQuery() throws {
        #expect(throws: ZohoError.invalidModule(resourcePathIndex: 0)) {
            try service.getRecords(try F.caller("1000.admin", in: store), RecordPath(module: "Campaigns"), QueryParameters([]))
        }
        #expect(throws: ZohoError.requiredParamMissing(param: "fields")) { try list([]) }
    }

    @Test func search_seesLocksAndPicklists() throws {
        #expect(ids(try search([("criteria", "(Locked__s:equals:true)")])) == [F.webLeadID.description])
        #expect(ids(try search([("criteria", "(Lead_Source:in:Web,Partner)")])) == [F.webLeadID.description])
        #expect(try search([("criteria", "(Lead_Source:equals:Partner)")]) == .noContent)
        #expect(throws: ZohoError.invalidQuery(.invalidOperator, apiName: "Lead_Source")) {
            try search([("criteria", "(Lead_Source:starts_with:W)")])
        }
    }

    @Test func tokens_refuseWhatTheyDidNotWrite() {
        #expect(RecordPageToken(text: "") == nil)
        #expect(RecordPageToken(text: "zz") == nil)
        #expect(RecordPageToken(text: String(repeating: "a", count: 513)) == nil)
        let token = RecordPageToken(orgID: F.orgID, module: "Leads", sortBy: "Created_Time", ascending: false, offset: 400, expiry: 9)
        #expect(RecordPageToken(text: token.text) == token)
        #expect(RecordPageToken(text: token.text.uppercased()) == nil)
    }
}
