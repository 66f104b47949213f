import GrowthRatio
import Testing
import ZohoJSON

@testable import ZohoLocking

/// Search's worst cases grow linearly: the criteria parser over its longest
/// input, and ten conditions tested against many records.
@Suite(.serialized) struct SearchWorstCaseTests {
    @Test func parser_growsLinearly() {
        // Escapes and list items: every byte is looked at once.
        func input(_ count: Int) -> String { "(Last_Name:in:" + String(repeating: "\\,x,", count: count) + ")" }
        let ratio = Growth.ratio(size: 1_500, input) { text in _ = try? SearchCriteria.parse(text) }
        #expect(ratio < Growth.linearBound, "4× the criteria took \(ratio)× as long")
    }

    @Test func tenConditionsOverManyRecords_growLinearly() throws {
        let fields = [FieldDefinition(apiName: "Last_Name", dataType: "text", id: ZohoID(1)),
                      FieldDefinition(apiName: "No_of_Employees", dataType: "integer", id: ZohoID(2))]
        let text = "(" + (0..<9).map { "(Last_Name:starts_with:zz\($0))" }.joined(separator: "or")
            + "or(No_of_Employees:between:-2,-1))"
        let matcher = try SearchMatcher(try SearchCriteria.parse(text), fields: fields)
        func input(_ count: Int) -> [RecordValues] {
            (0..<count).map { n in
                let record = CRMRecord(
                    module: "Leads", id: ZohoID(Int64(n + 1)), name: nil, ownerID: nil,
                    fields: JSONObject([("Last_Name", .string("Lead \(n)")), ("No_of_Employees", .int(n))]),
                    createdBy: nil, createdTime: 0, modifiedBy: nil, modifiedTime: 0)
                return RecordValues(record: record, owner: nil, createdBy: nil, modifiedBy: nil)
            }
        }
        let ratio = Growth.ratio(size: 2_500, input) { records in
            #expect(!records.contains { matcher.matches($0, locked: false) })
        }
        #expect(ratio < Growth.linearBound, "4× the records took \(ratio)× as long")
    }
}
