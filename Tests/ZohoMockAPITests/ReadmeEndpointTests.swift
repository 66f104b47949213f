import Foundation
import Testing

@testable import ZohoMockAPI

/// The README's endpoint tables are a promise: every endpoint of the table is
/// named there, and the README names no endpoint the emulator lacks.
@Suite struct ReadmeEndpointTests {
    /// `METHOD path` as the table has it, parameters written `{}`.
    let served: Set<String>
    /// What the README names: table rows (`| GET | `/path` |`), inline
    /// `` `METHOD /path` `` and `curl -X METHOD …/path` lines.
    let documented: Set<String>

    init() throws {
        let endpoints = try EmulatorHarness().emulator.endpoints.endpoints
        served = Set(endpoints.map { "\($0.method) \(Self.normalized($0.pattern))" })
        let readme = try String(
            contentsOf: EmulatorHarness.repositoryRoot.appendingPathComponent("README.md"),
            encoding: .utf8)
        documented = Self.mentions(in: readme)
    }

    @Test func everyEndpoint_isInTheReadme() {
        #expect(served.subtracting(documented).sorted() == [])
    }

    @Test func theReadme_namesOnlyServedEndpoints() {
        #expect(documented.subtracting(served).sorted() == [])
    }

    static let methods = "GET|POST|PUT|DELETE"

    static func mentions(in text: String) -> Set<String> {
        let patterns = [
            #"^\| (\#(methods)) \| `([^`]+)`"#,
            #"`(\#(methods)) (/[^`]*)`"#,
            #"curl -X (\#(methods)) "?https?://[^/\s]+(/[^\s"?]*)"#,
        ]
        var found: Set<String> = []
        for pattern in patterns {
            let expression = try! NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
            let whole = NSRange(text.startIndex..., in: text)
            for match in expression.matches(in: text, range: whole) {
                guard let method = Range(match.range(at: 1), in: text), let path = Range(match.range(at: 2), in: text)
                else { continue }
                found.insert("\(text[method]) \(normalized(String(text[path])))")
            }
        }
        return found
    }

    /// Query and trailing words go, `{name}` becomes `{}`, and a path the README
    /// writes relative to `/crm/{version}` gets that prefix.
    static func normalized(_ path: String) -> String {
        var path = String(path.prefix { $0 != "?" && $0 != " " })
        path = path.replacingOccurrences(of: #"\{[^}]*\}"#, with: "{}", options: .regularExpression)
        let absolute = ["/crm/", "/oauth/", "/__mock/"].contains { path.hasPrefix($0) }
        return absolute ? path : "/crm/{}" + path
    }
}
