import ZohoJSON
import ZohoMockAPI

/// Everything one emulator needs to start.
public struct EmulatorOptions: Sendable {
    public var host = "127.0.0.1"
    public var port: UInt16 = 8080
    public var databasePath = ":memory:"
    /// A fixture file or folder; nil starts empty (`--no-seed`).
    public var seedPath: String? = "seed-data"
    public var timeZone = EmulatorDefaults.timeZone
    public var controlToken: String?
    public var threadPoolSize = 2
    /// Exchanges the request journal keeps; 0 turns it off.
    public var journalSize = EmulatorDefaults.journalSize
    /// Bytes the journal's entries may hold in all, and the most kept of one body.
    public var journalBytes = EmulatorDefaults.journalBytes
    public var journalBodyBytes = EmulatorDefaults.journalBodyBytes
    /// Seeds fault rules that give no `seed` of their own.
    public var faultSeed = EmulatorDefaults.faultSeed
    /// Fixture documents loaded after the seed data at start, as part of it
    /// (`POST /__mock/reset` returns to them). Used by in-process tests.
    public var fixtures: [JSONValue] = []
    /// Connection policy (`HTTPServerConfiguration` explains each).
    public var idleTimeoutSeconds = EmulatorDefaults.idleTimeoutSeconds
    public var requestTimeoutSeconds = EmulatorDefaults.requestTimeoutSeconds
    public var connectionLimit = EmulatorDefaults.connectionLimit

    public init() {}
}
