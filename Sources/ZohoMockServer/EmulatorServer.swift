import Foundation
import LockStore
import Logging
import MockHTTP
import ZohoLocking
import ZohoMockAPI

/// A running emulator: store opened, seed loaded, HTTP listening. Used by the
/// command-line tool and by tests that want a real server in-process.
public final class EmulatorServer: Sendable {
    public let port: UInt16
    public let host: String
    public let clock: MockClock
    private let server: HTTPServer

    public init(options: EmulatorOptions, logger: Logger = Logger(label: "zoho-lock-mock")) throws {
        guard ZohoDateTime.isKnownTimeZone(options.timeZone) else {
            throw FixtureError("unknown time zone \(options.timeZone)")
        }
        let seed = try SeedData.combined(options.seedPath.map(SeedData.read), fixtures: options.fixtures)
        // One reader connection per server thread: reads never wait for a connection.
        let store = try SQLiteStore(
            path: options.databasePath, readers: options.threadPoolSize, notices: { logger.log($0) })
        let clock = MockClock()
        // A database file that already holds state keeps it; seed data fills empty ones.
        var seededOrgIDs: [ZohoID]?
        if let seed, try store.isEmpty() { seededOrgIDs = try seed.load(into: store, now: clock.now()) }
        let emulator = Emulator(
            store: store, clock: clock, defaultTimeZone: options.timeZone, controlToken: options.controlToken,
            logger: logger, seed: seed, seededOrgIDs: seededOrgIDs, journalSize: options.journalSize,
            journalBytes: options.journalBytes, journalBodyBytes: options.journalBodyBytes,
            faultSeed: options.faultSeed)
        var configuration = HTTPServerConfiguration(host: options.host, port: options.port)
        configuration.threadPoolSize = options.threadPoolSize
        configuration.maximumBodyBytes = EmulatorDefaults.maximumBodyBytes
        configuration.idleTimeoutSeconds = options.idleTimeoutSeconds
        configuration.requestTimeoutSeconds = options.requestTimeoutSeconds
        configuration.connectionLimit = options.connectionLimit
        server = try HTTPServer(configuration: configuration, handler: emulator)
        port = server.port
        if server.connectionLimit < options.connectionLimit {
            logger.warning(
                "connection limit lowered to \(server.connectionLimit): the open-file limit allows no more (ulimit -n)")
        }
        host = options.host
        self.clock = clock
    }

    /// `http://HOST:PORT`, the API's base URL and its `api_domain`.
    public var baseURL: String {
        host.contains(":") ? "http://[\(host)]:\(port)" : "http://\(host):\(port)"
    }

    /// Stops accepting, lets requests in flight finish (for up to `grace`), then
    /// closes every connection. Returns how many requests were cut unfinished.
    @discardableResult
    public func stop(grace: Duration = .seconds(EmulatorDefaults.stopGraceSeconds)) -> Int { server.stop(grace: grace) }

    /// Connections open now.
    public var openConnections: Int { server.openConnections }
}
