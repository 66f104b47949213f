import Foundation
import GrowthRatio
import Testing
import ZohoJSON

@testable import ZohoLocking

/// Criteria against long record values: `contains` and `in` in linear time,
/// and `contains` answering as Foundation's `contains` (which it replaced) does.
@Suite(.serialized) struct CriteriaWorstCaseTests {
    static let samples: [(String, String)] = [
        ("analytical engines", "engine"), ("analytical engines", "engines!"), ("abc", ""), ("", "a"), ("", ""),
        ("aaaaaab", "aab"), ("abababac", "ababac"), ("zürich – 東京 😀", "東京 😀"), ("café", "cafe"),
        ("cafe\u{301}", "café"), ("cafe\u{301}", "cafe"), ("mississippi", "issip"), ("x", "x"),
    ]

    @Test(arguments: samples)
    func textPattern_answersAsFoundationContains(_ haystack: String, _ needle: String) {
        #expect(TextPattern(needle).occurs(in: haystack) == haystack.contains(needle))
    }

    /// Where they differ: matching works on whole Characters, as `String` equality does,
    /// so a needle never matches part of one (Foundation finds 🇸🇫 inside 🇺🇸🇫🇷).
    @Test func textPattern_matchesWholeCharactersOnly() {
        #expect(!TextPattern("🇸🇫").occurs(in: "🇺🇸🇫🇷"))
        #expect(TextPattern("🇫🇷").occurs(in: "🇺🇸🇫🇷"))
    }

    @Test func textPattern_worstCaseGrowsLinearly() {
        // Every start of the text matches the needle almost to its end: a scan from each start is quadratic.
        func input(_ count: Int) -> (text: String, needle: String) {
            (String(repeating: "a", count: 2 * count), String(repeating: "a", count: count) + "b")
        }
        let ratio = Growth.ratio(size: 10_000, input) { #expect(!TextPattern($0.needle).occurs(in: $0.text)) }
        #expect(ratio < Growth.linearBound, "4× the text took \(ratio)× as long")
    }

    @Test func inAgainstAListField_growsLinearly() {
        let evaluator = CriteriaEvaluator(fields: [FieldDefinition(apiName: "City", dataType: "text", id: ZohoID(1))])
        func input(_ count: Int) -> (JSONValue, RecordValues) {
            let criteria: JSONValue = [
                "comparator": "in", "field": ["api_name": "City"], "value": .array((0..<count).map { .string("want\($0)") }),
            ]
            let record = CRMRecord(
                module: "Leads", id: ZohoID(1), name: nil, ownerID: nil,
                fields: JSONObject([("City", .array((0..<count).map { .string("have\($0)") }))]),
                createdBy: nil, createdTime: 0, modifiedBy: nil, modifiedTime: 0)
            return (criteria, RecordValues(record: record, owner: nil, createdBy: nil, modifiedBy: nil))
        }
        let ratio = Growth.ratio(size: 2_000, input) { #expect(!evaluator.matches($0.0, $0.1)) }
        #expect(ratio < Growth.linearBound, "4× the values took \(ratio)× as long")
    }
}
