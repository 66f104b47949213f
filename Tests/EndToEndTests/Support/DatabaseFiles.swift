import Foundation
import ZohoJSON

/// A database path in a fresh folder, for tests that start the binary on a file.
final class DatabaseFileFolder {
    let folder: URL
    var path: String { folder.appendingPathComponent("db.sqlite").path }

    init(in parent: URL = FileManager.default.temporaryDirectory) throws {
        folder = parent.appendingPathComponent("db-\(UUID().uuidString)").resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func size(_ suffix: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path + suffix))?[.size] as? Int
    }
}

/// Zoho's `INTERNAL_ERROR`, exactly as the catalog writes it.
let internalErrorBody: JSONValue = [
    "code": "INTERNAL_ERROR", "details": [:], "message": "Internal Server Error", "status": "error",
]

/// The binary's standard error, split into lines.
func errorLines(_ binary: CommandLineTests.RunningBinary) -> [String] {
    binary.standardError.split(separator: "\n").map(String.init)
}
