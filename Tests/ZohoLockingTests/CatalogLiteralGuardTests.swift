import Foundation
import Testing
import ZohoLocking

/// The words of Zoho's answers live in `Sources/ZohoLocking/Catalog` alone: a
/// message, success wording or accounts-server code written as a string
/// literal anywhere else in `Sources/` (comments aside) is a second copy that can drift.
struct CatalogLiteralGuardTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let catalogFolder = "Sources/ZohoLocking/Catalog/"

    /// Every `.swift` file under `Sources/` but the catalog's, by path from the package root.
    static func sourceFiles() throws -> [(path: String, text: String)] {
        let sources = packageRoot.appendingPathComponent("Sources")
        let enumerator = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var files: [(String, String)] = []
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            let path = String(url.standardizedFileURL.path.dropFirst(packageRoot.standardizedFileURL.path.count + 1))
            guard !path.hasPrefix(catalogFolder) else { continue }
            files.append((path, code(of: try String(contentsOf: url, encoding: .utf8))))
        }
        return files
    }

    /// The text without its comment lines: a comment may quote an answer.
    static func code(of text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.drop(while: { $0 == " " }).hasPrefix("//") }
            .joined(separator: "\n")
    }

    static var wordings: [String] {
        Set(ZohoErrorCatalogTests.catalog.map(\.message) + SuccessMessageCatalogTests.catalog.map(\.1)
            + OAuthErrorCatalogTests.catalog.map(\.error.code)).sorted()
    }

    @Test func sourcesOutsideTheCatalog_writeNoZohoWording() throws {
        let files = try Self.sourceFiles()
        #expect(files.count > 100, "found only \(files.count) source files under \(Self.packageRoot.path)")
        #expect(files.allSatisfy { !$0.path.hasPrefix(Self.catalogFolder) })
        for wording in Self.wordings {
            let literal = "\"\(wording)\""
            let copies = files.filter { $0.text.contains(literal) }.map(\.path)
            #expect(copies.isEmpty, "\(literal) is written outside the catalog in \(copies)")
        }
    }

    /// The domain passes no wording along with an error: no `message:` argument with a literal.
    @Test func domainOutsideTheCatalog_passesNoMessageLiteral() throws {
        let domain = try Self.sourceFiles().filter { $0.path.hasPrefix("Sources/ZohoLocking/") }
        #expect(!domain.isEmpty)
        for file in domain {
            #expect(!file.text.contains("message: \""), "\(file.path) passes a message literal")
        }
    }

    /// The guard sees a literal where one is: the catalog itself holds every wording.
    @Test func catalogFolder_holdsEveryWording() throws {
        let folder = Self.packageRoot.appendingPathComponent(Self.catalogFolder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        let text = try names.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }.joined()
        for wording in Self.wordings {
            #expect(text.contains("\"\(wording)\""), "\(wording) is not in the catalog")
        }
    }
}
