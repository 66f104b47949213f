/// A method-plus-pattern router. Patterns are paths whose `{name}` segments
/// capture one segment each. It knows nothing of Zoho: the caller decides
/// what "no route" and "wrong method" answer.
public struct Router<Handler: Sendable>: Sendable {
    public struct Route: Sendable {
        let method: String
        let segments: [Segment]
        let handler: Handler

        var literalCount: Int { segments.filter { if case .literal = $0 { return true } else { return false } }.count }
    }

    enum Segment: Sendable, Equatable {
        case literal(String)
        case parameter(String)
    }

    public enum Match {
        case found(Handler, PathParameters)
        /// The path exists, but not for this method.
        case methodNotAllowed
        case notFound
    }

    private var routes: [Route] = []

    public init() {}

    public mutating func add(_ method: String, _ pattern: String, _ handler: Handler) {
        let segments = pattern.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map { part in
            part.hasPrefix("{") && part.hasSuffix("}")
                ? Segment.parameter(String(part.dropFirst().dropLast())) : Segment.literal(String(part))
        }
        routes.append(Route(method: method, segments: segments, handler: handler))
    }

    /// Among routes matching the path, the one with the most literal segments
    /// wins, so `settings/...` beats `{module}/...`.
    public func match(method: String, segments: [String]) -> Match {
        var best: (Route, PathParameters)?
        var pathMatched = false
        for route in routes {
            guard let parameters = Self.bind(route.segments, to: segments) else { continue }
            pathMatched = true
            guard route.method == method else { continue }
            if best == nil || route.literalCount > best!.0.literalCount { best = (route, parameters) }
        }
        if let best { return .found(best.0.handler, best.1) }
        return pathMatched ? .methodNotAllowed : .notFound
    }

    private static func bind(_ pattern: [Segment], to segments: [String]) -> PathParameters? {
        guard pattern.count == segments.count else { return nil }
        var values: [String: String] = [:]
        for (part, segment) in zip(pattern, segments) {
            switch part {
            case .literal(let literal): if literal != segment { return nil }
            case .parameter(let name):
                if segment.isEmpty { return nil }
                values[name] = segment
            }
        }
        return PathParameters(values: values)
    }
}

/// The `{name}` values captured from a path.
public struct PathParameters: Sendable, Equatable {
    public let values: [String: String]

    public subscript(name: String) -> String? { values[name] }
}
