/// What the metadata endpoints need from storage.
public protocol MetadataRepository {
    /// When the org's modules or fields last changed (epoch seconds).
    func metadataModifiedTime(orgID: ZohoID) throws -> Int64
    func customModules(orgID: ZohoID) throws -> [ModuleInfo]
    /// Records that the org's modules or fields changed at `time`.
    func touchMetadata(orgID: ZohoID, at time: Int64) throws
}
