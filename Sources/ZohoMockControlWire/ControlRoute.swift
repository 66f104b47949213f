import Foundation

/// A control API endpoint's method and path pattern, shared by the server (its
/// endpoint table) and the client (the requests it sends).
public struct ControlRoute: Sendable, Hashable {
    /// The first path segment of every control endpoint.
    public static let mount = "__mock"

    public let method: String
    public let pattern: String

    init(_ method: String, _ path: String) {
        self.method = method
        pattern = "/\(Self.mount)\(path)"
    }

    /// The pattern with each `{name}` replaced by its value.
    public func path(_ values: [String: String] = [:]) -> String {
        var path = pattern
        for (name, value) in values { path = path.replacingOccurrences(of: "{\(name)}", with: value) }
        return path
    }
}

extension ControlRoute {
    public static let health = ControlRoute("GET", "/health")
    public static let loadFixtures = ControlRoute("POST", "/fixtures")
    public static let reset = ControlRoute("POST", "/reset")
    public static let state = ControlRoute("GET", "/state")
    public static let requests = ControlRoute("GET", "/requests")
    public static let clearRequests = ControlRoute("DELETE", "/requests")
    public static let addFault = ControlRoute("POST", "/faults")
    public static let faults = ControlRoute("GET", "/faults")
    public static let clearFaults = ControlRoute("DELETE", "/faults")
    public static let removeFault = ControlRoute("DELETE", "/faults/{id}")
    public static let clock = ControlRoute("GET", "/clock")
    public static let setClock = ControlRoute("POST", "/clock")
    public static let releaseClock = ControlRoute("DELETE", "/clock")
    public static let openAPIDocument = ControlRoute("GET", "/openapi.json")
}

/// The query parameters control endpoints read: `org` (reset, state, requests)
/// and the journal's filters.
public enum ControlQueryName: String, Sendable {
    case org, method, path, after, limit
}
