/// Why a fixture document was rejected; `message` names the offending place,
/// e.g. `orgs[0].users[1].profile_id: no profile 42 in org 7`.
public struct FixtureError: Error, Equatable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) { self.message = message }
    public init(at path: String, _ problem: String) { self.message = "\(path): \(problem)" }

    public var description: String { message }
}
