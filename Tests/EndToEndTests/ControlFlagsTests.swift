import Foundation
import Testing
import ZohoJSON

/// `--journal-size` and `--fault-seed` of the binary, and their environment variables.
@Suite struct ControlFlagsTests {
    private func lockRequests(_ port: UInt16, count: Int) throws {
        for _ in 0..<count {
            _ = try HTTPConnection(port: port).request(
                "GET", lockPath(Seed.lockedLead) + "?fields=id", headers: [("Authorization", "Zoho-oauthtoken 1000.admin.token")])
        }
    }

    private func journalIDs(_ port: UInt16) throws -> [JSONValue] {
        let response = try HTTPConnection(port: port).request("GET", "/__mock/requests")
        return response.json["requests"]?.arrayValue?.map { $0["id"] ?? .null } ?? []
    }

    @Test func journalSizeFlag_boundsTheJournal() throws {
        let binary = try CommandLineTests.RunningBinary(["--port", "0", "--journal-size", "2"])
        _ = try binary.waitForReadyLine()
        try lockRequests(binary.port, count: 3)
        #expect(try journalIDs(binary.port) == [2, 3])
        #expect(binary.stop() == 0)
    }

    @Test func journalSizeEnvironment_boundsTheJournal_zeroTurnsItOff() throws {
        let binary = try CommandLineTests.RunningBinary(["--port", "0"], environment: ["ZOHO_LOCK_MOCK_JOURNAL_SIZE": "0"])
        _ = try binary.waitForReadyLine()
        try lockRequests(binary.port, count: 2)
        #expect(try journalIDs(binary.port) == [])
        #expect(binary.stop() == 0)
    }

    @Test func faultSeedFlag_seedsRulesWithoutASeed() throws {
        func statuses(_ arguments: [String], environment: [String: String] = [:]) throws -> [Int] {
            let binary = try CommandLineTests.RunningBinary(["--port", "0"] + arguments, environment: environment)
            _ = try binary.waitForReadyLine()
            defer { _ = binary.stop() }
            let added = try HTTPConnection(port: binary.port).request(
                "POST", "/__mock/faults", body: Array(#"{"status":500,"probability":0.5}"#.utf8))
            #expect(added.status == 201)
            return try (0..<16).map { _ in
                try HTTPConnection(port: binary.port).request(
                    "GET", lockPath(Seed.lockedLead) + "?fields=id", headers: [("Authorization", "Zoho-oauthtoken 1000.admin.token")]
                ).status
            }
        }
        let flagged = try statuses(["--fault-seed", "12345"])
        #expect(flagged == (try statuses([], environment: ["ZOHO_LOCK_MOCK_FAULT_SEED": "12345"])))
        #expect(flagged.contains(500) && flagged.contains(200))
    }

    @Test func badValues_exitNonZeroWithOneLine() throws {
        let cases: [([String], [String: String])] = [
            (["--journal-size", "-1"], [:]), (["--journal-size", "many"], [:]), (["--fault-seed", "-5"], [:]),
            ([], ["ZOHO_LOCK_MOCK_JOURNAL_SIZE": "lots"]), ([], ["ZOHO_LOCK_MOCK_FAULT_SEED": "seed"]),
        ]
        for (arguments, environment) in cases {
            let binary = try CommandLineTests.RunningBinary(["--port", "0"] + arguments, environment: environment)
            #expect(binary.exitStatus() != 0, "\(arguments) \(environment)")
            let message = binary.standardError.trimmingCharacters(in: .newlines)
            #expect(message.hasPrefix("zoho-lock-mock: "), "\(arguments) \(environment): \(message)")
            #expect(!message.contains("\n"), "\(arguments) \(environment): \(message)")
        }
    }
}
