import ZohoJSON

extension RecordService {
    /// POST `/{module}/upsert`: each element of `data` updates the record it
    /// duplicates (by `id`, else by the duplicate-check fields in order) or is
    /// inserted. Both go through the writer of PUT and POST `/{module}`, so
    /// field types, `Owner`, the mandatory name, locks and automatic locking
    /// are the same rules. 200 when all succeed, 207 when mixed.
    public func upsertRecords(_ caller: Caller, _ path: RecordPath, body: [UInt8]) throws -> ZohoReply {
        // Parsed before taking the store's lock; a body error is raised in its place, after the module.
        let parsed = Result { () throws(ZohoError) in try UpsertBody(bytes: body) }
        let results = try store.write { repository -> [ActionResult] in
            let module = try Self.resolveModule(repository, caller, path)
            let upsert = try parsed.get()
            let elements: [JSONValue]
            switch upsert.batch.elements {
            case .failure(let error): return [.failure(error)]
            case .success(let items): elements = items
            }
            let fields = upsert.duplicateCheckFields ?? DuplicateCheck.defaultFields(of: module)
            let existing = fields.isEmpty ? [] : try repository.crmRecords(orgID: caller.org.id, module: module.apiName)
            var step = UpsertStep(
                repository: repository, orgID: caller.org.id, module: module.apiName,
                writer: try self.writer(repository, caller, module),
                check: DuplicateCheck(fields: fields, records: existing))
            return try elements.enumerated().map { try step.upsert($1, index: $0) }
        }
        return ActionResult.reply(key: "data", items: results, successStatus: 200)
    }
}

/// One upsert element after another, inside the request's transaction; each
/// record written joins the duplicate index, so a body that names the same
/// record twice inserts it once and then updates it.
private struct UpsertStep {
    let repository: any RecordService.Repository
    let orgID: ZohoID
    let module: String
    let writer: RecordWriter
    var check: DuplicateCheck

    mutating func upsert(_ element: JSONValue, index: Int) throws -> ActionResult {
        let path = "$.data[\(index)]"
        guard case .object(let object) = element else {
            return .failure(.invalidDataType(apiName: "data", jsonPath: path, expected: "jsonobject"))
        }
        if let idValue = object["id"], !idValue.isNull {
            guard let id = ZohoID(json: idValue), let record = try record(id) else {
                return .failure(.invalidRelatedIDInBody(jsonPath: "\(path).id"))
            }
            return try finish(writer.update(element, index: index, record: record), action: "update", field: nil)
        }
        let found = try check.match(object) { id, field, value in
            // The index may hold a value this request's own update replaced.
            guard let current = try record(id)?.fields[field] else { return false }
            return DuplicateCheck.normalized(current) == value
        }
        if let found, let record = try record(found.id) {
            return try finish(writer.update(element, index: index, record: record), action: "update", field: found.field)
        }
        return try finish(writer.insert(element, index: index), action: "insert", field: nil)
    }

    private func record(_ id: ZohoID) throws -> CRMRecord? {
        try repository.crmRecord(orgID: orgID, module: module, id: id)
    }

    private mutating func finish(_ result: ActionResult, action: String, field: String?) throws -> ActionResult {
        guard case .success(let message, let details) = result else { return result }
        if let id = details["id"].flatMap(ZohoID.init(json:)), let written = try record(id) { check.add(written) }
        return .upserted(message, details: details, action: action, duplicateField: field)
    }
}
