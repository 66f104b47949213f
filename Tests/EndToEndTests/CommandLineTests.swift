import Foundation
import Testing

/// The `zoho-lock-mock` binary: flags, the ready line, a clean stop (README.md#configuration, docs/operations.md).
@Suite struct CommandLineTests {
    /// A started binary whose ready line has been read.
    final class RunningBinary {
        let process = Process()
        let output = Pipe()
        let errors = Pipe()
        private(set) var readyLine = ""

        init(_ arguments: [String], environment: [String: String] = [:]) throws {
            process.executableURL = URL(fileURLWithPath: RepositoryPaths.binary)
            process.arguments = arguments
            process.currentDirectoryURL = RepositoryPaths.root
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            process.standardOutput = output
            process.standardError = errors
            try process.run()
        }

        /// Reads up to the first newline of standard output.
        func waitForReadyLine() throws -> String {
            var bytes: [UInt8] = []
            while !bytes.contains(10) {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                bytes += chunk
            }
            readyLine = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .newlines)
            return readyLine
        }

        var port: UInt16 { UInt16(readyLine.split(separator: ":").last ?? "") ?? 0 }

        func stop() -> Int32 {
            process.terminate()
            process.waitUntilExit()
            return process.terminationStatus
        }

        func exitStatus() -> Int32 {
            process.waitUntilExit()
            return process.terminationStatus
        }

        var standardError: String {
            String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        }
    }

    @Test func printsTheReadyLine_servesAndStopsCleanlyOnSIGTERM() throws {
        let binary = try RunningBinary(["--port", "0"])
        let line = try binary.waitForReadyLine()
        #expect(line.hasPrefix("zoho-lock-mock listening on http://127.0.0.1:"))
        #expect(binary.port > 0)
        let response = try HTTPConnection(port: binary.port).request(
            "GET", lockPath(Seed.lockedLead) + "?fields=id", headers: [("Authorization", "Zoho-oauthtoken 1000.admin.token")])
        #expect(response.status == 200)
        #expect(binary.stop() == 0)
    }

    @Test(arguments: [SIGINT, SIGHUP])
    func stopsCleanlyOnSIGINTAndSIGHUP_sayingSoInTheLog(signal: Int32) throws {
        let binary = try RunningBinary(["--port", "0"])
        _ = try binary.waitForReadyLine()
        kill(binary.process.processIdentifier, signal)
        #expect(binary.exitStatus() == 0)
        let log = binary.standardError
        #expect(log.contains("signal \(signal): stopping"))
        #expect(log.contains("stopped"))
    }

    @Test func connectionFlags_areValidated() throws {
        for arguments in [["--idle-timeout", "0"], ["--request-timeout", "-1"], ["--connection-limit", "0"], ["--journal-bytes", "-5"]] {
            let binary = try RunningBinary(arguments + ["--port", "0"])
            #expect(binary.exitStatus() == 64, "\(arguments)")
            #expect(binary.standardError.hasPrefix("zoho-lock-mock: "), "\(arguments)")
        }
    }

    @Test func environmentVariablesSetTheFlags() throws {
        let binary = try RunningBinary([], environment: ["ZOHO_LOCK_MOCK_PORT": "0", "ZOHO_LOCK_MOCK_NO_SEED": "1"])
        _ = try binary.waitForReadyLine()
        let response = try HTTPConnection(port: binary.port).request(
            "GET", lockPath(Seed.lockedLead) + "?fields=id", headers: [("Authorization", "Zoho-oauthtoken 1000.admin.token")])
        #expect(response.json["code"] == "INVALID_TOKEN")
        #expect(binary.stop() == 0)
    }

    @Test func badFlag_exitsNonZeroWithOneLine() throws {
        for arguments in [["--port", "banana"], ["--bogus"], ["--seed-data", "/nonexistent/seed"], ["--time-zone", "Nowhere/Else", "--port", "0"]] {
            let binary = try RunningBinary(arguments)
            let status = binary.exitStatus()
            #expect(status != 0, "\(arguments)")
            let message = binary.standardError.trimmingCharacters(in: .newlines)
            #expect(message.hasPrefix("zoho-lock-mock: "), "\(arguments)")
            #expect(!message.contains("\n"), "\(arguments): \(message)")
        }
    }

    @Test func badSeedDocument_exitsNonZeroNamingTheProblem() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("seed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(#"{"orgs":[{"users":[{"name":"A","profile_id":"5"}]}]}"#.utf8).write(to: folder.appendingPathComponent("a.json"))
        let binary = try RunningBinary(["--port", "0", "--seed-data", folder.path])
        #expect(binary.exitStatus() != 0)
        #expect(binary.standardError.contains("a.json: $.orgs[0].users[0].profile_id: no profile 5"))
    }

    @Test func fileDatabase_keepsStateAcrossRestarts() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("state-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm", "-lock"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let auth = [("Authorization", "Zoho-oauthtoken 1000.admin.token")]

        let first = try RunningBinary(["--port", "0", "--database", path])
        _ = try first.waitForReadyLine()
        let locked = try HTTPConnection(port: first.port).request("POST", lockPath(Seed.unlockedLead), headers: auth, body: Array(lockBody("kept").utf8))
        #expect(locked.status == 201)
        #expect(first.stop() == 0)

        let second = try RunningBinary(["--port", "0", "--database", path])
        _ = try second.waitForReadyLine()
        let entry = try HTTPConnection(port: second.port).request("GET", lockPath(Seed.unlockedLead) + "?fields=Locked_Reason__s", headers: auth)
        #expect(entry.json["data", 0, "Locked_Reason__s"] == "kept")
        #expect(second.stop() == 0)
    }
}
