/// A method-plus-pattern router. Patterns are paths whose `{name}` segments
/// capture one segment each. It knows nothing of Zoho: the caller decides
/// what "no route" and "wrong method" answer.
public struct Router<Handler: Sendable>: Sendable {
    public struct Route: Sendable {
        let pattern: RoutePattern
        let handler: Handler
    }

    public enum Match {
        case found(Handler, PathParameters)
        /// The path exists, but not for this method.
        case methodNotAllowed
        case notFound
    }

    private var routes: [Route] = []
    /// The routes' patterns, apart from their handlers: matching runs on every
    /// request and works on these alone, in code that is not generic over `Handler`.
    private var patterns = RoutePatterns()

    public init() {}

    public mutating func add(_ method: String, _ pattern: String, _ handler: Handler) {
        let parsed = RoutePattern(method: method, pattern: pattern)
        patterns.append(parsed)
        routes.append(Route(pattern: parsed, handler: handler))
    }

    /// The routes whose pattern is most specific for the path (most literal
    /// segments) own it: `settings/fields` beats `{module}/{record_id}` for
    /// every method, so a method they lack is `methodNotAllowed` rather than a
    /// match of a vaguer pattern.
    public func match(method: String, segments: [String]) -> Match {
        switch patterns.match(method: method, segments: segments) {
        case .found(let index): return .found(routes[index].handler, routes[index].pattern.parameters(segments))
        case .methodNotAllowed: return .methodNotAllowed
        case .notFound: return .notFound
        }
    }
}

/// One route's method and path pattern.
struct RoutePattern: Sendable {
    enum Segment: Sendable, Equatable {
        case literal(String)
        case parameter(String)
    }

    let method: String
    let segments: [Segment]
    /// Counted once: matching compares it for every candidate route.
    let literalCount: Int

    init(method: String, pattern: String) {
        self.method = method
        segments = pattern.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map { part in
            part.hasPrefix("{") && part.hasSuffix("}")
                ? Segment.parameter(String(part.dropFirst().dropLast())) : Segment.literal(String(part))
        }
        literalCount = segments.filter { if case .literal = $0 { return true } else { return false } }.count
    }

    /// Whether a path of the pattern's length fits it.
    func matches(_ path: [String]) -> Bool {
        for index in segments.indices {
            switch segments[index] {
            case .literal(let literal): if literal != path[index] { return false }
            case .parameter: if path[index].isEmpty { return false }
            }
        }
        return true
    }

    /// The `{name}` values of a path that `matches`.
    func parameters(_ path: [String]) -> PathParameters {
        var pairs: [(name: String, value: String)] = []
        pairs.reserveCapacity(segments.count)
        for index in segments.indices {
            if case .parameter(let name) = segments[index] { pairs.append((name, path[index])) }
        }
        return PathParameters(pairs: pairs)
    }
}

/// Every pattern of a router, indexed by segment count.
struct RoutePatterns: Sendable {
    enum Match {
        case found(Int)
        case methodNotAllowed
        case notFound
    }

    private var patterns: [RoutePattern] = []
    /// Indices into `patterns` by segment count: a path is only compared with
    /// patterns of its own length.
    private var byLength: [Int: [Int]] = [:]

    mutating func append(_ pattern: RoutePattern) {
        byLength[pattern.segments.count, default: []].append(patterns.count)
        patterns.append(pattern)
    }

    /// The index of the best route, as `Router.match` describes it.
    func match(method: String, segments: [String]) -> Match {
        var ownerLiterals = -1
        var found: Int?
        for index in byLength[segments.count] ?? [] where patterns[index].matches(segments) {
            let literals = patterns[index].literalCount
            if literals < ownerLiterals { continue }
            if literals > ownerLiterals {
                ownerLiterals = literals
                found = nil
            }
            if found == nil, patterns[index].method == method { found = index }
        }
        if let found { return .found(found) }
        return ownerLiterals >= 0 ? .methodNotAllowed : .notFound
    }
}

/// The `{name}` values captured from a path.
public struct PathParameters: Sendable, Equatable {
    /// In pattern order. A route captures a handful, so finding one by a scan
    /// costs less than hashing (this is read several times per request).
    private let pairs: [(name: String, value: String)]

    init(pairs: [(name: String, value: String)]) { self.pairs = pairs }

    public var values: [String: String] { Dictionary(pairs, uniquingKeysWith: { first, _ in first }) }

    public subscript(name: String) -> String? { pairs.first(where: { $0.name == name })?.value }

    public static func == (lhs: PathParameters, rhs: PathParameters) -> Bool { lhs.values == rhs.values }
}
