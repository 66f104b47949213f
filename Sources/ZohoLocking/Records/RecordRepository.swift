/// What the Records API and automatic locking need from storage, on top of
/// the locks. Every call runs inside one `TransactionalStore` transaction.
public protocol RecordRepository {
    /// A record's module, id and name: what a lock shows of it.
    func record(orgID: ZohoID, module: String, id: ZohoID) throws -> RecordSummary?
    /// A record of the module, with its fields and system fields.
    func crmRecord(orgID: ZohoID, module: String, id: ZohoID) throws -> CRMRecord?
    /// Every record of the module, in id order (`lock_existing_records`).
    func crmRecords(orgID: ZohoID, module: String) throws -> [CRMRecord]
    /// Inserts the record, or replaces the one with its id.
    func saveRecord(orgID: ZohoID, _ record: CRMRecord) throws
    /// Removes the record and the lock it holds.
    func deleteRecord(orgID: ZohoID, id: ZohoID) throws
    /// The ids of the module's records that hold a lock.
    func lockedRecordIDs(orgID: ZohoID, module: String) throws -> Set<ZohoID>
    /// Removes the automatic locks the given rules made.
    func deleteAutomaticLocks(orgID: ZohoID, ruleIDs: [ZohoID]) throws
}
