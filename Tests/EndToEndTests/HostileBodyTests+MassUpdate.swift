import Testing

/// Hostile mass-update bodies: the id count is checked before any id is read, and a
/// wide or deep body costs one linear parse.
extension HostileBodyTests {
    static let massUpdate = recordPath("Leads") + "/actions/mass_update"
    static let massValues = #""data":[{"Lead_Status":"Junk Lead"}]"#

    static let massUpdateCases: [Case] = [
        Case(name: "mass update, 100k ids", method: "POST", target: massUpdate, token: SeedTokens.admin,
             body: { B.repeated(#"{\#(massValues),"ids":["#, "1", "]}", count: 100_000) },
             status: 400, code: "LIMIT_EXCEEDED"),
        Case(name: "mass update, 500 unknown ids", method: "POST", target: massUpdate, token: SeedTokens.admin,
             body: { B.repeated(#"{\#(massValues),"ids":["#, "42", "]}", count: 500) }, status: 202, code: "SUCCESS"),
        Case(name: "mass update, 100k data elements", method: "POST", target: massUpdate, token: SeedTokens.admin,
             body: { B.repeated(#"{"ids":["5843104000000425570"],"data":["#, "{}", "]}", count: 100_000) },
             status: 400, code: "LIMIT_EXCEEDED"),
        Case(name: "mass update, wide values", method: "POST", target: massUpdate, token: SeedTokens.admin,
             body: { #"{"ids":["5843104000000425570"],"data":[{\#(B.members())}]}"# }, status: 202, code: "SUCCESS"),
        Case(name: "mass update, nested past the limit", method: "POST", target: massUpdate, token: SeedTokens.admin,
             body: { #"{"ids":["5843104000000425570"],"data":[\#(B.nested(100_000))]}"# }, status: 400,
             code: "UNABLE_TO_PARSE_DATA_TYPE"),
        Case(name: "mass update status, 2,000-digit job id", method: "GET",
             target: massUpdate + "?job_id=" + String(repeating: "9", count: 2_000), token: SeedTokens.admin,
             body: { "" }, status: 400, code: "INVALID_DATA"),
    ]
}
