import ZohoLocking

/// The data side of `POST /__mock/reset`: the whole store back to the seed, or
/// one org back to its seed (removed when no seed document has it). Each runs
/// in one write transaction, so requests never see a half-reset org.
final class EmulatorReset: Sendable {
    private let store: any TransactionalStore<any StoreRepository>
    private let seed: SeedData?
    private let seedOrgs: LockedValue<SeedOrgs>
    /// Kept in memory, not in the store, so a reset forgets them here.
    private let massUpdateJobs: MassUpdateJobs

    /// What happened to the org of a one-org reset.
    enum OrgOutcome {
        case restoredFromSeed
        case removed
    }

    init(
        store: any TransactionalStore<any StoreRepository>, seed: SeedData?, loadedOrgIDs: [ZohoID]?,
        massUpdateJobs: MassUpdateJobs = MassUpdateJobs()
    ) {
        self.store = store
        self.massUpdateJobs = massUpdateJobs
        self.seed = seed
        seedOrgs = LockedValue(SeedOrgs(seed: seed, loadedOrgIDs: loadedOrgIDs))
    }

    /// Empties the store and loads the seed, as a new empty database would at start.
    /// Returns the seeded org ids.
    func resetEverything(now: Int64) throws -> [ZohoID] {
        let loaded = try store.write { repository -> [ZohoID] in
            try repository.removeEverything()
            return try seed?.load(into: repository, now: now) ?? []
        }
        seedOrgs.withLock { $0 = SeedOrgs(seed: seed, loadedOrgIDs: loaded) }
        massUpdateJobs.forgetAll()
        var unique: [ZohoID] = []
        for id in loaded where !unique.contains(id) { unique.append(id) }
        return unique
    }

    /// Removes the org and reloads its seed documents; nil when the org neither
    /// exists nor is seeded.
    func resetOrg(_ orgID: ZohoID, now: Int64) throws -> OrgOutcome? {
        let document = seedOrgs.withLock { $0.document(for: orgID) }
        defer { massUpdateJobs.forget(orgID: orgID) }
        return try store.write { repository -> OrgOutcome? in
            guard try repository.org(id: orgID) != nil || document != nil else { return nil }
            try repository.removeOrg(id: orgID)
            guard let document else { return .removed }
            _ = try FixtureLoader(repository: repository, now: now).load(document)
            return .restoredFromSeed
        }
    }
}
