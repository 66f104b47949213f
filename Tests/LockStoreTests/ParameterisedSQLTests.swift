import Foundation
import Testing

/// Every value reaches SQLite as a bound parameter: the only interpolations
/// allowed in SQL text are the fixed column lists and table names below, which
/// come from constants, never from a request.
@Suite struct ParameterisedSQLTests {
    static let allowedInterpolations: Set<String> = [
        "\\(Self.columns)", "\\(Self.recordColumns)", "\\(table)", "\\(column)", "\\(orReplace ? \"OR REPLACE \" : \"\")",
    ]

    static var storeSources: [URL] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/LockStore")
        return (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
    }

    @Test func sqlTextInterpolatesOnlyConstants() throws {
        let keywords = ["SELECT ", "INSERT ", "UPDATE ", "DELETE ", "ALTER ", " WHERE ", " FROM "]
        var checked = 0
        for file in Self.storeSources where file.pathExtension == "swift" {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                guard keywords.contains(where: { line.uppercased().contains($0) }), line.contains("\\(") else { continue }
                checked += 1
                var rest = Substring(line)
                while let start = rest.range(of: "\\(") {
                    let afterOpen = rest[start.upperBound...]
                    var depth = 1
                    var end = afterOpen.startIndex
                    while end < afterOpen.endIndex, depth > 0 {
                        if afterOpen[end] == "(" { depth += 1 }
                        if afterOpen[end] == ")" { depth -= 1 }
                        end = afterOpen.index(after: end)
                    }
                    let interpolation = String(rest[start.lowerBound..<end])
                    #expect(Self.allowedInterpolations.contains(interpolation), "\(file.lastPathComponent): \(interpolation)")
                    rest = rest[end...]
                }
            }
        }
        #expect(checked > 0, "the scan found the SQL it is meant to check")
    }
}
