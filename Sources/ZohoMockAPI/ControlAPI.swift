import Logging
import MockHTTP
import ZohoJSON
import ZohoLocking
import ZohoMockControlWire

/// The emulator's own endpoints under `/__mock/` (listed in `ControlEndpoints`).
/// JSON in, JSON out; errors are `{"error": "<message>"}` with a 4xx status.
struct ControlAPI: Sendable {
    let store: any TransactionalStore<any StoreRepository>
    let clock: MockClock
    /// When set, every control request needs `Authorization: Bearer <token>`.
    let controlToken: String?
    let logger: Logger
    let journal: RequestJournal
    let faults: FaultRules
    /// The control part of the endpoint table.
    let routes: Router<Operation>
    let reset: EmulatorReset
    /// `--time-zone`, for the date-times of orgs without their own zone.
    let defaultTimeZone: String

    typealias Operation = @Sendable (ControlAPI, HTTPRequest, PathParameters) throws -> HTTPResponse

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        if let controlToken, request.header("Authorization") != "Bearer \(controlToken)" {
            return Self.error(401, "the control API needs Authorization: Bearer <control token>")
        }
        if request.bodyTooLarge {
            return Self.error(413, "the request body is larger than \(EmulatorDefaults.maximumBodyBytes) bytes")
        }
        switch routes.match(method: request.method, segments: request.pathSegments) {
        case .notFound: return Self.error(404, "no control endpoint \(request.path)")
        case .methodNotAllowed: return Self.error(405, "\(request.method) is not supported on \(request.path)")
        case .found(let operation, let path):
            do {
                return try operation(self, request, path)
            } catch let error as ControlRefusal {
                return Self.error(error.status, error.message)
            } catch let error as FixtureError {
                return Self.error(400, error.message)
            } catch {
                logger.logFailure(error, "control API failure on \(request.path)")
                return Self.error(500, "internal error: \(error)")
            }
        }
    }

    /// `GET /__mock/health`: `{"status":"ok"}` once ready.
    func health() -> HTTPResponse {
        Self.json(200, HealthStatus.ok.json)
    }

    /// `POST /__mock/fixtures`: loads a fixture document, all or nothing.
    func loadFixtures(_ request: HTTPRequest) throws -> HTTPResponse {
        guard let document = try? JSONParser.parse(request.body) else {
            throw ControlRefusal(status: 400, message: "the body is not a JSON document")
        }
        let now = clock.now()
        let orgIDs = try store.write { repository in
            try FixtureLoader(repository: repository, now: now).load(document)
        }
        return Self.json(200, LoadedOrgs(orgIDs: orgIDs.map(\.description)).json)
    }

    static func json(_ status: Int, _ body: JSONValue) -> HTTPResponse {
        .json(status: status, body: JSONWriter.bytes(body))
    }

    static func error(_ status: Int, _ message: String) -> HTTPResponse {
        json(status, ControlRefusal(status: status, message: message).json)
    }
}
