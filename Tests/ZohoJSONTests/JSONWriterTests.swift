import Testing
import ZohoJSON

/// Compact serialisation: escaping, order, exact numbers, and parse/write round trips.
struct JSONWriterTests {
    @Test func write_escapesQuoteAndBackslash() {
        #expect(JSONWriter.string(.string(#"say "hi" \ bye"#)) == #""say \"hi\" \\ bye""#)
    }

    @Test func write_usesShortEscapesForNewlineReturnAndTab() {
        #expect(JSONWriter.string(.string("a\nb\rc\td")) == #""a\nb\rc\td""#)
    }

    @Test func write_escapesOtherControlCharactersAsLowercaseUnicodeEscapes() {
        let text = "\u{00}\u{01}\u{08}\u{0B}\u{0C}\u{1B}\u{1F}"
        #expect(JSONWriter.string(.string(text)) == #""\u0000\u0001\u0008\u000b\u000c\u001b\u001f""#)
    }

    @Test func write_leavesSolidusDeleteAndNonASCIIUnescaped() {
        #expect(JSONWriter.string(.string("a/b\u{7F}é😀")) == "\"a/b\u{7F}é😀\"")
    }

    @Test func write_escapesObjectKeys() {
        #expect(JSONWriter.string(["k\"\n": 1]) == #"{"k\"\n":1}"#)
    }

    @Test func write_producesCompactOutputInInsertionOrder() {
        let value: JSONValue = ["z": [1, true, nil], "a": ["c": "d"], "m": [], "e": .object(JSONObject())]
        #expect(JSONWriter.string(value) == #"{"z":[1,true,null],"a":{"c":"d"},"m":[],"e":{}}"#)
    }

    @Test func write_scalars() {
        #expect(JSONWriter.string(nil) == "null")
        #expect(JSONWriter.string(true) == "true")
        #expect(JSONWriter.string(false) == "false")
        #expect(JSONWriter.string("") == #""""#)
    }

    @Test func write_numbersUseTheirLiteralText() {
        #expect(JSONWriter.string(.int64(5_843_104_000_000_002_645)) == "5843104000000002645")
        #expect(JSONWriter.string(.int64(.max)) == "9223372036854775807")
        #expect(JSONWriter.string(.number(JSONNumber(literal: "1.50"))) == "1.50")
        #expect(JSONWriter.string(.int(-3)) == "-3")
    }

    @Test func write_wholeDoublesAsIntegers() {
        #expect(JSONWriter.string(.number(JSONNumber(3.0))) == "3")
        #expect(JSONWriter.string(.number(JSONNumber(0.5))) == "0.5")
    }

    @Test func bytes_matchesStringAsUTF8() {
        let value: JSONValue = ["name": "Zürich", "ids": [1, 2]]
        #expect(JSONWriter.bytes(value) == Array(JSONWriter.string(value).utf8))
    }

    @Test func write_appendsToExistingBuffer() {
        var out: [UInt8] = Array("x=".utf8)
        JSONWriter.write([1], into: &out)
        #expect(String(decoding: out, as: UTF8.self) == "x=[1]")
    }

    // MARK: - Round trips

    static let roundTripValues: [JSONValue] = [
        nil, true, false, 0, -1, "", "plain",
        .int64(5_843_104_000_000_002_645), .int64(.max), .number(JSONNumber(literal: "-12.5e+3")),
        .string("quote \" backslash \\ slash / controls \u{0}\u{1}\u{1F}\n\r\t\u{08}\u{0C}"),
        .string("unicode é € 東京 😀 \u{1D11E}"),
        [], .object(JSONObject()), [1, "two", nil, [true, ["deep": [[]]]]],
        ["data": [["Locked_Reason__s": "audit", "id": .int64(5_843_104_000_000_002_645)]], "info": nil],
    ]

    @Test(arguments: roundTripValues)
    func roundTrip_parseOfWriteIsIdentity(_ value: JSONValue) throws {
        #expect(try JSONParser.parse(JSONWriter.bytes(value)) == value)
    }

    @Test func roundTrip_everyASCIICharacterSurvives() throws {
        let text = String(String.UnicodeScalarView((0..<0x80).map { Unicode.Scalar(UInt8($0)) }))
        #expect(try JSONParser.parse(JSONWriter.bytes(.string(text))) == .string(text))
    }

    @Test(arguments: [
        #"{"code":"SUCCESS","details":{"id":"5843104000000002645"},"message":"record added","status":"success"}"#,
        #"[1,-0.5,1e10,true,false,null,"a\\b\"c\n"]"#,
        #"{"z":{"y":{"x":[]}},"a":5843104000000002645}"#,
    ])
    func roundTrip_writeOfParseReproducesCompactText(_ text: String) throws {
        #expect(JSONWriter.string(try JSONParser.parse(text)) == text)
    }
}
