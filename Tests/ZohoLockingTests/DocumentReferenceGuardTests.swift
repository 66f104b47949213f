import Foundation
import Testing

/// Comments, descriptions and docs cite what a reader can open: a page of `docs/`, the README, or
/// Zoho's own documentation. References into documents that are not in the repository (section
/// numbers, community posts by number, inference tags, the file names of two unpublished
/// documents) must not come back. The needles are built from parts, so this file never flags itself.
struct DocumentReferenceGuardTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// Folders and files scanned, from the package root.
    static let scanned = ["Sources", "Tests", "docs", "scripts", "bench", "Fuzz", "README.md", "Dockerfile"]

    static let needles = [
        "\u{00A7}",  // the section sign, as in "(\u{00A7}5)"
        "KZ" + " #",  // a community post by number
        "[" + "INF]",  // an inference tag
        "zoho-record-" + "locking-api",  // file name of the unpublished API description
        "emulator-" + "contract",  // file name of the unpublished emulator description
        "contract " + "\u{00A7}",
    ]

    /// Build outputs and Python environments are not the repository's text.
    static func isSkipped(directory name: String) -> Bool {
        name.hasPrefix(".build") || name.hasPrefix(".venv") || name == "__pycache__"
    }

    /// Every text file under the scanned paths, by path from the package root. Binary files
    /// (a NUL byte, or not UTF-8) and symbolic links are left out.
    static func textFiles() throws -> [(path: String, text: String)] {
        let root = packageRoot.standardizedFileURL.path
        var urls: [URL] = []
        for name in scanned {
            let url = packageRoot.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), "\(name) is missing")
            guard isDirectory.boolValue else {
                urls.append(url)
                continue
            }
            let keys: [URLResourceKey] = [.isDirectoryKey, .isRegularFileKey, .isSymbolicLinkKey]
            let enumerator = try #require(FileManager.default.enumerator(at: url, includingPropertiesForKeys: keys))
            for case let file as URL in enumerator {
                let values = try file.resourceValues(forKeys: Set(keys))
                if values.isSymbolicLink == true {
                    if values.isDirectory == true { enumerator.skipDescendants() }
                    continue
                }
                if values.isDirectory == true {
                    if isSkipped(directory: file.lastPathComponent) { enumerator.skipDescendants() }
                    continue
                }
                if values.isRegularFile == true { urls.append(file) }
            }
        }
        return try urls.compactMap { url in
            let data = try Data(contentsOf: url)
            guard !data.contains(0), let text = String(data: data, encoding: .utf8) else { return nil }
            return (String(url.standardizedFileURL.path.dropFirst(root.count + 1)), text)
        }
    }

    /// `path:line: needle` for every line of `text` that holds a needle.
    static func findings(in text: String, path: String) -> [String] {
        var found: [String] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for needle in needles where line.contains(needle) {
                found.append("\(path):\(index + 1): \(needle)")
            }
        }
        return found
    }

    @Test func repository_citesNoUnpublishedDocument() throws {
        let files = try Self.textFiles()
        #expect(files.count > 200, "found only \(files.count) text files under \(Self.packageRoot.path)")
        #expect(files.contains { $0.path == "Sources/ZohoMockAPI/OpenAPI/openapi.json" })
        #expect(files.contains { $0.path == "docs/behaviour.md" })
        let findings = files.flatMap { Self.findings(in: $0.text, path: $0.path) }
        #expect(findings.isEmpty, "cite docs/, README.md or Zoho's pages instead:\n\(findings.joined(separator: "\n"))")
    }

    /// The guard sees a reference where one is, and names its line.
    @Test func findings_nameTheFileAndLine() {
        for needle in Self.needles {
            let text = "first line\nsee (" + needle + "3.1) for the order\n"
            #expect(Self.findings(in: text, path: "Sources/X.swift").contains("Sources/X.swift:2: \(needle)"))
        }
        #expect(Self.findings(in: "docs/zoho-api.md#errors\nhttps://www.zoho.com/crm/", path: "x").isEmpty)
    }

    @Test func buildOutputsAndEnvironments_areSkipped() {
        for name in [".build", ".build-fuzz", ".build-thread", ".venv", ".venv-sdk7", "__pycache__"] {
            #expect(Self.isSkipped(directory: name), "\(name)")
        }
        #expect(!Self.isSkipped(directory: "Sources"))
    }
}
