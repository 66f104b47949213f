import ZohoLocking

extension SQLiteRepository: MetadataRepository {
    public func metadataModifiedTime(orgID: ZohoID) throws -> Int64 {
        try one("SELECT metadata_modified_time FROM orgs WHERE id = ?", [.integer(orgID.value)]) { $0.int64(0) } ?? 0
    }

    public func customModules(orgID: ZohoID) throws -> [ModuleInfo] {
        try all(
            "SELECT api_name, id, generated_type, lockable FROM modules WHERE org_id = ? ORDER BY api_name",
            [.integer(orgID.value)]
        ) { row in
            ModuleInfo(apiName: row.text(0), id: ZohoID(row.int64(1)), generatedType: row.text(2), lockable: row.bool(3))
        }
    }

    public func users(orgID: ZohoID) throws -> [User] {
        try all(
            "SELECT id, name, email, profile_id FROM users WHERE org_id = ? ORDER BY id", [.integer(orgID.value)]
        ) { row in
            User(id: ZohoID(row.int64(0)), name: row.text(1), email: row.text(2), profileID: ZohoID(row.int64(3)))
        }
    }

    public func touchMetadata(orgID: ZohoID, at time: Int64) throws {
        try run("UPDATE orgs SET metadata_modified_time = ? WHERE id = ?", [.integer(time), .integer(orgID.value)])
    }
}
