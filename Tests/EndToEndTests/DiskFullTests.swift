import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The binary on a real 4 MiB file system: the log never fills it, a full
/// disk refuses writes with `INTERNAL_ERROR` and loses nothing acknowledged,
/// a restart on the full disk serves, and writes work again once space is back.
@Suite struct DiskFullTests {
    typealias RunningBinary = CommandLineTests.RunningBinary
    static let auth = [("Authorization", "Zoho-oauthtoken \(SeedTokens.admin)")]

    /// One keep-alive connection to a started binary.
    final class Client {
        let connection: HTTPConnection
        init(_ binary: RunningBinary) throws { connection = try HTTPConnection(port: binary.port) }

        func send(_ method: String, _ target: String, _ body: String? = nil) throws -> TestResponse {
            try connection.request(method, target, headers: DiskFullTests.auth, body: body.map { Array($0.utf8) })
        }

        /// Creates a Lead with `bytes` of description; its id when the write was acknowledged.
        func createLead(_ number: Int, bytes: Int) throws -> (TestResponse, String?) {
            let fields = #"{"Last_Name":"Full \#(number)","Description":"\#(String(repeating: "f", count: bytes))"}"#
            let response = try send("POST", recordPath(), dataBody(fields))
            return (response, response.status == 201 ? response.json["data", 0, "details", "id"]?.stringValue : nil)
        }
    }

    /// Starts the binary on `path`; `started` keeps it, so a failed test can stop it before unmounting.
    static func start(_ path: String, _ started: inout [RunningBinary]) throws -> RunningBinary {
        let binary = try RunningBinary(["--port", "0", "--database", path, "--log-level", "notice"])
        started.append(binary)
        let ready = try binary.waitForReadyLine()
        guard ready.hasPrefix("zoho-lock-mock listening on ") else {
            throw TinyFilesystem.Failure(description: "no ready line: \(ready) \(binary.standardError)")
        }
        return binary
    }

    static func waitUntil(_ condition: () -> Bool) -> Bool {
        for _ in 0..<500 where !condition() { usleep(10_000) }
        return condition()
    }

    @Test func fullDisk_refusesWrites_losesNothing_andRecovers() throws {
        let disk = try TinyFilesystem(mebibytes: 4)
        var started: [RunningBinary] = []
        defer {
            for binary in started where binary.process.isRunning { kill(binary.process.processIdentifier, SIGKILL) }
            for binary in started { binary.process.waitUntilExit() }
            disk.unmount()
        }
        let path = disk.mountPoint.appendingPathComponent("db.sqlite").path
        let walSize = { (try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? Int }
        var acknowledged: [String] = []

        // 1. About 150 KiB of live data, then lock + unlock: a log left to grow to 4 MiB
        //    before a checkpoint made every write fail from request ~250.
        let first = try Self.start(path, &started)
        var client = try Client(first)
        for number in 0..<100 {
            let (response, id) = try client.createLead(number, bytes: 1_000)
            #expect(response.status == 201)
            acknowledged += id.map { [$0] } ?? []
        }
        var lockID: String?
        var cycleWrites = 0
        for _ in 0..<600 {
            if let id = lockID {
                guard try client.send("DELETE", lockPath(Seed.unlockedLead, id)).status == 200 else { break }
                lockID = nil
            } else {
                let locked = try client.send("POST", lockPath(Seed.unlockedLead), lockBody("cycle"))
                guard locked.status == 201 else { break }
                lockID = locked.json["data", 0, "details", "id"]?.stringValue
            }
            cycleWrites += 1
        }
        #expect(cycleWrites == 600, "lock/unlock writes accepted before a failure: \(cycleWrites)")
        #expect(lockID == nil)

        // 2. The idle store truncates its log; then nothing is left free on the disk.
        #expect(Self.waitUntil { walSize() == 0 })
        try disk.fill("filler")
        var refused = 0
        for number in 100..<130 {
            let (response, id) = try client.createLead(number, bytes: 1_000)
            if let id { acknowledged.append(id) } else {
                #expect(response.status == 500)
                #expect(response.json == internalErrorBody)
                refused += 1
            }
        }
        #expect(refused >= 25, "writes refused on a full disk: \(refused) of 30")
        #expect(try client.send("GET", recordPath("Leads", acknowledged[0])).status == 200)

        // 3. Killed on the full disk, then started again on it: it serves reads, refuses writes.
        kill(first.process.processIdentifier, SIGKILL)
        _ = first.exitStatus()
        let refusals = errorLines(first).filter { $0.contains("writes refused: the disk holding database \(path) is full") }
        #expect(refusals.count == 1, "\(errorLines(first))")
        let second = try Self.start(path, &started)
        client = try Client(second)
        #expect(try client.send("GET", recordPath("Leads", acknowledged.last!)).status == 200)
        #expect(try client.createLead(999, bytes: 10).0.status == 500)

        // 4. Space again: writes are taken without a restart, until the data itself fills the disk.
        try FileManager.default.removeItem(at: disk.mountPoint.appendingPathComponent("filler"))
        var accepted = 0
        for number in 1_000..<2_000 {
            let (response, id) = try client.createLead(number, bytes: 6_000)
            guard let id else {
                #expect(response.json == internalErrorBody)
                break
            }
            acknowledged.append(id)
            accepted += 1
        }
        // The data fills the disk, not the log: without truncating the log early on a nearly full
        // disk, its last megabyte could not be checkpointed, and writes stopped at 74% (3.09 MB).
        let databaseBytes = try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(databaseBytes > 3_700_000, "database at \(databaseBytes) bytes after \(accepted) records")
        #expect(second.stop() == 0)
        #expect(errorLines(second).contains { $0.contains("writes to database \(path) are accepted again") })

        // 5. More space, a restart: every acknowledged write is there, and nothing else.
        try disk.resize(mebibytes: 32)
        let third = try Self.start(path, &started)
        client = try Client(third)
        let state = try client.send("GET", "/__mock/state?org=\(Seed.orgID)")
        let stored = Set((state.json["orgs", 0, "records"]?.arrayValue ?? []).compactMap { record -> String? in
            guard record["fields", "Last_Name"]?.stringValue?.hasPrefix("Full ") == true else { return nil }
            return record["id"]?.stringValue
        })
        #expect(stored == Set(acknowledged), "stored \(stored.count), acknowledged \(acknowledged.count)")
        #expect(try client.send("GET", lockPath(Seed.unlockedLead) + "?fields=id").status == 204)
        #expect(try client.createLead(5_000, bytes: 10).0.status == 201)
        #expect(third.stop() == 0)
    }
}
