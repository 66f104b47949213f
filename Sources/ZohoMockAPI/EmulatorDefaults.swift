/// The emulator's defaults and limits, which users script against: the flags are in
/// README.md#configuration, the 1 MiB body limit in docs/behaviour.md.
public enum EmulatorDefaults {
    /// Bodies over 1 MiB get 413 without being read further.
    public static let maximumBodyBytes = 1 << 20
    public static let timeZone = "America/New_York"
    /// `--journal-size`: the request journal keeps this many exchanges (0 turns it off).
    public static let journalSize = 10_000
    /// `--journal-bytes`: what the journal's entries may hold in all, oldest dropped first.
    /// 32 MiB keeps a journal of 10,000 large requests well under 64 MiB of memory.
    public static let journalBytes = 32 << 20
    /// `--journal-body-bytes`: a body past this is kept as its first this-many bytes (masked).
    public static let journalBodyBytes = 64 << 10
    /// `--fault-seed`: fixed, so fault rules with a `probability` fire alike in every run.
    public static let faultSeed: UInt64 = 1
    /// `--idle-timeout`: a keep-alive connection waits this long for its next request.
    public static let idleTimeoutSeconds = 30
    /// `--request-timeout`: a request must be fully received this soon after it began, however it trickles.
    public static let requestTimeoutSeconds = 10
    /// `--connection-limit`: connections served at once; more are answered 429 and closed.
    public static let connectionLimit = 4096
    /// On SIGTERM/SIGINT/SIGHUP requests in flight get this long to finish.
    public static let stopGraceSeconds = 10
}
