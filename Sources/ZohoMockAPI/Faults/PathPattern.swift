/// A fault rule's path: literal segments, and `*` for any one segment
/// (`/crm/v7/Leads/*/Locking_Information__s`). No query, no multi-segment wildcard.
struct PathPattern: Sendable, Equatable {
    let text: String
    /// nil is `*`.
    private let segments: [String?]

    init(_ text: String) {
        self.text = text
        segments = text.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map { part in
            part == "*" ? nil : String(part)
        }
    }

    /// `segments` as `HTTPRequest.pathSegments` gives them (decoded, after the leading slash).
    func matches(_ path: [String]) -> Bool {
        guard path.count == segments.count else { return false }
        for (pattern, segment) in zip(segments, path) {
            if let pattern, pattern != segment { return false }
            if pattern == nil, segment.isEmpty { return false }
        }
        return true
    }
}
