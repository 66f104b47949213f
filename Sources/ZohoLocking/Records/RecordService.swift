import ZohoJSON

/// The path parameters of the Records API (`/{module}[/{record_id}]`), as received.
public struct RecordPath: Sendable {
    public var module: String
    public var recordID: String?

    public init(module: String, recordID: String? = nil) {
        self.module = module
        self.recordID = recordID
    }
}

/// The Records API of the lockable modules, enough to create, read, update
/// and delete the records locks protect: Zoho's envelopes, one result per
/// record, 207 when outcomes are mixed. Writes honour locks and run automatic
/// locking (docs/zoho-api.md#enforcement-and-automatic-locking).
///
/// Checks run in this order: module (lockable only), record id in the path,
/// body, then per record: id, fields, the lock.
public struct RecordService: Sendable {
    /// Records, their locks and configuration, the users they name, and automatic locking.
    public typealias Repository = AutomaticLocker.Repository & ConfigurationReading

    let store: any TransactionalStore<any Repository>
    private let environment: ServiceEnvironment
    private var clock: MockClock { environment.clock }

    public init<Store: TransactionalStore>(store: Store, environment: ServiceEnvironment)
    where Store.Repository: Repository {
        self.store = store.narrowed { $0 as any Repository }
        self.environment = environment
    }

    /// GET `/{module}/{record_id}`: `{"data":[record]}`.
    public func getRecord(_ caller: Caller, _ path: RecordPath) throws -> ZohoReply {
        try store.read { repository in
            let module = try Self.resolveModule(repository, caller, path)
            let record = try resolveRecord(repository, caller, module, path)
            var renderer = RecordPageRenderer(repository: repository, caller: caller, timeZone: timeZone(caller))
            return ZohoReply(status: 200, body: .object(JSONObject([("data", .array([try renderer.render(record)]))])))
        }
    }

    /// POST `/{module}`: inserts up to 100 records; 201, or 207 when some fail.
    public func insertRecords(_ caller: Caller, _ path: RecordPath, body: [UInt8]) throws -> ZohoReply {
        try writeBatch(caller, path, body: body, successStatus: 201) { writer, element, index in
            try writer.insert(element, index: index)
        }
    }

    /// PUT `/{module}`: updates up to 100 records, each named by its `id`.
    public func updateRecords(_ caller: Caller, _ path: RecordPath, body: [UInt8]) throws -> ZohoReply {
        try writeBatch(caller, path, body: body, successStatus: 200) { writer, element, index in
            try writer.update(element, index: index)
        }
    }

    /// One write per element of `data`, in one transaction, one result each.
    private func writeBatch(
        _ caller: Caller, _ path: RecordPath, body: [UInt8], successStatus: Int,
        _ write: (RecordWriter, JSONValue, Int) throws -> ActionResult
    ) throws -> ZohoReply {
        // Parsed before taking the store's lock (writes wait while it is held); a body
        // error is still raised in its place, after the module.
        let batch = Result { () throws(ZohoError) in try RecordBatch(bytes: body) }
        let results = try store.write { repository -> [ActionResult] in
            let module = try Self.resolveModule(repository, caller, path)
            let elements: [JSONValue]
            switch try batch.get().elements {
            case .failure(let error): return [.failure(error)]
            case .success(let items): elements = items
            }
            let writer = try self.writer(repository, caller, module)
            return try elements.enumerated().map { try write(writer, $1, $0) }
        }
        return ActionResult.reply(key: "data", items: results, successStatus: successStatus)
    }

    /// PUT `/{module}/{record_id}`: the first element of `data` updates the
    /// record the path names (an `id` in the body is ignored).
    public func updateRecord(_ caller: Caller, _ path: RecordPath, body: [UInt8]) throws -> ZohoReply {
        let batch = Result { () throws(ZohoError) in try RecordBatch(bytes: body) }
        let result = try store.write { repository -> ActionResult in
            let module = try Self.resolveModule(repository, caller, path)
            let record = try resolveRecord(repository, caller, module, path)
            let element: JSONValue
            switch try batch.get().elements {
            case .failure(let error): return .failure(error)
            case .success(let items): element = items[0]
            }
            return try writer(repository, caller, module).update(element, index: 0, record: record)
        }
        return ActionResult.reply(key: "data", items: [result], successStatus: 200)
    }

    /// DELETE `/{module}?ids=a,b`: up to 100 ids, one result each.
    public func deleteRecords(_ caller: Caller, _ path: RecordPath, _ query: QueryParameters) throws -> ZohoReply {
        try store.write { repository in
            let module = try Self.resolveModule(repository, caller, path)
            guard let ids = try query.idList("ids") else { throw ZohoError.requiredParamMissing(param: "ids") }
            try ElementLimit.check(ids.count)
            let writer = try self.writer(repository, caller, module)
            let results = try ids.map { try writer.delete($0) }
            return ActionResult.reply(key: "data", items: results, successStatus: 200)
        }
    }

    /// DELETE `/{module}/{record_id}`.
    public func deleteRecord(_ caller: Caller, _ path: RecordPath) throws -> ZohoReply {
        try store.write { repository in
            let module = try Self.resolveModule(repository, caller, path)
            let record = try resolveRecord(repository, caller, module, path)
            let result = try writer(repository, caller, module).delete(record.id)
            return ActionResult.reply(key: "data", items: [result], successStatus: 200)
        }
    }

    // MARK: - Shared steps

    /// Records exist here only for modules that can be locked; any other name
    /// (`settings`, `Campaigns`, `leads`) is INVALID_MODULE.
    static func resolveModule(_ repository: any Repository, _ caller: Caller, _ path: RecordPath) throws -> ModuleInfo {
        guard let module = try repository.module(orgID: caller.org.id, apiName: path.module), module.lockable else {
            throw ZohoError.invalidModule(resourcePathIndex: 0)
        }
        return module
    }

    /// The record the path names: non-numeric → UNABLE_TO_PARSE_DATA_TYPE, unknown → INVALID_DATA.
    func resolveRecord(_ repository: any Repository, _ caller: Caller, _ module: ModuleInfo, _ path: RecordPath)
        throws -> CRMRecord
    {
        guard let text = path.recordID, let id = ZohoID(text) else { throw ZohoError.unableToParseDataType }
        guard let record = try repository.crmRecord(orgID: caller.org.id, module: module.apiName, id: id) else {
            throw ZohoError.invalidRelatedID
        }
        return record
    }

    func writer(_ repository: any Repository, _ caller: Caller, _ module: ModuleInfo) throws -> RecordWriter {
        try RecordWriter(repository: repository, caller: caller, module: module, now: clock.now(), timeZone: timeZone(caller))
    }

    private func timeZone(_ caller: Caller) -> String { environment.timeZone(for: caller.org) }
}
