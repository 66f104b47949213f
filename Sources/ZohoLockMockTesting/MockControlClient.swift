import Foundation
import ZohoJSON
import ZohoLocking
// The control API's types (`Fault`, `ClockState`, …) are this library's public API.
@_exported import ZohoMockControlWire

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A typed client of the emulator's control API (`/__mock/`), in the wire types the server answers with.
/// Every call throws `ZohoLockMockError` with the status and message of a refusal.
public final class MockControlClient: Sendable {
    public let baseURL: URL
    private let controlToken: String?
    private let session: URLSession

    public init(baseURL: URL, controlToken: String? = nil) {
        self.baseURL = baseURL
        self.controlToken = controlToken
        session = URLSession(configuration: .ephemeral)
    }

    // MARK: State

    /// Back to the state at start (seed data and fixtures), with an empty journal,
    /// no faults and the real clock; with `org`, that org's data only. Returns the org ids reset.
    @discardableResult
    public func reset(org: String? = nil) async throws -> [String] {
        let body = try await send(.reset, query: org.map { [ControlQueryName.org: $0] } ?? [:])
        if let org { return [OrgReset(json: body)?.orgID ?? org] }
        return LoadedOrgs(json: body).orgIDs
    }

    /// The state as a fixture document (tokens in full); `loadFixtures` of it into a fresh emulator reproduces it.
    public func state(org: String? = nil) async throws -> JSONValue {
        try await send(.state, query: org.map { [ControlQueryName.org: $0] } ?? [:])
    }

    /// Loads a fixture document (adds or replaces by id); returns the org ids it touched.
    @discardableResult
    public func loadFixtures(_ json: String) async throws -> [String] {
        LoadedOrgs(json: try await send(.loadFixtures, body: Array(json.utf8))).orgIDs
    }

    @discardableResult
    public func loadFixtures(_ data: Data) async throws -> [String] {
        try await loadFixtures(String(decoding: data, as: UTF8.self))
    }

    @discardableResult
    public func loadFixtures(_ document: JSONValue) async throws -> [String] {
        try await loadFixtures(JSONWriter.string(document))
    }

    // MARK: Journal

    /// The request journal, oldest first, filtered as `GET /__mock/requests` filters.
    public func requests(
        org: String? = nil, method: String? = nil, pathPrefix: String? = nil, after: Int? = nil, limit: Int? = nil
    ) async throws -> [RecordedRequest] {
        var query: [ControlQueryName: String] = [:]
        query[.org] = org
        query[.method] = method
        query[.path] = pathPrefix
        query[.after] = after.map(String.init)
        query[.limit] = limit.map(String.init)
        return RecordedRequest.list(in: try await send(.requests, query: query))
    }

    public func clearRequests() async throws {
        _ = try await send(.clearRequests)
    }

    // MARK: Faults

    /// Adds a fault rule; returns its id.
    @discardableResult
    public func addFault(_ fault: Fault) async throws -> Int {
        let body = try await send(.addFault, body: JSONWriter.bytes(fault.json))
        guard let installed = InstalledFault(json: body) else {
            throw ZohoLockMockError(message: "the emulator answered a fault without an id")
        }
        return installed.id
    }

    public func faults() async throws -> [InstalledFault] {
        InstalledFault.list(in: try await send(.faults))
    }

    public func removeFault(id: Int) async throws {
        _ = try await send(.removeFault, ["id": String(id)])
    }

    public func clearFaults() async throws {
        _ = try await send(.clearFaults)
    }

    // MARK: Clock

    @discardableResult
    public func freezeClock(at date: Date) async throws -> ClockState {
        try await freezeClock(at: ZohoDateTime.format(Int64(date.timeIntervalSince1970), offsetSeconds: 0))
    }

    /// `iso` as `2024-01-01T09:00:00Z` or with an offset.
    @discardableResult
    public func freezeClock(at iso: String) async throws -> ClockState {
        try await setClock(.freeze(at: iso))
    }

    @discardableResult
    public func advanceClock(by seconds: Int) async throws -> ClockState {
        try await setClock(.advance(seconds: Int64(seconds)))
    }

    @discardableResult
    public func releaseClock() async throws -> ClockState {
        try Self.clockState(await send(.releaseClock))
    }

    public func clock() async throws -> ClockState {
        try Self.clockState(await send(.clock))
    }

    private func setClock(_ change: ClockChange) async throws -> ClockState {
        try Self.clockState(await send(.setClock, body: JSONWriter.bytes(change.json)))
    }

    private static func clockState(_ json: JSONValue) throws -> ClockState {
        guard let state = ClockState(json: json) else {
            throw ZohoLockMockError(message: "unexpected clock answer \(JSONWriter.string(json))")
        }
        return state
    }

    // MARK: Transport

    /// Ends the client's connections (`ZohoLockMock.stop()` calls it).
    func close() { session.invalidateAndCancel() }

    private func send(
        _ route: ControlRoute, _ pathValues: [String: String] = [:], query: [ControlQueryName: String] = [:],
        body: [UInt8]? = nil
    ) async throws -> JSONValue {
        let url = baseURL.appendingPathComponent(route.path(pathValues))
        var components = URLComponents(url: url, resolvingAgainstBaseURL: false)!
        if !query.isEmpty {
            components.queryItems = query.map { (name: $0.key.rawValue, value: $0.value) }.sorted { $0.name < $1.name }
                .map { URLQueryItem(name: $0.name, value: $0.value) }
        }
        var request = URLRequest(url: components.url!)
        request.httpMethod = route.method
        if let controlToken { request.setValue("Bearer \(controlToken)", forHTTPHeaderField: "Authorization") }
        if let body {
            request.httpBody = Data(body)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let (data, status) = try await exchange(request)
        let json = (try? JSONParser.parse([UInt8](data))) ?? .null
        guard (200..<300).contains(status) else {
            let message = ControlRefusal.message(in: json) ?? String(decoding: data, as: UTF8.self)
            throw ZohoLockMockError(status: status, message: message)
        }
        return json
    }

    private func exchange(_ request: URLRequest) async throws -> (Data, Int) {
        try await withCheckedThrowingContinuation { continuation in
            session.dataTask(with: request) { data, response, error in
                if let error {
                    continuation.resume(throwing: ZohoLockMockError(message: "\(request.url!): \(error.localizedDescription)"))
                } else {
                    continuation.resume(returning: (data ?? Data(), (response as? HTTPURLResponse)?.statusCode ?? 0))
                }
            }.resume()
        }
    }
}

extension JSONValue {
    /// `value["key"]`: the member of an object, nil otherwise.
    public subscript(key: String) -> JSONValue? { objectValue?[key] }

    /// `value[0]`: the element of an array, nil otherwise or out of range.
    public subscript(index: Int) -> JSONValue? {
        guard let items = arrayValue, items.indices.contains(index) else { return nil }
        return items[index]
    }
}
