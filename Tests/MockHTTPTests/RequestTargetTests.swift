import MockHTTP
import Testing

/// Splitting and decoding a request target (`/path?query`) as sent on the wire.
struct RequestTargetTests {
    private func items(_ query: String) -> [[String]] {
        RequestTarget("/x?" + query).queryItems.map { [$0.name, $0.value] }
    }

    // MARK: - Path and raw query

    @Test func init_splitsPathFromRawQuery() {
        let target = RequestTarget("/crm/v8/Leads/1/Locking_Information__s?fields=Locked_By__s,id&page=1")
        #expect(target.path == "/crm/v8/Leads/1/Locking_Information__s")
        #expect(target.rawQuery == "fields=Locked_By__s,id&page=1")
    }

    @Test func init_withoutQueryHasEmptyRawQuery() {
        let target = RequestTarget("/crm/v8/Leads")
        #expect(target.path == "/crm/v8/Leads")
        #expect(target.rawQuery == "")
        #expect(target.queryItems.isEmpty)
    }

    @Test func init_bareQuestionMarkHasEmptyRawQuery() {
        let target = RequestTarget("/crm/v8/Leads?")
        #expect(target.path == "/crm/v8/Leads")
        #expect(target.rawQuery == "")
    }

    @Test func init_splitsAtFirstQuestionMarkOnly() {
        let target = RequestTarget("/a?b=1?c=2")
        #expect(target.path == "/a")
        #expect(target.rawQuery == "b=1?c=2")
    }

    @Test func init_percentDecodesPath() {
        #expect(RequestTarget("/crm/v8/My%20Module/%E2%82%AC").path == "/crm/v8/My Module/€")
        #expect(RequestTarget("/crm/v8/%4c%65ads").path == "/crm/v8/Leads")
    }

    @Test func init_keepsPlusInPath() {
        #expect(RequestTarget("/crm/a+b").path == "/crm/a+b")
    }

    @Test func init_keepsRawQueryEncoded() {
        #expect(RequestTarget("/x?q=a%20b+c%2Bd&e").rawQuery == "q=a%20b+c%2Bd&e")
    }

    @Test func init_decodingPathDoesNotTouchQuery() {
        let target = RequestTarget("/a%20b?c%20d=e")
        #expect(target.path == "/a b")
        #expect(target.rawQuery == "c%20d=e")
    }

    @Test(arguments: ["/a%", "/a%2", "/a%zz", "/a%2G", "/a%FF", "/a%C3"])
    func init_keepsPathWithMalformedEscapeAsSent(_ path: String) {
        #expect(RequestTarget(path).path == path)
    }

    // MARK: - Query items

    @Test func queryItems_decodePercentEscapes() {
        #expect(
            items("fields=Locked_By__s%2CLocked_For__s&name=%E2%82%AC%20sign")
                == [["fields", "Locked_By__s,Locked_For__s"], ["name", "€ sign"]])
    }

    @Test func queryItems_decodePlusAsSpaceAndEscapedPlusAsPlus() {
        #expect(items("q=a+b%2Bc") == [["q", "a b+c"]])
    }

    @Test func queryItems_decodeNames() {
        #expect(items("per%5Fpage=2&a+b=1") == [["per_page", "2"], ["a b", "1"]])
    }

    @Test func queryItems_valuelessItemsHaveEmptyValues() {
        #expect(items("a=1&b=&c") == [["a", "1"], ["b", ""], ["c", ""]])
    }

    @Test func queryItems_skipEmptyPairs() {
        #expect(items("&a=1&&b=2&") == [["a", "1"], ["b", "2"]])
    }

    @Test func queryItems_keepOrderAndDuplicates() {
        #expect(items("b=2&a=1&b=3") == [["b", "2"], ["a", "1"], ["b", "3"]])
    }

    @Test func queryItems_splitAtFirstEqualsSign() {
        #expect(items("a=b=c&=d") == [["a", "b=c"], ["", "d"]])
    }

    @Test func queryItems_escapedSeparatorsAreData() {
        #expect(items("a=1%262&b%3D=3") == [["a", "1&2"], ["b=", "3"]])
    }

    @Test(arguments: [("a=%zz", "%zz"), ("a=%4", "%4"), ("a=%", "%"), ("a=%FF", "%FF"), ("a=%C3%28", "%C3%28")])
    func queryItems_keepMalformedEscapesLiterally(_ query: String, _ value: String) {
        #expect(items(query) == [["a", value]])
    }

    @Test func queryItems_malformedEscapeStillDecodesPlus() {
        #expect(items("a=%zz+1") == [["a", "%zz 1"]])
    }

    @Test func parseForm_readsFormBodies() {
        #expect(
            RequestTarget.parseForm("grant_type=authorization_code&code=1000.abc%2Fdef&redirect_uri=http%3A%2F%2Flocalhost")
                .map { [$0.name, $0.value] }
                == [["grant_type", "authorization_code"], ["code", "1000.abc/def"], ["redirect_uri", "http://localhost"]])
    }

    // MARK: - percentDecode

    @Test func percentDecode_decodesUpperAndLowerHex() {
        #expect(RequestTarget.percentDecode("%41%62%e2%82%AC") == "Ab€")
    }

    @Test func percentDecode_leavesTextWithoutEscapesAlone() {
        #expect(RequestTarget.percentDecode("plain+text") == "plain+text")
    }

    @Test(arguments: ["%", "%4", "%G1", "%1G", "abc%", "%FF", "%C3", "%ED%A0%80"])
    func percentDecode_rejectsMalformedEscapesAndInvalidUTF8(_ text: String) {
        #expect(RequestTarget.percentDecode(text[...]) == nil)
    }
}
