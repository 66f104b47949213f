import Foundation
import ZohoJSON
import ZohoLocking

/// The fixture documents loaded at start (`--seed-data`, README.md#configuration): one
/// file, or every `*.json` of a folder in name order. Their format: docs/fixtures.md.
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

    /// The seed files followed by in-process fixture documents; nil when there are neither.
    public static func combined(_ seed: SeedData?, fixtures: [JSONValue]) -> SeedData? {
        let extra = fixtures.enumerated().map { (name: "fixtures[\($0.offset)]", document: $0.element) }
        guard seed != nil || !extra.isEmpty else { return nil }
        return SeedData(documents: (seed?.documents ?? []) + extra)
    }

    /// Loads every document in one transaction: all of them or none. Returns the
    /// org id each org object of the documents loaded into, in document order.
    @discardableResult
    public func load<Store: TransactionalStore>(into store: Store, now: Int64) throws -> [ZohoID]
    where Store.Repository: FixtureLoader.Repository {
        try store.write { repository in try load(into: repository, now: now) }
    }

    /// The same, inside a transaction the caller holds (`POST /__mock/reset`).
    func load(into repository: any FixtureLoader.Repository, now: Int64) throws -> [ZohoID] {
        var orgIDs: [ZohoID] = []
        for (name, document) in documents {
            do {
                orgIDs += try FixtureLoader(repository: repository, now: now).load(document)
            } catch let error as FixtureError {
                throw FixtureError("\(name): \(error.message)")
            }
        }
        return orgIDs
    }
}
