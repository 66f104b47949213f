import Testing
import ZohoJSON
import ZohoLocking

/// The domain's values written through the streaming writer match their
/// `JSONRepresentable` form: ids, references, page info.
struct DomainStreamWritingTests {
    private func written(_ body: (inout JSONStreamWriter) -> Void) -> String {
        var writer = JSONStreamWriter(capacity: 4)  // tiny: every test also grows the buffer
        body(&writer)
        return String(decoding: writer.bytes(), as: UTF8.self)
    }

    @Test func ids_areDecimalStrings_largestIncluded() {
        let streamed = written { writer in
            writer.beginArray()
            writer.id(ZohoID(5_843_104_000_000_725_170))
            writer.id(ZohoID(Int64.max))
            writer.id(ZohoID(1))
            writer.id(nil as ZohoID?)
            writer.int(Int.min)
            writer.endArray()
        }
        #expect(streamed == #"["5843104000000725170","9223372036854775807","1",null,-9223372036854775808]"#)
    }

    @Test func references_matchTheirJSON() {
        let user = NamedReference(name: "Patricia Boyle", id: ZohoID(5_843_104_000_000_424_672))
        let unnamed = NamedReference(name: nil, id: ZohoID(7))
        let module = APINameReference(apiName: "Leads", id: ZohoID(5_843_104_000_000_002_175))
        #expect(written { $0.reference(user) } == JSONWriter.string(user.json))
        #expect(written { $0.reference(unnamed) } == JSONWriter.string(unnamed.json))
        #expect(written { $0.reference(nil as NamedReference?) } == "null")
        #expect(written { $0.reference(module) } == JSONWriter.string(module.json))
    }

    @Test func pageInfo_matchesItsJSON() {
        for info in [PageInfo(perPage: 200, count: 1, page: 1, moreRecords: false),
                     PageInfo(perPage: 2, count: 2, page: 7, moreRecords: true)] {
            #expect(written { info.write(into: &$0) } == JSONWriter.string(info.json))
        }
    }
}
