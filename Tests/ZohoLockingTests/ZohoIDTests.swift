import Testing
import ZohoJSON
import ZohoLocking

/// Zoho ids: positive 64-bit integers written as decimal digits.
struct ZohoIDTests {
    @Test(arguments: [
        ("1", 1), ("42", 42), ("5843104000000002645", 5_843_104_000_000_002_645),
        ("9223372036854775807", Int64.max),
    ] as [(String, Int64)])
    func init_acceptsDecimalDigits(_ text: String, _ value: Int64) throws {
        let id = try #require(ZohoID(text))
        #expect(id.value == value)
    }

    @Test func init_acceptsSubstring() {
        let path = "/Leads/5843104000000002645"
        #expect(ZohoID(path.split(separator: "/")[1])?.value == 5_843_104_000_000_002_645)
    }

    @Test(arguments: [
        "", "0", "-1", "abc", "12a", "a12", " 1", "1 ", "+1", "1.0", "1e3", "0x1F",
        "9223372036854775808",  // Int64.max + 1
        "12345678901234567890",  // 20 digits
        "99999999999999999999999",  // far beyond 64 bits
        "١٢٣",  // Arabic-Indic digits are not ASCII digits
        "１２",  // full-width digits
    ])
    func init_rejectsNonIDs(_ text: String) {
        #expect(ZohoID(text) == nil)
    }

    @Test func initJSON_readsStringId() {
        #expect(ZohoID(json: .string("5843104000000002645")) == ZohoID(5_843_104_000_000_002_645))
    }

    @Test func initJSON_readsNumberIdWithoutLosingDigits() throws {
        let parsed = try JSONParser.parse("5843104000000002645")
        #expect(ZohoID(json: parsed) == ZohoID(5_843_104_000_000_002_645))
        #expect(ZohoID(json: .int64(.max)) == ZohoID(.max))
    }

    @Test(arguments: [
        .string(""), .string("0"), .string("abc"), .number(JSONNumber(literal: "1.5")),
        .number(JSONNumber(literal: "-3")), .number(JSONNumber(literal: "1e3")), .number(JSONNumber(literal: "0")),
        .number(JSONNumber(literal: "9223372036854775808")), .bool(true), .null, [1], ["id": "1"],
    ] as [JSONValue])
    func initJSON_rejectsOtherValues(_ value: JSONValue) {
        #expect(ZohoID(json: value) == nil)
    }

    @Test func description_isDecimalText() {
        #expect(ZohoID(5_843_104_000_000_002_645).description == "5843104000000002645")
    }

    @Test func json_isAString() {
        #expect(ZohoID(5_843_104_000_000_002_645).json == .string("5843104000000002645"))
    }

    @Test func ordering_followsNumericValue() {
        #expect(ZohoID(9) < ZohoID(10))
        #expect([ZohoID(30), ZohoID(4), ZohoID(200)].sorted() == [ZohoID(4), ZohoID(30), ZohoID(200)])
    }

    @Test func namedReference_writesNameThenId() {
        #expect(JSONWriter.string(NamedReference(name: "Patricia", id: ZohoID(7)).json) == #"{"name":"Patricia","id":"7"}"#)
        #expect(JSONWriter.string(NamedReference(name: nil, id: ZohoID(7)).json) == #"{"name":null,"id":"7"}"#)
    }

    @Test func apiNameReference_writesApiNameThenId() {
        #expect(JSONWriter.string(APINameReference(apiName: "Leads", id: ZohoID(7)).json) == #"{"api_name":"Leads","id":"7"}"#)
    }
}
