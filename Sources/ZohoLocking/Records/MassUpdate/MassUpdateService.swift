import ZohoJSON

/// Mass Update Records and Get Mass Update Status
/// (https://www.zoho.com/crm/developer/docs/api/v8/mass-update-records.html,
/// https://www.zoho.com/crm/developer/docs/api/v8/mass-update-status.html).
/// Zoho schedules a job; the emulator runs it at once, inside the request's
/// transaction, and keeps its counts for the status call, so a test never waits
/// (docs/behaviour.md). A record whose lock binds the caller is skipped and
/// counted in `Not_Updated_Count`; automatic locking runs on the updated ones.
public struct MassUpdateService: Sendable {
    public typealias Repository = RecordService.Repository

    private let store: any TransactionalStore<any Repository>
    private let environment: ServiceEnvironment
    private let jobs: MassUpdateJobs

    public init<Store: TransactionalStore>(store: Store, environment: ServiceEnvironment, jobs: MassUpdateJobs)
    where Store.Repository: Repository {
        self.store = store.narrowed { $0 as any Repository }
        self.environment = environment
        self.jobs = jobs
    }

    /// POST `/{module}/actions/mass_update`: 202 with the job's id.
    public func massUpdate(_ caller: Caller, _ path: RecordPath, body: [UInt8]) throws -> ZohoReply {
        // Parsed before the store's lock; raised after the module, as the Records API does.
        let parsed = Result { () throws(ZohoError) in try MassUpdateBody(bytes: body) }
        let job = try store.write { repository -> MassUpdateJob in
            let module = try RecordService.resolveModule(repository, caller, path)
            let body = try parsed.get()
            let writer = try RecordWriter(
                repository: repository, caller: caller, module: module, now: environment.clock.now(),
                timeZone: environment.timeZone(for: caller.org))
            let input = try writer.massUpdateInput(body.values)
            var job = MassUpdateJob(orgID: caller.org.id, module: module.apiName, id: try repository.generateID(orgID: caller.org.id))
            for id in body.ids {
                switch try writer.massUpdate(input, ofID: id) {
                case .updated: job.updated += 1
                case .notUpdated: job.notUpdated += 1
                case .failed: job.failed += 1
                }
            }
            return job
        }
        // Remembered after the commit: a rolled-back job never answers the status call.
        jobs.remember(job)
        let item = ActionResult.success(.successfullyScheduled, details: JSONObject([("job_id", .string(job.id.description))]))
        return ActionResult.reply(key: "data", items: [item], successStatus: 202)
    }

    /// GET `/{module}/actions/mass_update?job_id=…`: the job's counts, `COMPLETED`.
    public func massUpdateStatus(_ caller: Caller, _ path: RecordPath, _ query: QueryParameters) throws -> ZohoReply {
        let module = try store.read { try RecordService.resolveModule($0, caller, path) }
        guard let text = query["job_id"], !text.isEmpty else { throw ZohoError.requiredParamMissing(param: "job_id") }
        guard let id = ZohoID(text), let job = jobs.job(orgID: caller.org.id, id: id), job.module == module.apiName else {
            throw ZohoError.invalidParameter(param: "job_id")
        }
        let status = JSONObject([
            ("Status", .string("COMPLETED")),
            ("Failed_Count", .int(job.failed)),
            ("Updated_Count", .int(job.updated)),
            ("Not_Updated_Count", .int(job.notUpdated)),
            ("Total_Count", .int(job.total)),
        ])
        return ZohoReply(status: 200, body: .object(JSONObject([("data", .array([.object(status)]))])))
    }
}
