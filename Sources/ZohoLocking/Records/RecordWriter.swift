import ZohoJSON

/// The writes of one Records API request, inside its transaction. Each item
/// is validated, checked against its record's lock, written, then handed to
/// automatic locking; a refused item becomes that item's error.
struct RecordWriter {
    typealias Repository = RecordService.Repository

    private let repository: any Repository
    private let caller: Caller
    private let module: ModuleInfo
    private let now: Int64
    private let timeZone: String
    private let configuration: LockingConfiguration?
    private let parser: RecordInputParser

    init(repository: any Repository, caller: Caller, module: ModuleInfo, now: Int64, timeZone: String) throws {
        self.repository = repository
        self.caller = caller
        self.module = module
        self.now = now
        self.timeZone = timeZone
        let orgID = caller.org.id
        configuration = try repository.configuration(orgID: orgID, module: module.apiName)
        let fields = try repository.fields(orgID: orgID, module: module)
        parser = RecordInputParser(
            module: module.apiName,
            fieldTypes: Dictionary(fields.map { ($0.apiName, $0.dataType) }, uniquingKeysWith: { _, last in last }),
            userExists: { try repository.user(orgID: orgID, id: $0) != nil })
    }

    private var policy: RecordLockPolicy { RecordLockPolicy(configuration: configuration, caller: caller) }
    private var locker: AutomaticLocker { AutomaticLocker(repository: repository, org: caller.org, now: now) }

    /// POST: a new record owned by the caller unless `Owner` says otherwise.
    func insert(_ element: JSONValue, index: Int) throws -> ActionResult {
        try attempt {
            let input = try parser.parse(element, at: "$.data[\(index)]", mode: .insert)
            var record = CRMRecord(
                module: module.apiName, id: try repository.generateID(orgID: caller.org.id), name: nil,
                ownerID: caller.user.id, fields: JSONObject(), createdBy: caller.user.id, createdTime: now,
                modifiedBy: caller.user.id, modifiedTime: now)
            apply(input, to: &record)
            try repository.saveRecord(orgID: caller.org.id, record)
            try locker.recordSaved(record, module: module, configuration: configuration)
            return .success(.recordAdded, details: try details(record))
        }
    }

    /// PUT: `record` is the one the path names; without it the element's `id` names it.
    func update(_ element: JSONValue, index: Int, record pathRecord: CRMRecord? = nil) throws -> ActionResult {
        try attempt {
            let path = "$.data[\(index)]"
            let record = try pathRecord ?? target(of: element, at: path)
            let input = try parser.parse(element, at: path, mode: .update)
            let lock = try repository.lock(orgID: caller.org.id, recordID: record.id)
            try policy.checkUpdate(of: record.id, lock: lock, changedFields: changes(input, to: record))
            var updated = record
            apply(input, to: &updated)
            try save(modified: &updated, lockedBy: lock)
            return .success(.recordUpdated, details: try details(updated))
        }
    }

    /// DELETE: the record and its lock, unless the lock restricts deleting.
    func delete(_ id: ZohoID) throws -> ActionResult {
        try attempt {
            guard try repository.crmRecord(orgID: caller.org.id, module: module.apiName, id: id) != nil else {
                throw ZohoError.invalidRelatedIDInList(id)
            }
            try policy.checkDelete(of: id, lock: try repository.lock(orgID: caller.org.id, recordID: id))
            try repository.deleteRecord(orgID: caller.org.id, id: id)
            return .success(.recordDeleted, details: JSONObject([("id", id.json)]))
        }
    }

    /// Change owner: `Owner` and `Modified_*` move, unless the lock restricts
    /// `change_owner`; automatic locking then runs as after any update.
    func changeOwner(of record: CRMRecord, to owner: ZohoID) throws -> ActionResult {
        try attempt {
            let lock = try repository.lock(orgID: caller.org.id, recordID: record.id)
            try policy.checkChangeOwner(of: record.id, lock: lock)
            var updated = record
            updated.ownerID = owner
            try save(modified: &updated, lockedBy: lock)
            return .success(.recordUpdated, details: JSONObject([("id", record.id.json)]))
        }
    }

