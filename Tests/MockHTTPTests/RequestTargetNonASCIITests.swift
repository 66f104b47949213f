import MockHTTP
import Testing

/// ASCII targets are split as bytes; others keep Swift's Character rules,
/// where a combining mark joins the separator before it. Both must agree
/// with the documented decoding.
struct RequestTargetNonASCIITests {
    private func items(_ query: String) -> [[String]] {
        RequestTarget("/x?" + query).queryItems.map { [$0.name, $0.value] }
    }

    @Test func queryItems_nonASCIIQueryDecodesLikeASCII() {
        #expect(items("name=€&q=a+b%2Bc&é=1") == [["name", "€"], ["q", "a b+c"], ["é", "1"]])
    }

    @Test func queryItems_combiningMarkAfterAmpersandJoinsIt() {
        #expect(items("a=1&\u{301}b=2") == [["a", "1&\u{301}b=2"]])
    }

    @Test func queryItems_emptyPairsAndBareNames() {
        #expect(items("&&a&=x&b=") == [["a", ""], ["", "x"], ["b", ""]])
    }

    @Test func queryItems_malformedEscapeKeepsTextWithSpaces() {
        #expect(items("q=a+%zz&r=%4") == [["q", "a %zz"], ["r", "%4"]])
    }

    @Test func queryItems_escapeOfInvalidUTF8KeepsTheText() {
        #expect(items("q=%FF+x") == [["q", "%FF x"]])
    }

    @Test func init_questionMarkFollowedByCombiningMarkIsNoSeparator() {
        let target = RequestTarget("/a?\u{301}b=1")
        #expect(target.path == "/a?\u{301}b=1")
        #expect(target.rawQuery == "")
    }

    @Test func pathSegments_ASCIIAndNonASCII() {
        #expect(HTTPRequest(method: "GET", path: "/crm/v8//Leads/").pathSegments == ["crm", "v8", "", "Leads", ""])
        #expect(HTTPRequest(method: "GET", path: "/crm/€/Leads").pathSegments == ["crm", "€", "Leads"])
        #expect(HTTPRequest(method: "GET", path: "/a/\u{301}b").pathSegments == ["a/\u{301}b"])
        #expect(HTTPRequest(method: "GET", path: "/").pathSegments == [""])
    }
}
