/// The shapes of the ids a store generates, so every store gives the same ones.
extension ZohoID {
    /// An entity id in Zoho's shape: the org's 7-digit prefix, then a sequence
    /// (`5843104000900000001` for org `5843104000000000101`).
    public static func generated(orgID: ZohoID, sequence: Int64) -> ZohoID {
        let prefix = orgID.value >= 10_000_000_000_000 ? orgID.value / 1_000_000_000_000 : 1_000_000
        return ZohoID(prefix * 1_000_000_000_000 + 900_000_000 + sequence)
    }

    /// The id of the `sequence`-th org a fixture left without one:
    /// `2000001000000000000`, `2000002000000000000`, ...
    public static func generatedOrg(sequence: Int64) -> ZohoID {
        ZohoID((2_000_000 + sequence) * 1_000_000_000_000)
    }
}
