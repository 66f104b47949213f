import Testing
import ZohoJSON
import ZohoLocking

/// The comparators of locking-rule criteria against record values.
struct CriteriaEvaluatorTests {
    static let fields = [
        FieldDefinition(apiName: "Company", dataType: "text", id: ZohoID(1)),
        FieldDefinition(apiName: "Lead_Status", dataType: "picklist", id: ZohoID(2)),
        FieldDefinition(apiName: "Annual_Revenue", dataType: "currency", id: ZohoID(3)),
        FieldDefinition(apiName: "No_of_Employees", dataType: "integer", id: ZohoID(4)),
        FieldDefinition(apiName: "Email_Opt_Out", dataType: "boolean", id: ZohoID(5)),
        FieldDefinition(apiName: "Date_of_Birth", dataType: "date", id: ZohoID(6)),
        FieldDefinition(apiName: "Created_Time", dataType: "datetime", id: ZohoID(7)),
        FieldDefinition(apiName: "Last_Activity_Time", dataType: "datetime", id: ZohoID(8)),
        FieldDefinition(apiName: "Owner", dataType: "ownerlookup", id: ZohoID(9)),
        FieldDefinition(apiName: "Account_Name", dataType: "lookup", id: ZohoID(10)),
    ]

    static let record = RecordValues(
        record: CRMRecord(
            module: "Leads", id: ZohoID(100), name: "Ada Lovelace", ownerID: ZohoID(7),
            fields: JSONObject([
                ("Company", "Analytical Engines"), ("Lead_Status", "Contacted"), ("Annual_Revenue", 850000),
                ("No_of_Employees", 12), ("Email_Opt_Out", true), ("Date_of_Birth", "1815-12-10"),
                ("Account_Name", ["name": "Babbage & Co", "id": "555"]),
            ]),
            createdBy: nil, createdTime: ZohoDateTime.parse("2018-01-01T00:00:00Z")!, modifiedBy: nil,
            modifiedTime: ZohoDateTime.parse("2024-01-01T00:00:00Z")!),
        owner: NamedReference(name: "Patricia Boyle", id: ZohoID(7)), createdBy: nil, modifiedBy: nil)

    func matches(_ comparator: String, _ field: String, _ value: JSONValue) -> Bool {
        let criteria: JSONValue = ["comparator": .string(comparator), "field": ["api_name": .string(field)], "value": value]
        return CriteriaEvaluator(fields: Self.fields).matches(criteria, Self.record)
    }

    @Test func text_comparatorsIgnoreCase() {
        #expect(matches("equal", "Company", "analytical engines"))
        #expect(!matches("equal", "Company", "Analytical"))
        #expect(matches("not_equal", "Company", "Analytical"))
        #expect(matches("contains", "Company", "ENGINE"))
        #expect(matches("not_contains", "Company", "steam"))
        #expect(matches("starts_with", "Company", "analytical"))
        #expect(!matches("starts_with", "Company", "engines"))
        #expect(matches("ends_with", "Company", "Engines"))
        #expect(matches("in", "Company", ["x", "Analytical Engines"]))
    }

    @Test func picklist_equalAndIn() {
        #expect(matches("equal", "Lead_Status", "Contacted"))
        #expect(matches("in", "Lead_Status", ["Junk Lead", "contacted"]))
        #expect(!matches("in", "Lead_Status", ["Junk Lead"]))
        #expect(matches("not_in", "Lead_Status", ["Junk Lead"]))
    }

    @Test func numbers_compareAsNumbers() {
        #expect(matches("greater_than", "Annual_Revenue", "100000"))
        #expect(!matches("greater_than", "Annual_Revenue", "850000"))
        #expect(matches("greater_equal", "Annual_Revenue", "850000"))
        #expect(matches("less_than", "No_of_Employees", "100"))
        #expect(matches("less_equal", "No_of_Employees", "12"))
        #expect(matches("equal", "No_of_Employees", "12"))
        #expect(matches("between", "No_of_Employees", ["10", "12"]))
        #expect(matches("not_between", "No_of_Employees", ["13", "20"]))
        #expect(matches("in", "No_of_Employees", ["11", "12"]))
    }

    @Test func booleans() {
        #expect(matches("equal", "Email_Opt_Out", "true"))
        #expect(!matches("equal", "Email_Opt_Out", "false"))
    }

    @Test func dates_andSystemDateTimes() {
        #expect(matches("less_than", "Date_of_Birth", "1900-01-01"))
        #expect(matches("equal", "Date_of_Birth", "1815-12-10"))
        #expect(matches("between", "Date_of_Birth", ["1815-01-01", "1815-12-31"]))
        #expect(matches("less_than", "Created_Time", "2018-09-01T01:00:00-04:00"))
        #expect(matches("equal", "Created_Time", "2017-12-31T19:00:00-05:00"))
        // No stored Last_Activity_Time: it is the modification time.
        #expect(!matches("less_than", "Last_Activity_Time", "2018-09-01T01:00:00-04:00"))
        #expect(matches("greater_than", "Last_Activity_Time", "2023-12-31T00:00:00Z"))
    }

    @Test func lookups_matchByIDOrName() {
        #expect(matches("equal", "Owner", "7"))
        #expect(matches("equal", "Owner", "patricia boyle"))
        #expect(matches("in", "Account_Name", ["555"]))
        #expect(matches("not_equal", "Account_Name", "556"))
    }

    @Test func emptyFields_matchOnlyNegativeComparators() {
        #expect(!matches("equal", "Industry", "ASP"))
        #expect(!matches("contains", "Industry", "A"))
        #expect(matches("not_equal", "Industry", "ASP"))
        #expect(matches("not_in", "Industry", ["ASP"]))
        #expect(!matches("greater_than", "Lead_Conversion_Time", "10"))
    }

    @Test func groups_combineWithAndOr() {
        let evaluator = CriteriaEvaluator(fields: Self.fields)
        let yes: JSONValue = ["comparator": "equal", "field": ["api_name": "Lead_Status"], "value": "Contacted"]
        let no: JSONValue = ["comparator": "equal", "field": ["api_name": "Lead_Status"], "value": "Junk Lead"]
        #expect(!evaluator.matches(["group_operator": "AND", "group": [yes, no]], Self.record))
        #expect(evaluator.matches(["group_operator": "OR", "group": [no, yes]], Self.record))
        #expect(evaluator.matches(
            ["group_operator": "AND", "group": [yes, ["group_operator": "OR", "group": [no, yes]]]], Self.record))
    }
}
