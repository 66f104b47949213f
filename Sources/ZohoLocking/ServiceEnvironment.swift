/// What every API service shares besides its store: the one clock, and the
/// zone that date-times are shown in for orgs without a `time_zone` of their own.
public struct ServiceEnvironment: Sendable {
    public let clock: MockClock
    public let defaultTimeZone: String

    public init(clock: MockClock, defaultTimeZone: String) {
        self.clock = clock
        self.defaultTimeZone = defaultTimeZone
    }

    /// The IANA zone an org's date-times are written in.
    public func timeZone(for org: Org) -> String { org.timeZone ?? defaultTimeZone }
}
