/// Limits that are part of the emulator's contract (§4 of the contract).
public enum EmulatorDefaults {
    /// Bodies over 1 MiB get 413 without being read further.
    public static let maximumBodyBytes = 1 << 20
    public static let timeZone = "America/New_York"
}
