import Foundation
import Testing

@testable import ZohoMockAPI

/// `GET /__mock/openapi.json`: an OpenAPI 3 document of everything the emulator serves,
/// validated, checked against live answers (a request or more per operation of the Records
/// API and the metadata endpoints) and compared with Zoho's official schemas by
/// Tests/python/check_openapi.py.
@Suite struct OpenAPIDocumentTests {
    static let officialSchemas = RepositoryPaths.root.appendingPathComponent("Tests/python/zoho-oas")
    static let python = RepositoryPaths.root.appendingPathComponent(".venv/bin/python")
    static let checker = RepositoryPaths.root.appendingPathComponent("Tests/python/check_openapi.py")

    /// The document served is the embedded one; that it lists every endpoint of the
    /// table, with its method and scopes, ZohoMockAPITests' OpenAPIRouteTests check.
    @Test func document_isTheEmbeddedOne() throws {
        let server = try TestServer()
        let response = try server.control("GET", "/__mock/openapi.json")
        #expect(response.status == 200)
        #expect(response.headers["content-type"] == "application/json;charset=UTF-8")
        #expect(response.json["openapi"] == "3.0.3")
        #expect(response.body == OpenAPIDocument.bytes)
        #expect(response.json["paths", "/__mock/faults", "post", "responses", "201"] != nil)
        #expect(response.json["paths", "/crm/{version}/{module}", "put", "responses", "207"] != nil)
        #expect(response.json["paths", "/crm/{version}/settings/modules", "get", "responses", "304"] != nil)
    }

    /// Fails, never skips, when Python's packages or Zoho's files are missing: CI must run it.
    @Test func document_isValid_andAgreesWithZohosSchemas() throws {
        try #require(
            FileManager.default.fileExists(atPath: Self.officialSchemas.appendingPathComponent("record_locking.json").path),
            "Zoho's official OpenAPI files are missing: expected \(Self.officialSchemas.path)")
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.python.path),
            "\(Self.python.path) is missing: run scripts/install-python-deps (scripts/test does)")
        let server = try TestServer()
        let process = Process()
        process.executableURL = Self.python
        process.arguments = [Self.checker.path, server.baseURL, "--oas", Self.officialSchemas.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("; 0 problems"), "\(text)")
    }
}
