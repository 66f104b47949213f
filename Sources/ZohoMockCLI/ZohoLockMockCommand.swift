import ArgumentParser
import Foundation
import Logging
import ZohoMockAPI
import ZohoMockServer

/// `zoho-lock-mock`: starts the emulator and serves until SIGINT, SIGTERM or SIGHUP.
/// Every flag also reads `ZOHO_LOCK_MOCK_<FLAG>`.
@main
struct ZohoLockMockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zoho-lock-mock",
        abstract: "A local emulator of Zoho CRM's record-locking API.")

    @Option(help: "Bind address (env ZOHO_LOCK_MOCK_HOST).")
    var host: String = Environment.string("HOST") ?? "127.0.0.1"

    @Option(help: "Port; 0 picks a free one (env ZOHO_LOCK_MOCK_PORT).")
    var port: UInt16 = Environment.value("PORT") ?? 8080

    @Option(help: "SQLite database; a file path persists state (env ZOHO_LOCK_MOCK_DATABASE).")
    var database: String = Environment.string("DATABASE") ?? ":memory:"

    @Option(help: "Fixture file, or folder of *.json fixtures, loaded at start (env ZOHO_LOCK_MOCK_SEED_DATA).")
    var seedData: String = Environment.string("SEED_DATA") ?? "seed-data"

    @Flag(help: "Start with no org at all (env ZOHO_LOCK_MOCK_NO_SEED=1).")
    var noSeed = false

    @Option(help: "Time zone of every date-time the API shows (env ZOHO_LOCK_MOCK_TIME_ZONE).")
    var timeZone: String = Environment.string("TIME_ZONE") ?? "America/New_York"

    @Option(help: "trace, debug, info, notice, warning, error or critical (env ZOHO_LOCK_MOCK_LOG_LEVEL).")
    var logLevel: Logger.Level = Environment.value("LOG_LEVEL") ?? .info

    @Option(help: "When set, /__mock/* needs Authorization: Bearer <token> (env ZOHO_LOCK_MOCK_CONTROL_TOKEN).")
    var controlToken: String?

    @Option(help: "Requests the journal keeps, oldest dropped first; 0 turns it off (env ZOHO_LOCK_MOCK_JOURNAL_SIZE).")
    var journalSize: Int = Environment.value("JOURNAL_SIZE") ?? EmulatorDefaults.journalSize

    @Option(help: "Bytes the journal may hold in all, oldest dropped first (env ZOHO_LOCK_MOCK_JOURNAL_BYTES).")
    var journalBytes: Int = Environment.value("JOURNAL_BYTES") ?? EmulatorDefaults.journalBytes

    @Option(help: "A body past this many bytes is journaled truncated (env ZOHO_LOCK_MOCK_JOURNAL_BODY_BYTES).")
    var journalBodyBytes: Int = Environment.value("JOURNAL_BODY_BYTES") ?? EmulatorDefaults.journalBodyBytes

    @Option(help: "Seed of fault rules that give no seed of their own (env ZOHO_LOCK_MOCK_FAULT_SEED).")
    var faultSeed: UInt64 = Environment.value("FAULT_SEED") ?? EmulatorDefaults.faultSeed

    @Option(help: "Seconds a keep-alive connection may wait for its next request (env ZOHO_LOCK_MOCK_IDLE_TIMEOUT).")
    var idleTimeout: Int = Environment.value("IDLE_TIMEOUT") ?? EmulatorDefaults.idleTimeoutSeconds

    @Option(help: "Seconds a request's headers and body may take to arrive (env ZOHO_LOCK_MOCK_REQUEST_TIMEOUT).")
    var requestTimeout: Int = Environment.value("REQUEST_TIMEOUT") ?? EmulatorDefaults.requestTimeoutSeconds

    @Option(help: "Connections served at once; more get 429 and are closed (env ZOHO_LOCK_MOCK_CONNECTION_LIMIT).")
    var connectionLimit: Int = Environment.value("CONNECTION_LIMIT") ?? EmulatorDefaults.connectionLimit

    func validate() throws {
        try Environment.validate([
            "PORT": UInt16.self, "LOG_LEVEL": Logger.Level.self, "JOURNAL_SIZE": Int.self, "FAULT_SEED": UInt64.self,
            "IDLE_TIMEOUT": Int.self, "JOURNAL_BYTES": Int.self, "JOURNAL_BODY_BYTES": Int.self, "REQUEST_TIMEOUT": Int.self, "CONNECTION_LIMIT": Int.self,
        ])
        guard journalSize >= 0 else { throw ValidationError("--journal-size must be 0 or more") }
        guard journalBytes >= 0 else { throw ValidationError("--journal-bytes must be 0 or more") }
        guard journalBodyBytes >= 0 else { throw ValidationError("--journal-body-bytes must be 0 or more") }
        guard (1...86_400).contains(idleTimeout) else { throw ValidationError("--idle-timeout must be 1 to 86400 seconds") }
        guard (1...86_400).contains(requestTimeout) else {
            throw ValidationError("--request-timeout must be 1 to 86400 seconds")
        }
        guard (1...1_000_000).contains(connectionLimit) else {
            throw ValidationError("--connection-limit must be 1 to 1000000")
        }
    }

    /// Prints a failure as one line (docs/operations.md); help and version stay as ArgumentParser prints them.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .success { exit(withError: error) }
            let reason = fullMessage(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            FileHandle.standardError.write(Data("zoho-lock-mock: \(reason)\n".utf8))
            Foundation.exit(exitCode(for: error) == .validationFailure ? 64 : 1)
        }
    }

    func run() throws {
        let level = logLevel
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        // Block the stop signals before libmicrohttpd starts its threads, so they
        // inherit the mask and only `stopSignals.wait()` receives them.
        let stopSignals = StopSignals()
        var options = EmulatorOptions()
        options.host = host
        options.port = port
        options.databasePath = database
        options.seedPath = noSeed || Environment.flag("NO_SEED") ? nil : seedData
        options.timeZone = timeZone
        options.controlToken = controlToken ?? Environment.string("CONTROL_TOKEN")
        options.journalSize = journalSize
        options.journalBytes = journalBytes
        options.journalBodyBytes = journalBodyBytes
        options.faultSeed = faultSeed
        options.idleTimeoutSeconds = idleTimeout
        options.requestTimeoutSeconds = requestTimeout
        options.connectionLimit = connectionLimit
        let server: EmulatorServer
        do {
            server = try EmulatorServer(options: options, logger: Logger(label: "zoho-lock-mock"))
        } catch {
            throw StartupFailure(reason: "\(error)")
        }
        // The ready line, written and flushed in one call: scripts wait for it.
        FileHandle.standardOutput.write(Data("zoho-lock-mock listening on \(server.baseURL)\n".utf8))
        let signal = stopSignals.wait()
        let logger = Logger(label: "zoho-lock-mock")
        logger.info("signal \(signal): stopping; requests in flight get \(EmulatorDefaults.stopGraceSeconds) s to finish")
        let unfinished = server.stop()
        if unfinished > 0 {
            logger.warning("stopped with \(unfinished) request(s) unfinished after \(EmulatorDefaults.stopGraceSeconds) s")
        } else {
            logger.info("stopped")
        }
    }
}

/// A start that failed (bad seed, port in use): reported as one line, exit 1.
struct StartupFailure: Error, CustomStringConvertible {
    let reason: String
    var description: String { reason }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
