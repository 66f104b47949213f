import Foundation
import MockHTTP
import Testing
import ZohoJSON

@testable import ZohoMockAPI

/// The journal's masking over bytes answers as masking over Characters and
/// JSON trees did: random forms and JSON documents, compared with the way it
/// was written before.
@Suite struct SecretMaskerTests {
    /// The form masking as it was: split by Characters, every name decoded.
    static func formByCharacters(_ text: String) -> String {
        text.split(separator: "&", omittingEmptySubsequences: false).map { pair -> String in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, let field = RequestTarget.parseForm(String(parts[0])).first?.name,
                SecretMasker.formFields.contains(field)
            else { return String(pair) }
            let value = RequestTarget.parseForm("v=" + parts[1]).first?.value ?? ""
            return "\(parts[0])=\(SecretMasker.percentEncoded(SecretMasker.mask(value)))"
        }.joined(separator: "&")
    }

    static let pieces = [
        "token", "code", "client_secret", "refresh%5Ftoken", "to+ken", "access_token", "x", "1000.admin.token",
        "&", "&", "=", "=", "%", "%41", "+", "é", "\u{301}", "\u{600}", "😀", "a b", "%zz", "",
        "&token=1000.abc.def", "&code=1000.grant.code", "&refresh%5Ftoken=1000.r%2Bt", "&client_secret=s3cr3t",
    ]

    @Test func form_answersAsSplittingCharactersDid() {
        var random = SeededPieces(seed: 7)
        var seen = (masked: 0, byCharacters: 0)
        for _ in 0..<3_000 {
            let text = (0..<random.below(12)).map { _ in Self.pieces[random.below(Self.pieces.count)] }.joined()
            let expected = Self.formByCharacters(text)
            #expect(SecretMasker.form(text) == expected, "\(text.debugDescription)")
            if expected != text { seen.masked += 1 }
            if !FormBytes.separatorsStandAlone(Array(text.utf8)) { seen.byCharacters += 1 }
        }
        // The cases mask credentials and take both ways of splitting.
        #expect(seen.masked > 500 && seen.byCharacters > 300, "\(seen)")
    }

    static let jsonPieces = [
        #""token":"1000.a.token""#, #""access_token":"abcdefghijkl""#, #""tok\u0065n":"1000.b.token""#,
        #""id_token":42"#, #""mytoken":"visible""#, #""secret":"visible""#, #""k":"token""#, #""n":{"token":"1000.c.token"}"#,
        #""l":[{"client_secret":"s3cr3t-value"}]"#, #""e":"\"token\"""#,
    ]

    @Test func body_answersAsMaskingTheWholeTreeDid() throws {
        var random = SeededPieces(seed: 11)
        var masked = 0
        for _ in 0..<2_000 {
            let members = (0..<random.below(5)).map { index in
                Self.jsonPieces[random.below(Self.jsonPieces.count)].replacingOccurrences(of: #""k""#, with: #""k\#(index)""#)
            }
            let bytes = Array("{\(members.joined(separator: ","))}".utf8)
            let parsed = try JSONParser.parse(bytes)
            #expect(SecretMasker.body(bytes) == SecretMasker.json(parsed), "\(String(decoding: bytes, as: UTF8.self))")
            if SecretMasker.json(parsed) != parsed { masked += 1 }
        }
        #expect(masked > 500)
    }
}

/// A small seeded generator, so the random cases are the same in every run.
struct SeededPieces {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func below(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
}
