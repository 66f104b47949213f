import Testing
import ZohoLocking

/// The Search Records criteria parser: Zoho's syntax, escapes, and hostile
/// strings, which must be refused quickly with INVALID_QUERY.
struct SearchCriteriaTests {
    func condition(_ field: String, _ comparator: String, _ values: String...) -> SearchCriteria {
        .condition(SearchCondition(field: field, comparator: comparator, values: values))
    }

    @Test func oneCondition_withOrWithoutParentheses() throws {
        #expect(try SearchCriteria.parse("(Last_Name:equals:Burns)") == condition("Last_Name", "equals", "Burns"))
        #expect(try SearchCriteria.parse("Last_Name:equals:Burns") == condition("Last_Name", "equals", "Burns"))
        // Colons after the operator belong to the value (date-times).
        #expect(try SearchCriteria.parse("(Created_Time:greater_than:2024-02-01T18:52:56+00:00)")
            == condition("Created_Time", "greater_than", "2024-02-01T18:52:56+00:00"))
    }

    @Test func andBindsTighterThanOr_groupsNest() throws {
        let a = condition("A", "equals", "1"), b = condition("B", "equals", "2"), c = condition("C", "equals", "3")
        #expect(try SearchCriteria.parse("((A:equals:1)and(B:equals:2))") == .all([a, b]))
        #expect(try SearchCriteria.parse("((A:equals:1)or(B:equals:2)AND(C:equals:3))") == .any([a, .all([b, c])]))
        #expect(try SearchCriteria.parse("(((A:equals:1)or(B:equals:2))and(C:equals:3))") == .all([.any([a, b]), c]))
        #expect(try SearchCriteria.parse("(A:equals:1) and (B:equals:2)") == .all([a, b]))
    }

    @Test func escapes_andListValues() throws {
        #expect(try SearchCriteria.parse(#"(Last_Name:equals:Burns\,B)"#) == condition("Last_Name", "equals", "Burns,B"))
        #expect(try SearchCriteria.parse(#"(Last_Name:equals:K\\)"#) == condition("Last_Name", "equals", #"K\"#))
        #expect(try SearchCriteria.parse(#"(Last_Name:equals:a\(b\))"#) == condition("Last_Name", "equals", "a(b)"))
        #expect(try SearchCriteria.parse("(Full_Name:in:Patricia,Boyle,Kate)") == condition("Full_Name", "in", "Patricia", "Boyle", "Kate"))
    }

    @Test(arguments: [
        "(", ")", "()", "(A:equals)", "(:equals:1)", "(A::1)", "((A:equals:1)", "(A:equals:1))", "(A:equals:1)x(B:equals:2)",
        "(A:equals:(1)", "((A:equals:1)and)", "(A,B:equals:1)", "(A:equals:1)and", "A:equals:1)",
    ])
    func malformed(_ text: String) {
        do {
            let parsed = try SearchCriteria.parse(text)
            Issue.record("parsed \(text) as \(parsed)")
        } catch {
            #expect(error.code == "INVALID_QUERY")
            #expect(error.details["reason"] == "the criteria is not well formed")
        }
    }

    @Test func malformed_exactErrors() {
        #expect(throws: ZohoError.invalidQuery(.malformed, apiName: nil)) { try SearchCriteria.parse("((A:equals:1)") }
        #expect(throws: ZohoError.invalidQuery(.malformed, apiName: "A")) { try SearchCriteria.parse("(A:equals:(1)") }
        #expect(throws: ZohoError.invalidQuery(.malformed, apiName: nil)) { try SearchCriteria.parse("") }
    }

    @Test func limits_tenConditionsDepthTenAndLength() throws {
        let ten = "(" + Array(repeating: "(A:equals:1)", count: 10).joined(separator: "or") + ")"
        #expect(try SearchCriteria.parse(ten).conditions.count == 10)
        let eleven = "(" + Array(repeating: "(A:equals:1)", count: 11).joined(separator: "or") + ")"
        #expect(throws: ZohoError.invalidQuery(.tooManyConditions, apiName: nil)) { try SearchCriteria.parse(eleven) }
        let deepest = String(repeating: "(", count: 10) + "A:equals:1" + String(repeating: ")", count: 10)
        #expect(try SearchCriteria.parse(deepest) == condition("A", "equals", "1"))
        let deeper = String(repeating: "(", count: 11) + "A:equals:1" + String(repeating: ")", count: 11)
        #expect(throws: ZohoError.invalidQuery(.tooDeep, apiName: nil)) { try SearchCriteria.parse(deeper) }
        let long = "(A:equals:" + String(repeating: "x", count: SearchCriteria.maximumLength) + ")"
        #expect(throws: ZohoError.invalidQuery(.tooLong, apiName: nil)) { try SearchCriteria.parse(long) }
    }

    /// 1 MiB hostile strings: refused, in well under a second each.
    @Test(arguments: [
        String(repeating: "(", count: 1 << 20),
        String(repeating: "((A:equals:1)and", count: 1 << 16),
        String(repeating: "\\", count: 1 << 20),
        "(A:in:" + String(repeating: ",", count: 1 << 20) + ")",
    ])
    func hostile_megabyte_isRefusedQuickly(_ text: String) {
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(throws: ZohoError.invalidQuery(.tooLong, apiName: nil)) { try SearchCriteria.parse(text) }
        }
        #expect(elapsed < .milliseconds(500))
    }

    /// Just under the length limit, the worst shapes still parse or fail in one pass.
    @Test func hostile_withinTheLengthLimit_isLinear() {
        let budget = SearchCriteria.maximumLength - 16
        let shapes = [
            String(repeating: "(", count: budget),
            "(A:in:" + String(repeating: "\\,", count: budget / 2 - 8) + ")",
            String(repeating: "(A:equals:1)or", count: budget / 14),
        ]
        let clock = ContinuousClock()
        for text in shapes {
            let elapsed = clock.measure { _ = try? SearchCriteria.parse(text) }
            #expect(elapsed < .milliseconds(200))
        }
        #expect(throws: ZohoError.invalidQuery(.tooDeep, apiName: nil)) { try SearchCriteria.parse(shapes[0]) }
        #expect(throws: ZohoError.invalidQuery(.tooManyConditions, apiName: nil)) { try SearchCriteria.parse(shapes[2]) }
    }
}
