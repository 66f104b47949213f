import Foundation
import Logging
import ZohoJSON
import ZohoMockAPI
import ZohoMockServer

/// The emulator inside a test process: its own in-memory database, an
/// ephemeral port, the fixtures you give it. `stop()` frees both.
///
/// ```swift
/// let mock = try ZohoLockMock(fixtures: myOrgJSON)
/// defer { mock.stop() }
/// // call mock.baseURL with "Authorization: Zoho-oauthtoken \(mock.token!)"
/// try await mock.control.addFault(.error(code: "TOO_MANY_REQUESTS", method: "POST", times: 1))
/// ```
public final class ZohoLockMock: Sendable {
    /// `http://127.0.0.1:PORT`: the API, the accounts server and `/__mock/`.
    public let baseURL: URL
    /// An access token to call the API with: the fixtures' first, else the seed data's first.
    public let token: String?
    /// The control API (`/__mock/`), typed.
    public let control: MockControlClient
    private let server: EmulatorServer

    /// Starts the emulator. `fixtures` is a fixture document (docs/fixtures.md) loaded at start and
    /// returned to by `control.reset()`; `seedData` a fixture file or folder loaded before it
    /// (`"seed-data"` for the default org, relative to the current directory).
    public init(
        fixtures: String? = nil, seedData: String? = nil, controlToken: String? = nil, faultSeed: UInt64? = nil,
        journalSize: Int? = nil, timeZone: String = EmulatorDefaults.timeZone, databasePath: String = ":memory:"
    ) throws {
        var documents: [JSONValue] = []
        if let fixtures {
            do {
                documents.append(try JSONParser.parse(fixtures))
            } catch {
                throw ZohoLockMockError(message: "the fixtures are not JSON: \(error)")
            }
        }
        var options = EmulatorOptions()
        options.port = 0
        options.seedPath = seedData
        options.fixtures = documents
        options.controlToken = controlToken
        options.timeZone = timeZone
        options.databasePath = databasePath
        if let faultSeed { options.faultSeed = faultSeed }
        if let journalSize { options.journalSize = journalSize }
        var logger = Logger(label: "zoho-lock-mock")
        logger.logLevel = .error
        do {
            server = try EmulatorServer(options: options, logger: logger)
        } catch {
            throw ZohoLockMockError(message: "the emulator did not start: \(error)")
        }
        baseURL = URL(string: server.baseURL)!
        let seedDocuments = try seedData.map { try SeedData.read(path: $0).documents.map(\.document) } ?? []
        token = Self.firstToken(in: documents) ?? Self.firstToken(in: seedDocuments)
        control = MockControlClient(baseURL: baseURL, controlToken: controlToken)
    }

    /// The same with the fixture document as bytes.
    public convenience init(
        fixtures: Data, seedData: String? = nil, controlToken: String? = nil, faultSeed: UInt64? = nil,
        journalSize: Int? = nil, timeZone: String = EmulatorDefaults.timeZone
    ) throws {
        try self.init(
            fixtures: String(decoding: fixtures, as: UTF8.self), seedData: seedData, controlToken: controlToken,
            faultSeed: faultSeed, journalSize: journalSize, timeZone: timeZone)
    }

    public var port: UInt16 { server.port }

    /// Lets in-flight requests finish, closes the port and releases the database.
    /// Safe to call more than once.
    public func stop() {
        server.stop()
        control.close()
    }

    private static func firstToken(in documents: [JSONValue]) -> String? {
        for document in documents {
            for org in document.objectValue?["orgs"]?.arrayValue ?? [] {
                if let token = org.objectValue?["tokens"]?.arrayValue?.first?.objectValue?["access_token"]?.stringValue {
                    return token
                }
            }
        }
        return nil
    }
}

/// The emulator could not start, or the control API refused a request.
public struct ZohoLockMockError: Error, CustomStringConvertible, Equatable {
    /// The HTTP status of a refused control request; nil for other failures.
    public var status: Int?
    public var message: String

    public init(status: Int? = nil, message: String) {
        self.status = status
        self.message = message
    }

    public var description: String { status.map { "\($0): \(message)" } ?? message }
}
