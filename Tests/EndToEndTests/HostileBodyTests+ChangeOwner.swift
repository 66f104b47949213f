import Testing

/// Hostile change-owner bodies: counts are checked before any id is read or looked up.
extension HostileBodyTests {
    static let changeOwnerMany = recordPath("Leads") + "/actions/change_owner"
    static let changeOwnerOne = recordPath("Leads", Seed.unlockedLead) + "/actions/change_owner"
    static let owner = #""owner":{"id":"5843104000000424690"}"#

    static let changeOwnerCases: [Case] = [
        Case(name: "change owner, 100k ids", method: "POST", target: changeOwnerMany, token: SeedTokens.admin,
             body: { B.repeated(#"{\#(owner),"ids":["#, "1", "]}", count: 100_000) },
             status: 400, code: "LIMIT_EXCEEDED"),
        Case(name: "change owner, 500 unknown ids", method: "POST", target: changeOwnerMany, token: SeedTokens.admin,
             body: { B.repeated(#"{\#(owner),"ids":["#, "42", "]}", count: 500) }, status: 400, code: "INVALID_DATA"),
        Case(name: "change owner, 500 ids of one record", method: "POST", target: changeOwnerMany, token: SeedTokens.admin,
             body: { B.repeated(#"{\#(owner),"ids":["#, "5843104000000425570", "]}", count: 500) },
             status: 200, code: "SUCCESS"),
        Case(name: "change owner, 100k related modules", method: "POST", target: changeOwnerOne, token: SeedTokens.admin,
             body: { B.repeated(#"{\#(owner),"related_modules":["#, "{}", "]}", count: 100_000) },
             status: 400, code: "INVALID_DATA"),
        Case(name: "change owner, wide body", method: "POST", target: changeOwnerOne, token: SeedTokens.admin,
             body: { "{\(owner),\(B.members())}" }, status: 200, code: "SUCCESS"),
        Case(name: "change owner, nested past the limit", method: "POST", target: changeOwnerOne, token: SeedTokens.admin,
             body: { #"{\#(owner),"notify":\#(B.nested(100_000))}"# }, status: 400, code: "UNABLE_TO_PARSE_DATA_TYPE"),
    ]
}
