import Testing
import ZohoJSON

/// The strict RFC 8259 parser: what it accepts, what it keeps exactly, what it refuses.
struct JSONParserTests {
    // MARK: - Valid documents

    @Test func parse_readsObjectWithEveryValueKind() throws {
        let value = try JSONParser.parse(#"{"s":"text","n":12,"t":true,"f":false,"z":null,"a":[1,"two"],"o":{"k":"v"}}"#)
        let expected: JSONValue = [
            "s": "text", "n": 12, "t": true, "f": false, "z": nil, "a": [1, "two"], "o": ["k": "v"],
        ]
        #expect(value == expected)
    }

    @Test func parse_keepsObjectKeysInDocumentOrder() throws {
        let value = try JSONParser.parse(#"{"z":1,"a":2,"m":3}"#)
        #expect(value.objectValue?.keys == ["z", "a", "m"])
    }

    @Test func parse_acceptsEmptyContainers() throws {
        #expect(try JSONParser.parse("{}") == .object(JSONObject()))
        #expect(try JSONParser.parse("[]") == .array([]))
        #expect(try JSONParser.parse("{ \n\t}") == .object(JSONObject()))
        #expect(try JSONParser.parse("[ \r\n ]") == .array([]))
    }

    @Test func parse_acceptsTopLevelScalars() throws {
        #expect(try JSONParser.parse("true") == .bool(true))
        #expect(try JSONParser.parse("false") == .bool(false))
        #expect(try JSONParser.parse("null") == .null)
        #expect(try JSONParser.parse(#""x""#) == .string("x"))
        #expect(try JSONParser.parse("7") == .int(7))
    }

    @Test func parse_ignoresInsignificantWhitespace() throws {
        let value = try JSONParser.parse(" \t\r\n{ \"a\" :\n[ 1 , 2 ] }\n ")
        #expect(value == ["a": [1, 2]])
    }

    @Test func parse_acceptsBytesAndStringAlike() throws {
        let text = #"{"a":[1,{"b":null}]}"#
        #expect(try JSONParser.parse(Array(text.utf8)) == JSONParser.parse(text))
    }

    // MARK: - Numbers

    @Test func parse_keepsSixtyFourBitIdExactly() throws {
        let value = try JSONParser.parse("5843104000000002645")
        let number = try #require(value.numberValue)
        #expect(number.text == "5843104000000002645")
        #expect(number.int64Value == 5_843_104_000_000_002_645)
    }

    @Test func parse_keepsInt64MaximumExactly() throws {
        let number = try #require(JSONParser.parse("9223372036854775807").numberValue)
        #expect(number.text == "9223372036854775807")
        #expect(number.int64Value == Int64.max)
    }

    @Test func parse_keepsIdInsideObjectExactly() throws {
        let value = try JSONParser.parse(#"{"id":5843104000000002645}"#)
        #expect(value.objectValue?["id"] == .number(JSONNumber(literal: "5843104000000002645")))
    }

    @Test func parse_keepsLiteralTextOfNumbersBeyondInt64() throws {
        let number = try #require(JSONParser.parse("9223372036854775808").numberValue)
        #expect(number.text == "9223372036854775808")
        #expect(number.int64Value == nil)
    }

    @Test(arguments: ["0", "-0", "1.50", "-12.5e+3", "1E-7", "0.0", "1e400", "-9223372036854775808"])
    func parse_keepsNumberLiteralTextAsWritten(_ literal: String) throws {
        #expect(try JSONParser.parse(literal) == .number(JSONNumber(literal: literal)))
    }

    @Test func parse_numberWithFractionHasNoInt64Value() throws {
        let number = try #require(JSONParser.parse("12.0").numberValue)
        #expect(number.int64Value == nil)
        #expect(number.doubleValue == 12.0)
    }

    @Test(arguments: ["01", "-01", "00", "007", "[01]", #"{"a":01}"#])
    func parse_rejectsLeadingZeros(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test(arguments: ["-", "1.", ".5", "1e", "1e+", "+1", "0x10", "NaN", "Infinity", "-Infinity", "1.e5", "--1"])
    func parse_rejectsMalformedNumbers(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    // MARK: - Strings

    @Test func parse_decodesSimpleEscapes() throws {
        let value = try JSONParser.parse(#""q\"b\\s\/b\bf\fn\nr\rt\t""#)
        #expect(value == .string("q\"b\\s/b\u{08}f\u{0C}n\nr\rt\t"))
    }

    @Test func parse_decodesUnicodeEscapesInEitherCase() throws {
        #expect(try JSONParser.parse(#""\u00e9\u00C9\u20AC\u0041""#) == .string("éÉ€A"))
    }

    @Test func parse_decodesEscapedNulCharacter() throws {
        #expect(try JSONParser.parse(#""a\u0000b""#) == .string("a\u{0}b"))
    }

    @Test func parse_decodesSurrogatePairToOneScalar() throws {
        let value = try JSONParser.parse(#""\ud83d\ude00""#)
        #expect(value == .string("😀"))
        #expect(value.stringValue?.unicodeScalars.count == 1)
    }

    @Test func parse_decodesUppercaseSurrogatePair() throws {
        #expect(try JSONParser.parse(#""\uD834\uDD1E""#) == .string("\u{1D11E}"))
    }

    @Test func parse_acceptsRawMultibyteUTF8() throws {
        #expect(try JSONParser.parse("\"Zürich – 東京 😀\"") == .string("Zürich – 東京 😀"))
    }

    @Test func parse_acceptsDeleteCharacterUnescaped() throws {
        #expect(try JSONParser.parse([0x22, 0x7F, 0x22]) == .string("\u{7F}"))
    }

    @Test func parse_decodesEscapesInKeys() throws {
        let value = try JSONParser.parse(#"{"a\"b\u00e9":1}"#)
        #expect(value.objectValue?.keys == ["a\"bé"])
    }

    // MARK: - Rejections

    @Test(arguments: ["[1,]", "[1,2,]", #"{"a":1,}"#, #"{"a":1,"b":2,}"#, "[,]", "[,1]", "{,}"])
    func parse_rejectsTrailingOrMisplacedComma(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test func parse_reportsOffsetOfTrailingComma() {
        let error = #expect(throws: JSONParseError.self) { try JSONParser.parse("[1,]") }
        #expect(error?.offset == 3)
    }

    @Test(arguments: [
        "// note\n{}", "{} // note", "/* c */ {}", "{/* c */}", #"{"a":1 /* c */}"#, "[1, // c\n 2]", "# c\n{}",
    ])
    func parse_rejectsComments(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test(arguments: [
        [0x22, 0xFF, 0x22],  // never valid in UTF-8
        [0x22, 0xC0, 0xAF, 0x22],  // overlong "/"
        [0x22, 0xE2, 0x82, 0x22],  // truncated 3-byte sequence
        [0x22, 0xED, 0xA0, 0x80, 0x22],  // UTF-8-encoded surrogate
        [0x22, 0x80, 0x22],  // lone continuation byte
        [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22],  // above U+10FFFF
    ] as [[UInt8]])
    func parse_rejectsInvalidUTF8InString(_ bytes: [UInt8]) {
        let error = #expect(throws: JSONParseError.self) { try JSONParser.parse(bytes) }
        #expect(error?.reason == "invalid UTF-8 in string")
    }

    @Test func parse_rejectsInvalidUTF8AfterAnEscape() {
        // Bytes after an escape take the slow path; they are validated too.
        let error = #expect(throws: JSONParseError.self) { try JSONParser.parse([0x22, 0x5C, 0x6E, 0xFF, 0x22]) }
        #expect(error?.reason == "invalid UTF-8 in string")
    }

    @Test func parse_rejectsControlCharacterAfterAnEscape() {
        let error = #expect(throws: JSONParseError.self) { try JSONParser.parse([0x22, 0x5C, 0x74, 0x0A, 0x22]) }
        #expect(error?.reason == "control character in string")
    }

    @Test func parse_keepsTextBeforeAndAfterEscapes() throws {
        #expect(try JSONParser.parse(#""héllo \"wörld\" – ok""#) == .string("héllo \"wörld\" – ok"))
    }

    @Test func parse_rejectsInvalidUTF8InKey() {
        #expect(throws: JSONParseError.self) { try JSONParser.parse([0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D]) }
    }

    @Test func parse_rejectsNonASCIIBytesOutsideStrings() {
        #expect(throws: JSONParseError.self) { try JSONParser.parse([0x5B, 0xC3, 0xA9, 0x5D]) }
    }

    @Test(arguments: [
        #""\ud83d""#, #""\ud83dx""#, #""\ude00""#, #""\ud83d\u0041""#, #""\ud83d\n""#, #""a\udfffb""#,
        #""\ud83d\ud83d""#,
    ])
    func parse_rejectsLoneSurrogates(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test(arguments: [0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1F] as [UInt8])
    func parse_rejectsRawControlCharacterInString(_ control: UInt8) {
        let error = #expect(throws: JSONParseError.self) { try JSONParser.parse([0x22, 0x61, control, 0x22]) }
        #expect(error?.reason == "control character in string")
    }

    @Test(arguments: [#""\x""#, #""\a""#, #""\u12""#, #""\u12G4""#, #""\U0041""#, #""\'""#, #""\"#])
    func parse_rejectsInvalidEscapes(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test(arguments: [#""abc"#, #"{"a":"b}"#, #"["#, #"{"#, #"{"a""#, #"{"a":"#, "[1", #"{"a":1"#])
    func parse_rejectsUnterminatedDocuments(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test(arguments: [
        "{a:1}", "{'a':1}", "['a']", #"{"a" 1}"#, #"{"a":1 "b":2}"#, "[1 2]", #"{1:2}"#, "{null:1}",
    ])
    func parse_rejectsNonJSONSyntax(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test(arguments: ["tru", "True", "nul", "NULL", "fals", "truth"])
    func parse_rejectsMisspelledLiterals(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test(arguments: ["", " ", "\n\t"])
    func parse_rejectsEmptyDocument(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test(arguments: ["{} x", "{}}", "[]]", "1 2", "truex", "nullnull", #""a""b""#, "{},{}", "[1]\u{0}"])
    func parse_rejectsTrailingGarbage(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test func parse_reportsTrailingCharacters() {
        let error = #expect(throws: JSONParseError.self) { try JSONParser.parse("{} x") }
        #expect(error?.reason == "trailing characters")
        #expect(error?.offset == 3)
    }

    // MARK: - Depth

    @Test func parse_acceptsArraysNestedToMaximumDepth() throws {
        let depth = JSONParser.maximumDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        var value = try JSONParser.parse(text)
        var levels = 0
        while let items = value.arrayValue {
            levels += 1
            guard let first = items.first else { break }
            value = first
        }
        #expect(levels == depth)
    }

    @Test func parse_rejectsArraysNestedBeyondMaximumDepth() {
        let depth = JSONParser.maximumDepth + 1
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let error = #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
        #expect(error?.reason == "nesting too deep")
    }

    @Test func parse_rejectsObjectsNestedBeyondMaximumDepth() {
        let depth = JSONParser.maximumDepth + 1
        let text = String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test func parse_acceptsObjectsNestedToMaximumDepth() throws {
        let depth = JSONParser.maximumDepth
        let text = String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth)
        _ = try JSONParser.parse(text)
    }

    @Test func parse_countsDepthAcrossSiblingsNotTotal() throws {
        // Many siblings at a shallow depth are fine: depth is released on close.
        let text = "[" + Array(repeating: "[[]]", count: JSONParser.maximumDepth * 2).joined(separator: ",") + "]"
        #expect(try JSONParser.parse(text).arrayValue?.count == JSONParser.maximumDepth * 2)
    }

    @Test func parse_rejectsHostileDeepNestingWithoutCrashing() {
        let text = String(repeating: "[", count: 100_000)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }
}
