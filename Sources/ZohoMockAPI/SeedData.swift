import Foundation
import ZohoLocking

/// The fixture documents loaded at start: one file, or every `*.json` of a
/// folder in name order (contract §1).
public struct SeedData: Sendable {
    public let documents: [(name: String, document: JSONValue)]

    public init(documents: [(name: String, document: JSONValue)]) { self.documents = documents }

    /// Reads and parses the seed; a missing or unparsable file is an error naming it.
    public static func read(path: String) throws -> SeedData {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw FixtureError("seed data \(path) does not exist")
        }
        var files = [path]
        if isFolder.boolValue {
            let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".json") }.sorted()
            files = names.map { (path as NSString).appendingPathComponent($0) }
        }
        return SeedData(documents: try files.map { file in
            guard let data = FileManager.default.contents(atPath: file) else {
                throw FixtureError("cannot read seed file \(file)")
            }
            do {
                return (file, try JSONParser.parse([UInt8](data)))
            } catch {
                throw FixtureError("seed file \(file) is not JSON: \(error)")
            }
        })
    }

    /// Loads every document in one transaction: all of them or none.
    public func load(into store: any LockingStore, now: Int64) throws {
        try store.write { repository in
            for (name, document) in documents {
                do {
                    _ = try FixtureLoader(repository: repository, now: now).load(document)
                } catch let error as FixtureError {
                    throw FixtureError("\(name): \(error.message)")
                }
            }
        }
    }
}
