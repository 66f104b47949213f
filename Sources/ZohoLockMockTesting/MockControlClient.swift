import Foundation
import ZohoJSON
import ZohoLocking

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A typed client of the emulator's control API (`/__mock/`, contract §3).
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
        let body = try await send("POST", "/__mock/reset", query: org.map { ["org": $0] } ?? [:])
        if let org { return body["org_id"]?.stringValue.map { [$0] } ?? [org] }
        return body["orgs"]?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    /// The state as a fixture document (tokens in full); `loadFixtures` of it into a fresh emulator reproduces it.
    public func state(org: String? = nil) async throws -> JSONValue {
        try await send("GET", "/__mock/state", query: org.map { ["org": $0] } ?? [:])
    }

    /// Loads a fixture document (adds or replaces by id); returns the org ids it touched.
    @discardableResult
    public func loadFixtures(_ json: String) async throws -> [String] {
        let body = try await send("POST", "/__mock/fixtures", body: Array(json.utf8))
        return body["orgs"]?.arrayValue?.compactMap(\.stringValue) ?? []
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
        var query: [String: String] = [:]
        query["org"] = org
        query["method"] = method
        query["path"] = pathPrefix
        query["after"] = after.map(String.init)
        query["limit"] = limit.map(String.init)
        let body = try await send("GET", "/__mock/requests", query: query)
        return (body["requests"]?.arrayValue ?? []).compactMap(RecordedRequest.init(json:))
    }

    public func clearRequests() async throws {
        _ = try await send("DELETE", "/__mock/requests")
    }

    // MARK: Faults

    /// Adds a fault rule; returns its id.
    @discardableResult
    public func addFault(_ fault: Fault) async throws -> Int {
        let body = try await send("POST", "/__mock/faults", body: JSONWriter.bytes(fault.json))
        guard let id = body["id"]?.numberValue?.int64Value else {
            throw ZohoLockMockError(message: "the emulator answered a fault without an id")
        }
        return Int(id)
    }

    public func faults() async throws -> [InstalledFault] {
        let body = try await send("GET", "/__mock/faults")
        return (body["faults"]?.arrayValue ?? []).compactMap(InstalledFault.init(json:))
    }

    public func removeFault(id: Int) async throws {
        _ = try await send("DELETE", "/__mock/faults/\(id)")
    }

    public func clearFaults() async throws {
        _ = try await send("DELETE", "/__mock/faults")
    }

    // MARK: Clock

    @discardableResult
    public func freezeClock(at date: Date) async throws -> ClockState {
        try await freezeClock(at: ZohoDateTime.format(Int64(date.timeIntervalSince1970), offsetSeconds: 0))
    }

    /// `iso` as `2024-01-01T09:00:00Z` or with an offset.
    @discardableResult
    public func freezeClock(at iso: String) async throws -> ClockState {
        try await setClock(["now": .string(iso)])
    }

    @discardableResult
    public func advanceClock(by seconds: Int) async throws -> ClockState {
        try await setClock(["advance_seconds": .int(seconds)])
    }

    @discardableResult
    public func releaseClock() async throws -> ClockState {
        try ClockState(json: await send("DELETE", "/__mock/clock"))
    }

    public func clock() async throws -> ClockState {
        try ClockState(json: await send("GET", "/__mock/clock"))
    }

    private func setClock(_ body: JSONValue) async throws -> ClockState {
        try ClockState(json: await send("POST", "/__mock/clock", body: JSONWriter.bytes(body)))
    }

    // MARK: Transport

    /// Ends the client's connections (`ZohoLockMock.stop()` calls it).
    func close() { session.invalidateAndCancel() }

    private func send(_ method: String, _ path: String, query: [String: String] = [:], body: [UInt8]? = nil)
        async throws -> JSONValue
    {
        var components = URLComponents(url: baseURL.appendingPathComponent(path), resolvingAgainstBaseURL: false)!
        if !query.isEmpty { components.queryItems = query.sorted { $0.key < $1.key }.map { URLQueryItem(name: $0.key, value: $0.value) } }
        var request = URLRequest(url: components.url!)
        request.httpMethod = method
        if let controlToken { request.setValue("Bearer \(controlToken)", forHTTPHeaderField: "Authorization") }
        if let body {
            request.httpBody = Data(body)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let (data, status) = try await exchange(request)
        let json = (try? JSONParser.parse([UInt8](data))) ?? .null
        guard (200..<300).contains(status) else {
            throw ZohoLockMockError(status: status, message: json["error"]?.stringValue ?? String(decoding: data, as: UTF8.self))
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
