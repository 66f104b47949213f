import GrowthRatio
import Testing
import ZohoJSON

/// The JSON paths a hostile body drives hardest, each timed on an input and on
/// one four times its size: linear work takes about four times as long,
/// quadratic work (what wide objects met before objects had a key index) sixteen.
@Suite(.serialized) struct JSONWorstCaseTests {
    static func wideObject(_ count: Int) -> [UInt8] {
        Array(("{" + (0..<count).map { #""key\#($0)":\#($0)"# }.joined(separator: ",") + "}").utf8)
    }

    @Test func parsingAWideObject_growsLinearly() throws {
        let ratio = try Growth.ratio(size: 5_000, Self.wideObject) { _ = try JSONParser.parse($0) }
        #expect(ratio < Growth.linearBound, "4× the keys took \(ratio)× as long")
    }

    @Test(arguments: [#"\n"#, #"\u00e9"#, #"\ud83d\ude00"#, "a", "é"])
    func parsingALongString_growsLinearly(_ unit: String) throws {
        let ratio = try Growth.ratio(size: 20_000, { Array(("\"" + String(repeating: unit, count: $0) + "\"").utf8) }) {
            _ = try JSONParser.parse($0)
        }
        #expect(ratio < Growth.linearBound, "\(unit): 4× the string took \(ratio)× as long")
    }

    @Test func parsingALongArray_growsLinearly() throws {
        func array(_ count: Int) -> [UInt8] { Array(("[" + Array(repeating: "{}", count: count).joined(separator: ",") + "]").utf8) }
        let ratio = try Growth.ratio(size: 10_000, array) { _ = try JSONParser.parse($0) }
        #expect(ratio < Growth.linearBound, "4× the items took \(ratio)× as long")
    }

    @Test func comparingAndHashingWideObjects_growLinearly() throws {
        func pair(_ count: Int) throws -> (JSONValue, JSONValue) {
            let forward = try JSONParser.parse(Self.wideObject(count))
            let entries = try #require(forward.objectValue).entries.reversed().map { ($0.key, $0.value) }
            return (forward, .object(JSONObject(entries)))
        }
        let equality = try Growth.ratio(size: 5_000, pair) { #expect($0.0 == $0.1) }
        #expect(equality < Growth.linearBound, "comparing 4× the keys took \(equality)× as long")
        let hashing = try Growth.ratio(size: 5_000, pair) { _ = $0.0.hashValue }
        #expect(hashing < Growth.linearBound, "hashing 4× the keys took \(hashing)× as long")
    }

    @Test func writingAWideObject_growsLinearly() throws {
        let ratio = try Growth.ratio(size: 5_000, { try JSONParser.parse(Self.wideObject($0)) }) { _ = JSONWriter.bytes($0) }
        #expect(ratio < Growth.linearBound, "writing 4× the keys took \(ratio)× as long")
    }

    @Test func nestingPastTheLimit_isRefusedAtTheLimit() {
        let deep = Array((String(repeating: "[", count: 500_000) + String(repeating: "]", count: 500_000)).utf8)
        let error = #expect(throws: JSONParseError.self) { try JSONParser.parse(deep) }
        #expect(error?.reason == "nesting too deep")
        #expect(error?.offset == JSONParser.maximumDepth)
        let depth = JSONParser.maximumDepth
        let atLimit = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(throws: Never.self) { try JSONParser.parse(atLimit) }
    }
}