    /// Change owner of a record named in `ids`: unknown ids fail in their place.
    func changeOwner(ofID id: ZohoID, to owner: ZohoID) throws -> ActionResult {
        guard let record = try repository.crmRecord(orgID: caller.org.id, module: module.apiName, id: id) else {
            return .failure(.invalidRelatedIDInList(id))
        }
        return try changeOwner(of: record, to: owner)
    }

    /// The values of a mass update, checked as an update checks them; a bad
    /// value fails the whole call, since the same values go to every record.
    func massUpdateInput(_ element: JSONValue) throws -> RecordInput {
        try parser.parse(element, at: "$.data[0]", mode: .update)
    }

    /// One record of a mass update: written unless its lock binds the caller
    /// (the rules of an update: excluded fields and exempt profiles pass).
    func massUpdate(_ input: RecordInput, ofID id: ZohoID) throws -> MassUpdateOutcome {
        guard let record = try repository.crmRecord(orgID: caller.org.id, module: module.apiName, id: id) else {
            return .failed
        }
        let lock = try repository.lock(orgID: caller.org.id, recordID: id)
        do {
            try policy.checkUpdate(of: id, lock: lock, changedFields: changes(input, to: record))
        } catch {
            return .notUpdated
        }
        var updated = record
        apply(input, to: &updated)
        try save(modified: &updated, lockedBy: lock)
        return .updated
    }

    // MARK: - Steps

    /// Stamps and saves an edited record; an unlocked one then meets automatic locking.
    private func save(modified record: inout CRMRecord, lockedBy lock: LockEntry?) throws {
        record.modifiedBy = caller.user.id
        record.modifiedTime = now
        // An edit is activity: a fixture's Last_Activity_Time gives way to the modification time.
        record.fields["Last_Activity_Time"] = Optional<JSONValue>.none
        try repository.saveRecord(orgID: caller.org.id, record)
        if lock == nil { try locker.recordSaved(record, module: module, configuration: configuration) }
    }

    /// The record an update element names by `id`.
    private func target(of element: JSONValue, at path: String) throws -> CRMRecord {
        guard case .object(let object) = element else {
            throw ZohoError.invalidDataType(apiName: "data", jsonPath: path, expected: "jsonobject")
        }
        guard let idValue = object["id"], !idValue.isNull else {
            throw ZohoError.mandatoryNotFound(apiName: "id", jsonPath: "\(path).id")
        }
        guard let id = ZohoID(json: idValue),
            let record = try repository.crmRecord(orgID: caller.org.id, module: module.apiName, id: id)
        else {
            throw ZohoError.invalidRelatedIDInBody(jsonPath: "\(path).id")
        }
        return record
    }

    /// The fields whose value the input really changes: sending a record back
    /// unchanged touches nothing a lock protects.
    private func changes(_ input: RecordInput, to record: CRMRecord) -> Set<String> {
        var changed = Set(input.values.filter { (record.fields[$0.key] ?? .null) != $0.value }.map(\.key))
        if let owner = input.ownerID, owner != record.ownerID { changed.insert("Owner") }
        return changed
    }

    /// Writes the input's values (null clears a field) and renames the record from them.
    private func apply(_ input: RecordInput, to record: inout CRMRecord) {
        var cleared = Set<String>()
        for (key, value) in input.values {
            if value.isNull { cleared.insert(key) } else { record.fields[key] = value }
        }
        // Cleared in one pass: the input's keys are distinct, so the order of sets and clears does not matter.
        if !cleared.isEmpty { record.fields.removeAll { cleared.contains($0.key) } }
        if let owner = input.ownerID { record.ownerID = owner }
        record.name = RecordDisplayName.of(module: record.module, fields: record.fields) ?? record.name
    }

    private func details(_ record: CRMRecord) throws -> JSONObject {
        RecordView.writeDetails(
            record, createdBy: try reference(record.creatorID), modifiedBy: try reference(record.modifierID),
            timeZone: timeZone)
    }

    private func reference(_ id: ZohoID?) throws -> NamedReference? {
        guard let id else { return nil }
        return try repository.user(orgID: caller.org.id, id: id)?.reference ?? NamedReference(name: nil, id: id)
    }

    /// Runs one item; a Zoho error becomes that item's failure.
    private func attempt(_ body: () throws -> ActionResult) throws -> ActionResult {
        do {
            return try body()
        } catch let error as ZohoError {
            return .failure(error)
        }
    }
}
