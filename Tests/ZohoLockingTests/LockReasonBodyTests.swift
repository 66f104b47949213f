import Testing
import ZohoLocking

/// The POST/PUT body `{"data":[{"Locked_Reason__s":"…"}]}`, validated per item.
struct LockReasonBodyTests {
    private func items(_ text: String) throws(ZohoError) -> [Result<String, ZohoError>] {
        try LockReasonBody(bytes: Array(text.utf8)).items
    }

    @Test(arguments: ["", "not json", "[]", #"[{"data":[]}]"#, #""data""#, "null", "1", #"{"data":[],}"#])
    func init_rejectsBodyThatIsNotAJSONObject(_ text: String) {
        #expect(throws: ZohoError.unableToParseDataType) { try items(text) }
    }

    @Test func init_rejectsInvalidUTF8Body() {
        #expect(throws: ZohoError.unableToParseDataType) {
            try LockReasonBody(bytes: [0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D])
        }
    }

    @Test(arguments: ["{}", #"{"data":null}"#, #"{"other":1}"#])
    func init_reportsMissingData(_ text: String) throws {
        #expect(try items(text) == [.failure(.mandatoryNotFound(apiName: "data", jsonPath: "$.data"))])
    }

    @Test(arguments: [#"{"data":{}}"#, #"{"data":"x"}"#, #"{"data":1}"#, #"{"data":true}"#])
    func init_reportsDataThatIsNotAnArray(_ text: String) throws {
        #expect(try items(text) == [.failure(.invalidDataType(apiName: "data", jsonPath: "$.data", expected: "jsonarray"))])
    }

    @Test func init_reportsEmptyDataArrayAsMissing() throws {
        #expect(try items(#"{"data":[]}"#) == [.failure(.mandatoryNotFound(apiName: "data", jsonPath: "$.data"))])
    }

    @Test func init_reportsElementThatIsNotAnObject() throws {
        #expect(
            try items(#"{"data":[{"Locked_Reason__s":"ok"},"x",[],null]}"#) == [
                .success("ok"),
                .failure(.invalidDataType(apiName: "data", jsonPath: "$.data[1]", expected: "jsonobject")),
                .failure(.invalidDataType(apiName: "data", jsonPath: "$.data[2]", expected: "jsonobject")),
                .failure(.invalidDataType(apiName: "data", jsonPath: "$.data[3]", expected: "jsonobject")),
            ])
    }

    @Test(arguments: [#"{"data":[{}]}"#, #"{"data":[{"Locked_Reason__s":null}]}"#, #"{"data":[{"Locked_Reason__s":""}]}"#])
    func init_reportsMissingOrEmptyReason(_ text: String) throws {
        #expect(
            try items(text) == [
                .failure(.mandatoryNotFound(apiName: "Locked_Reason__s", jsonPath: "$.data[0].Locked_Reason__s"))
            ])
    }

    @Test(arguments: ["1", "true", "[]", "{}", #"["a"]"#])
    func init_reportsReasonThatIsNotText(_ reason: String) throws {
        #expect(
            try items(#"{"data":[{"Locked_Reason__s":\#(reason)}]}"#) == [
                .failure(.invalidDataType(apiName: "Locked_Reason__s", jsonPath: "$.data[0].Locked_Reason__s", expected: "text"))
            ])
    }

    @Test func init_acceptsReasonOfMaximumLength() throws {
        let reason = String(repeating: "r", count: LockReasonBody.maximumReasonLength)
        #expect(LockReasonBody.maximumReasonLength == 3000)
        #expect(try items(#"{"data":[{"Locked_Reason__s":"\#(reason)"}]}"#) == [.success(reason)])
    }

    @Test func init_reportsReasonOverMaximumLength() throws {
        let reason = String(repeating: "r", count: 3001)
        #expect(
            try items(#"{"data":[{"Locked_Reason__s":"\#(reason)"}]}"#) == [
                .failure(.maximumLengthExceeded(
                    apiName: "Locked_Reason__s", jsonPath: "$.data[0].Locked_Reason__s", maximumLength: 3000))
            ])
    }

    @Test func init_countsLengthInCharactersNotBytes() throws {
        let reason = String(repeating: "é", count: 3000)  // 6000 UTF-8 bytes
        #expect(try items(#"{"data":[{"Locked_Reason__s":"\#(reason)"}]}"#) == [.success(reason)])
    }

    @Test func init_acceptsReasonAndIgnoresOtherKeys() throws {
        let text = #"{"data":[{"Locked_Reason__s":"Audit in progress","id":"1"}],"trigger":[]}"#
        #expect(try items(text) == [.success("Audit in progress")])
    }

    @Test func init_keepsEscapedCharactersOfReason() throws {
        #expect(try items(#"{"data":[{"Locked_Reason__s":"line\nbreak \"q\" \u00e9"}]}"#) == [.success("line\nbreak \"q\" é")])
    }

    @Test func init_reportsEachElementWithItsOwnIndex() throws {
        let text = #"{"data":[{"Locked_Reason__s":"one"},{},{"Locked_Reason__s":2},{"Locked_Reason__s":"four"}]}"#
        #expect(
            try items(text) == [
                .success("one"),
                .failure(.mandatoryNotFound(apiName: "Locked_Reason__s", jsonPath: "$.data[1].Locked_Reason__s")),
                .failure(.invalidDataType(apiName: "Locked_Reason__s", jsonPath: "$.data[2].Locked_Reason__s", expected: "text")),
                .success("four"),
            ])
    }
}
