import Foundation
import Testing

/// The binary on a database file it cannot serve: one held by another server,
/// one whose pages were damaged, one removed while it runs.
@Suite struct DatabaseFileCommandLineTests {
    typealias RunningBinary = CommandLineTests.RunningBinary
    static let auth = [("Authorization", "Zoho-oauthtoken \(SeedTokens.admin)")]

    static func lock(_ port: UInt16, _ record: String) throws -> TestResponse {
        try HTTPConnection(port: port).request("POST", lockPath(record), headers: auth, body: Array(lockBody("held").utf8))
    }

    @Test func secondServerOnTheSameFile_exitsNonZeroWithOneLineNamingIt() throws {
        let files = try DatabaseFileFolder()
        let first = try RunningBinary(["--port", "0", "--database", files.path])
        _ = try first.waitForReadyLine()

        let second = try RunningBinary(["--port", "0", "--database", files.path])
        #expect(second.exitStatus() == 1)
        let message = second.standardError.trimmingCharacters(in: .newlines)
        #expect(!message.contains("\n"), "\(message)")
        #expect(message.hasPrefix("zoho-lock-mock: "))
        #expect(message.contains("database \(files.path) is in use: another process holds its lock"), "\(message)")

        // The first is untouched: it still writes and reads.
        #expect(try Self.lock(first.port, Seed.unlockedLead).status == 201)
        #expect(first.stop() == 0)
    }

    @Test func damagedFile_exitsNonZeroWithOneLineNamingIt() throws {
        let files = try DatabaseFileFolder()
        let writer = try RunningBinary(["--port", "0", "--database", files.path])
        _ = try writer.waitForReadyLine()
        let records = (0..<100).map { #"{"Last_Name":"Damage \#($0)","Description":"\#(String(repeating: "d", count: 800))"}"# }
        let created = try HTTPConnection(port: writer.port).request(
            "POST", recordPath(), headers: Self.auth, body: Array(dataBody(records.joined(separator: ",")).utf8))
        #expect(created.status == 201)
        #expect(writer.stop() == 0)

        let pages = try #require(files.size("")) / 4_096
        let handle = try #require(FileHandle(forUpdatingAtPath: files.path))
        for page in stride(from: pages - 2, to: pages - 26, by: -3) {
            try handle.seek(toOffset: UInt64((page - 1) * 4_096))
            try handle.write(contentsOf: Data((0..<4_096).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ page) }))
        }
        try handle.close()

        let damaged = try RunningBinary(["--port", "0", "--database", files.path])
        #expect(damaged.exitStatus() == 1)
        let message = damaged.standardError.trimmingCharacters(in: .newlines)
        #expect(!message.contains("\n"), "\(message)")
        #expect(message.contains("database \(files.path) is damaged ("), "\(message)")
    }

    @Test func removedFile_refusesWritesWithInternalError_readsGoOn_loggedOnce() throws {
        let files = try DatabaseFileFolder()
        let binary = try RunningBinary(["--port", "0", "--database", files.path])
        _ = try binary.waitForReadyLine()
        #expect(try Self.lock(binary.port, Seed.unlockedLead).status == 201)

        try FileManager.default.removeItem(atPath: files.path)
        for record in [Seed.otherUnlockedLead, "5843104000000425578"] {
            let refused = try Self.lock(binary.port, record)
            #expect(refused.status == 500)
            #expect(refused.json == internalErrorBody)
        }
        let read = try HTTPConnection(port: binary.port).request(
            "GET", lockPath(Seed.unlockedLead) + "?fields=Locked_Reason__s", headers: Self.auth)
        #expect(read.status == 200)
        #expect(read.json["data", 0, "Locked_Reason__s"] == "held")
        #expect(binary.stop() == 0)

        let refusals = errorLines(binary).filter { $0.contains("writes refused") }
        #expect(refusals.count == 1, "\(refusals)")
        #expect(refusals.first?.contains("database \(files.path): \(files.path) was removed or replaced") == true)
    }
}
