/// Everything a transaction of the whole store can do: what the SQLite store
/// implements, and what loading, exporting and resetting the state use.
public typealias StoreRepository = CredentialRepository & ModuleRepository & IDRepository & UserRepository
    & LockingRepository & RecordRepository & ConfigurationRepository & MetadataRepository & OAuthRepository
    & FixtureRepository & StateRepository
