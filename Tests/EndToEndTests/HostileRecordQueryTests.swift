import Testing
import ZohoJSON

/// The record list and search take no body, but their query strings are as
/// hostile as a client makes them (up to the 32 KiB of headers the server
/// reads): each answers Zoho's JSON error, quickly, and the server keeps serving.
@Suite struct HostileRecordQueryTests {
    let server: TestServer
    init() throws { server = try TestServer() }

    static let budget = 28 * 1024

    static let shapes: [(target: String, code: String)] = [
        ("/crm/v7/Leads/search?criteria=" + String(repeating: "(", count: budget), "INVALID_QUERY"),
        ("/crm/v7/Leads/search?criteria=" + String(repeating: "%28", count: budget / 3), "INVALID_QUERY"),
        ("/crm/v7/Leads/search?criteria=(Last_Name:in:" + String(repeating: ",", count: budget) + ")", "INVALID_QUERY"),
        ("/crm/v7/Leads/search?criteria=(Last_Name:equals:" + String(repeating: "%5C", count: budget / 3) + ")", "INVALID_QUERY"),
        ("/crm/v7/Leads/search?criteria=" + String(repeating: "(Last_Name:equals:x)or", count: budget / 22), "INVALID_QUERY"),
        ("/crm/v7/Leads/search?word=" + String(repeating: "a", count: budget) + "&page=9223372036854775807", "LIMIT_REACHED"),
        ("/crm/v7/Leads/search?word=%20a%20", "INVALID_DATA"),
        ("/crm/v7/Leads/search?word=ab&page=9223372036854775807", "LIMIT_REACHED"),
        ("/crm/v7/Leads?fields=id&ids=" + Array(repeating: "1", count: budget / 2).joined(separator: ","), "LIMIT_EXCEEDED"),
        ("/crm/v7/Leads?fields=id&page=9223372036854775807&per_page=200", "DISCRETE_PAGINATION_LIMIT_EXCEEDED"),
        ("/crm/v7/Leads?fields=id&per_page=99999999999999999999", "UNABLE_TO_PARSE_DATA_TYPE"),
        ("/crm/v7/Leads?fields=id&page_token=" + String(repeating: "ab", count: budget / 2), "INVALID_DATA"),
        ("/crm/v7/Leads?fields=id&page_token=" + String(repeating: "7c", count: 200), "INVALID_DATA"),
    ]

    @Test func everyShape_answersAZohoErrorQuickly() throws {
        let clock = ContinuousClock()
        for shape in Self.shapes {
            var response: TestResponse?
            let elapsed = try clock.measure { response = try server.request("GET", shape.target) }
            let label = String(shape.target.prefix(60))
            #expect(response?.status == 400, "\(label)")
            #expect(response?.json["code"] == .string(shape.code), "\(label): \(response?.text.prefix(200) ?? "")")
            #expect(response?.json["status"] == "error", "\(label)")
            #expect(elapsed < .seconds(1), "\(label): \(elapsed)")
        }
        // Many field names are walked once and shown as far as records have them.
        let fields = (1...3_000).map { "F\($0)" }.joined(separator: ",")
        let wide = try server.request("GET", "/crm/v7/Leads?fields=\(fields),Last_Name&per_page=1")
        #expect(wide.status == 200)
        #expect(wide.json["data", 0]?.sortedKeys == ["$locked_for_me", "Last_Name", "id"])
        #expect(try server.request("GET", "/crm/v7/Leads/search?criteria=(Locked__s:equals:true)").status == 200)
    }
}
