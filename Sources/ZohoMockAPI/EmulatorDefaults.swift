/// Limits that are part of the emulator's contract (§4 of the contract).
public enum EmulatorDefaults {
    /// Bodies over 1 MiB get 413 without being read further.
    public static let maximumBodyBytes = 1 << 20
    public static let timeZone = "America/New_York"
    /// `--journal-size`: the request journal keeps this many exchanges (0 turns it off).
    public static let journalSize = 10_000
    /// `--fault-seed`: fixed, so fault rules with a `probability` fire alike in every run.
    public static let faultSeed: UInt64 = 1
}
