/// A single-use authorization code (grant token) of an OAuth client.
public struct GrantCode: Sendable, Equatable {
    public var code: String
    /// Epoch seconds; nil never expires (a fixture code given as a plain string).
    public var expiresAt: Int64?

    public init(code: String, expiresAt: Int64?) {
        self.code = code
        self.expiresAt = expiresAt
    }
}
