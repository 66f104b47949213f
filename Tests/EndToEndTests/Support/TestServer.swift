import Foundation
import Logging
import ZohoMockAPI
import ZohoMockServer

/// Paths inside the repository, found from this file's location.
enum RepositoryPaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let seedData = root.appendingPathComponent("seed-data").path
    static let fixtures = root.appendingPathComponent("Tests/EndToEndTests/Fixtures")

    /// The `zoho-lock-mock` binary built beside the test bundle.
    static var binary: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("zoho-lock-mock").path
    }

    static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }
}

/// The tokens of the default seed (README lists them).
enum SeedTokens {
    static let admin = "1000.admin.token"
    static let standard = "1000.standard.token"
    static let readOnly = "1000.readonly.token"
    static let expired = "1000.expired.token"
}

/// Ids of the default seed.
enum Seed {
    static let orgID = "5843104000000000101"
    static let lockedLead = "5843104000000425566"
    static let lockedLeadLock = "5843104000000804005"
    static let docSampleLead = "5843104000000725170"
    static let docSampleLock = "5843104000000804011"
    static let unlockedLead = "5843104000000425570"
    static let otherUnlockedLead = "5843104000000425574"
    static let account = "5843104000000425600"
    static let leadsConfiguration = "5843104000000758004"
    static let patricia = "5843104000000424672"
}

/// A real emulator on an ephemeral port, in this process, with its own
/// in-memory database. Each test starts its own, so tests run in parallel.
final class TestServer {
    let server: EmulatorServer
    var port: UInt16 { server.port }

    init(
        seed: Bool = true, database: String = ":memory:", controlToken: String? = nil, timeZone: String = "America/New_York",
        journalSize: Int = EmulatorDefaults.journalSize, faultSeed: UInt64 = EmulatorDefaults.faultSeed,
        configure: (inout EmulatorOptions) -> Void = { _ in }
    ) throws {
        var options = EmulatorOptions()
        options.port = 0
        options.seedPath = seed ? RepositoryPaths.seedData : nil
        options.databasePath = database
        options.controlToken = controlToken
        options.timeZone = timeZone
        options.journalSize = journalSize
        options.faultSeed = faultSeed
        configure(&options)
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        server = try EmulatorServer(options: options, logger: logger)
    }

    deinit { server.stop() }

    func connection() throws -> HTTPConnection { try HTTPConnection(port: port) }

    /// One request on a fresh connection; `token` nil sends no Authorization.
    func request(
        _ method: String, _ target: String, token: String? = SeedTokens.admin, body: String? = nil,
        headers: [(String, String)] = []
    ) throws -> TestResponse {
        var allHeaders = headers
        if let token { allHeaders.append(("Authorization", "Zoho-oauthtoken \(token)")) }
        return try connection().request(method, target, headers: allHeaders, body: body.map { Array($0.utf8) })
    }

    /// Loads a fixture document through the control API; fails the test on refusal.
    @discardableResult
    func load(fixture json: String) throws -> TestResponse {
        let response = try request("POST", "/__mock/fixtures", token: nil, body: json)
        guard response.status == 200 else {
            throw HTTPConnection.Failure(description: "fixture refused: \(response.status) \(response.text)")
        }
        return response
    }
}

/// `/crm/v7/Leads/{record}/Locking_Information__s[/{lock}]`.
func lockPath(_ record: String, _ lock: String? = nil, module: String = "Leads", version: String = "v7") -> String {
    "/crm/\(version)/\(module)/\(record)/Locking_Information__s" + (lock.map { "/\($0)" } ?? "")
}

let allLockFields =
    "Locked_For__s,Locked_Reason__s,Lock_Source__s,Locked_Time__s,Locked_By__s,Record_Locking_Rule_Id__s,Record_Locking_Configuration_Id__s,Owner,Parent_Id"

func lockBody(_ reason: String) -> String { #"{"data":[{"Locked_Reason__s":"\#(reason)"}]}"# }
