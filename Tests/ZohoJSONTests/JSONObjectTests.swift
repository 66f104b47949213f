import Testing
import ZohoJSON

/// `JSONObject`: insertion order, lookup, replacement and removal, the same for
/// small objects (scanned) and large ones (indexed); equality and hashing that
/// ignore order; what a repeated key does.
struct JSONObjectTests {
    /// Either side of the size where objects get their key index.
    static let sizes = [3, 16, 17, 1_000]

    static func object(_ count: Int) -> JSONObject {
        JSONObject((0..<count).map { ("k\($0)", .int($0)) })
    }

    @Test(arguments: sizes)
    func keysKeepInsertionOrder(_ count: Int) {
        var object = JSONObject()
        for index in (0..<count).reversed() { object["k\(index)"] = .int(index) }
        #expect(object.keys == (0..<count).reversed().map { "k\($0)" })
        #expect(object.count == count)
    }

    @Test(arguments: sizes)
    func lookupFindsEveryKey(_ count: Int) {
        let object = Self.object(count)
        for index in 0..<count {
            #expect(object["k\(index)"] == .int(index))
            #expect(object.contains("k\(index)"))
        }
        #expect(object["k\(count)"] == nil)
        #expect(!object.contains("missing"))
    }

    @Test(arguments: sizes)
    func replacingAValueKeepsItsPosition(_ count: Int) {
        var object = Self.object(count)
        object["k1"] = "replaced"
        #expect(object["k1"] == "replaced")
        #expect(object.keys == (0..<count).map { "k\($0)" })
    }

    @Test(arguments: sizes)
    func removingAKeyKeepsTheOthersFindable(_ count: Int) {
        var object = Self.object(count)
        object["k1"] = Optional<JSONValue>.none
        #expect(object["k1"] == nil)
        #expect(object.count == count - 1)
        #expect(object.keys == (0..<count).filter { $0 != 1 }.map { "k\($0)" })
        for index in (0..<count) where index != 1 { #expect(object["k\(index)"] == .int(index)) }
        object["k1"] = 1
        #expect(object.keys.last == "k1")
    }

    @Test(arguments: sizes)
    func removeAllWhereRemovesInOnePass(_ count: Int) {
        var object = Self.object(count)
        object.removeAll { $0.value.numberValue?.int64Value.map { $0 % 2 == 0 } ?? false }
        #expect(object.keys == (0..<count).filter { $0 % 2 == 1 }.map { "k\($0)" })
        for index in 0..<count { #expect(object["k\(index)"] == (index % 2 == 1 ? .int(index) : nil)) }
    }

    @Test(arguments: sizes)
    func equalityAndHashIgnoreOrder(_ count: Int) {
        let forward = Self.object(count)
        let backward = JSONObject(forward.entries.reversed().map { ($0.key, $0.value) })
        #expect(forward == backward)
        #expect(Set([JSONValue.object(forward), .object(backward)]).count == 1)
        var changed = backward
        changed["k0"] = "other"
        #expect(forward != changed)
        var extra = forward
        extra["new"] = .null
        #expect(forward != extra)
    }

    @Test func anObjectGrownPastTheIndexAndShrunkBackStillFindsItsKeys() {
        var object = Self.object(17)
        object["k16"] = Optional<JSONValue>.none
        object["k0"] = Optional<JSONValue>.none
        object["new"] = "n"
        #expect(object.keys == (1..<16).map { "k\($0)" } + ["new"])
        #expect(object["k15"] == .int(15))
        #expect(object["new"] == "n")
    }

    // MARK: - Repeated keys

    /// The parser keeps a repeated key where it first appeared, with the last value given.
    @Test(arguments: [2, 40])
    func parsedRepeatedKey_keepsFirstPositionAndLastValue(_ count: Int) throws {
        let members = (0..<count).map { #""k\#($0)":\#($0)"# }.joined(separator: ",")
        let value = try JSONParser.parse(#"{\#(members),"k0":"last","k1":"again"}"#)
        let object = try #require(value.objectValue)
        #expect(object.keys == (0..<count).map { "k\($0)" })
        #expect(object["k0"] == "last")
        #expect(object["k1"] == "again")
        #expect(JSONWriter.string(value).hasPrefix(#"{"k0":"last","k1":"again""#))
    }

    /// `init` keeps every entry it is given; lookups and replacement see the first of a repeated key.
    @Test(arguments: [2, 40])
    func initWithRepeatedKey_keepsBothEntries_lookupsSeeTheFirst(_ count: Int) {
        var object = JSONObject([("dup", "first")] + (0..<count).map { ("k\($0)", .int($0)) } + [("dup", "second")])
        #expect(object.count == count + 2)
        #expect(object["dup"] == "first")
        object["dup"] = "replaced"
        #expect(object.entries.first?.value == "replaced")
        #expect(object.entries.last?.value == "second")
        object["dup"] = Optional<JSONValue>.none
        #expect(object["dup"] == "second")
    }
}
