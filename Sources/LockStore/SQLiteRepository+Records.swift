import ZohoJSON
import ZohoLocking

extension SQLiteRepository: RecordRepository {
    private static let recordColumns =
        "id, name, owner_id, fields, created_by, created_time, modified_by, modified_time"

    public func crmRecord(orgID: ZohoID, module: String, id: ZohoID) throws -> CRMRecord? {
        try one(
            "SELECT \(Self.recordColumns) FROM records WHERE org_id = ? AND id = ? AND module = ?",
            [.integer(orgID.value), .integer(id.value), .text(module)]
        ) { row in try Self.decodeRecord(row, module: module) }
    }

    public func crmRecords(orgID: ZohoID, module: String) throws -> [CRMRecord] {
        try all(
            "SELECT \(Self.recordColumns) FROM records WHERE org_id = ? AND module = ? ORDER BY id",
            [.integer(orgID.value), .text(module)]
        ) { row in try Self.decodeRecord(row, module: module) }
    }

    public func saveRecord(orgID: ZohoID, _ record: CRMRecord) throws {
        try run(
            """
            INSERT OR REPLACE INTO records (org_id, id, module, name, owner_id, fields, created_by, created_time,
                modified_by, modified_time)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .integer(orgID.value), .integer(record.id.value), .text(record.module), .optional(record.name),
                .optional(record.ownerID?.value), .text(JSONWriter.string(.object(record.fields))),
                .optional(record.createdBy?.value), .integer(record.createdTime), .optional(record.modifiedBy?.value),
                .integer(record.modifiedTime),
            ])
    }

    public func deleteRecord(orgID: ZohoID, id: ZohoID) throws {
        let values: [SQLiteValue] = [.integer(orgID.value), .integer(id.value)]
        try run("DELETE FROM locks WHERE org_id = ? AND record_id = ?", values)
        try run("DELETE FROM records WHERE org_id = ? AND id = ?", values)
    }

    public func lockedRecordIDs(orgID: ZohoID, module: String) throws -> Set<ZohoID> {
        Set(try all("SELECT record_id FROM locks WHERE org_id = ? AND module = ?", [.integer(orgID.value), .text(module)]) {
            ZohoID($0.int64(0))
        })
    }

    public func deleteAutomaticLocks(orgID: ZohoID, ruleIDs: [ZohoID]) throws {
        for ruleID in ruleIDs {
            try run(
                "DELETE FROM locks WHERE org_id = ? AND source = ? AND rule_id = ?",
                [.integer(orgID.value), .text(LockSource.automatic.rawValue), .integer(ruleID.value)])
        }
    }

    private static func decodeRecord(_ row: Row, module: String) throws -> CRMRecord {
        CRMRecord(
            module: module, id: ZohoID(row.int64(0)), name: row.optionalText(1), ownerID: row.optionalInt64(2).map(ZohoID.init),
            fields: try row.jsonObject(3, table: "records"),
            createdBy: row.optionalInt64(4).map(ZohoID.init), createdTime: row.int64(5),
            modifiedBy: row.optionalInt64(6).map(ZohoID.init), modifiedTime: row.int64(7))
    }
}
