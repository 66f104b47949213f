import Testing
import ZohoJSON

/// The streaming writer writes exactly what `JSONWriter` writes for the same
/// value: commas in nested containers, escapes, numbers, null.
struct JSONStreamWriterTests {
    private func written(_ body: (inout JSONStreamWriter) -> Void) -> String {
        var writer = JSONStreamWriter(capacity: 4)  // tiny: every test also grows the buffer
        body(&writer)
        return String(decoding: writer.bytes(), as: UTF8.self)
    }

    @Test func nestedContainers_matchTheTreeWriter() {
        let tree: JSONValue = .object(JSONObject([
            ("data", .array([
                .object(JSONObject([("a", .int(1)), ("b", .array([])), ("c", .object(JSONObject()))])),
                .object(JSONObject([("a", .int(-42)), ("b", .array([.null, .bool(true)]))])),
            ])),
            ("info", .bool(false)),
        ]))
        let streamed = written { writer in
            writer.beginObject()
            writer.key("data")
            writer.beginArray()
            writer.beginObject()
            writer.key("a"); writer.int(1)
            writer.key("b"); writer.beginArray(); writer.endArray()
            writer.key("c"); writer.beginObject(); writer.endObject()
            writer.endObject()
            writer.beginObject()
            writer.key("a"); writer.int(-42)
            writer.key("b"); writer.beginArray(); writer.null(); writer.bool(true); writer.endArray()
            writer.endObject()
            writer.endArray()
            writer.key("info"); writer.bool(false)
            writer.endObject()
        }
        #expect(streamed == JSONWriter.string(tree))
        #expect(streamed == #"{"data":[{"a":1,"b":[],"c":{}},{"a":-42,"b":[null,true]}],"info":false}"#)
    }

    @Test func strings_areEscapedLikeTheTreeWriter() {
        let text = "say \"hi\"\n\\ \u{01} é😀"
        #expect(written { $0.string(text) } == JSONWriter.string(.string(text)))
        #expect(written { $0.string(nil as String?) } == "null")
        #expect(written { $0.string("full_access" as StaticString) } == #""full_access""#)
    }

    @Test func decimalStrings_areQuoted_extremesIncluded() {
        let streamed = written { writer in
            writer.beginArray()
            writer.decimalString(5_843_104_000_000_725_170)
            writer.decimalString(Int64.max)
            writer.decimalString(Int64.min)
            writer.decimalString(0)
            writer.endArray()
        }
        #expect(streamed == #"["5843104000000725170","9223372036854775807","-9223372036854775808","0"]"#)
    }

    @Test func anyValue_goesThroughTheTreeWriterInPlace() {
        let value: JSONValue = .object(JSONObject([("x", .string("y"))]))
        let streamed = written { writer in
            writer.beginArray()
            writer.value(value)
            writer.value(.null)
            writer.endArray()
        }
        #expect(streamed == #"[{"x":"y"},null]"#)
    }
}
