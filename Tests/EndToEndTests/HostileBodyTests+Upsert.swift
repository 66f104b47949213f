import Testing

/// Hostile upsert bodies: the duplicate-check list is read once and deduplicated,
/// and the module's records are indexed once per request, not once per element.
extension HostileBodyTests {
    static let upsertTarget = recordPath("Leads") + "/upsert"

    static let upsertCases: [Case] = [
        Case(name: "upsert, 100k duplicate_check_fields", method: "POST", target: upsertTarget, token: SeedTokens.admin,
             body: { B.repeated(#"{"data":[{"Email":"sage-wieser@noemail.invalid"}],"duplicate_check_fields":["#, #""Email""#, "]}", count: 100_000) },
             status: 200, code: "SUCCESS"),
        Case(name: "upsert, 100k distinct duplicate_check_fields", method: "POST", target: upsertTarget, token: SeedTokens.admin,
             body: { #"{"data":[{"Last_Name":"N"}],"duplicate_check_fields":["# + (0..<100_000).map { "\"f\($0)\"" }.joined(separator: ",") + "]}" },
             status: 200, code: "SUCCESS"),
        Case(name: "upsert, 100 wide records", method: "POST", target: upsertTarget, token: SeedTokens.admin,
             body: { dataBody(Array(repeating: #"{"Last_Name":"Wide",\#(B.members(800))}"#, count: 100).joined(separator: ",")) },
             status: 200, code: "SUCCESS"),
        Case(name: "upsert, 100 wide records, every key a duplicate check field", method: "POST", target: upsertTarget,
             token: SeedTokens.admin,
             body: {
                 let keys = (0..<800).map { #""k\#($0)""# }.joined(separator: ",")
                 let records = Array(repeating: #"{"Last_Name":"Wide",\#(B.members(800))}"#, count: 100).joined(separator: ",")
                 return #"{"data":[\#(records)],"duplicate_check_fields":[\#(keys)]}"#
             },
             status: 200, code: "SUCCESS"),
        Case(name: "upsert, 100 copies of one new record", method: "POST", target: upsertTarget, token: SeedTokens.admin,
             body: { dataBody(Array(repeating: #"{"Last_Name":"Same","Email":"same@noemail.invalid"}"#, count: 100).joined(separator: ",")) },
             status: 200, code: "SUCCESS"),
        Case(name: "upsert, 100k elements", method: "POST", target: upsertTarget, token: SeedTokens.admin,
             body: { B.repeated(#"{"data":["#, "{}", "]}", count: 100_000) }, status: 400, code: "LIMIT_EXCEEDED"),
        Case(name: "upsert, nested past the limit", method: "POST", target: upsertTarget, token: SeedTokens.admin,
             body: { #"{"data":[{"Last_Name":"N"}],"duplicate_check_fields":\#(B.nested(100_000))}"# },
             status: 400, code: "UNABLE_TO_PARSE_DATA_TYPE"),
    ]
}
