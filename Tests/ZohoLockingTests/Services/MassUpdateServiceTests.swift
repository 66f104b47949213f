import Testing
import ZohoJSON
import ZohoLocking
import ZohoLockingFakes

/// Mass update over the in-memory store. The fixture's Leads rule locks web leads
/// automatically, and its web lead is locked already.
@Suite struct MassUpdateServiceTests {
    typealias F = ServiceFixture
    let store: InMemoryStore

    init() throws { store = try F.store() }

    func service(capacity: Int = MassUpdateJobs.defaultCapacity) -> MassUpdateService {
        MassUpdateService(store: store, environment: F.environment(), jobs: MassUpdateJobs(capacity: capacity))
    }

    func schedule(_ service: MassUpdateService, _ values: String, ids: [ZohoID]) throws -> String {
        let body = #"{"data":[\#(values)],"ids":[\#(ids.map { "\"\($0)\"" }.joined(separator: ","))]}"#
        let reply = try service.massUpdate(try F.caller("1000.admin", in: store), RecordPath(module: "Leads"), body: Array(body.utf8))
        #expect(reply.status == 202)
        return try #require(reply.item()?["details"]?.objectValue?["job_id"]?.stringValue)
    }

    func counts(_ service: MassUpdateService, _ job: String) throws -> JSONObject? {
        try service.massUpdateStatus(
            try F.caller("1000.admin", in: store), RecordPath(module: "Leads"), QueryParameters([("job_id", job)])
        ).item()
    }

    @Test func lockedRecord_isSkipped_andAutomaticLockingRunsOnTheUpdated() throws {
        let service = service()
        // Company changes on the web lead too, so its lock refuses it (an unchanged value would pass).
        let job = try schedule(service, #"{"Lead_Source":"Web","Company":"Mass"}"#, ids: [F.leadOneID, F.webLeadID])
        #expect(try counts(service, job) == JSONObject([
            ("Status", "COMPLETED"), ("Failed_Count", 0), ("Updated_Count", 1), ("Not_Updated_Count", 1), ("Total_Count", 2),
        ]))
        let lock = try store.read { try $0.lock(orgID: F.orgID, recordID: F.leadOneID) }
        #expect(lock?.ruleID == F.webRuleID)
    }

    @Test func beyondCapacity_theOldestJobIsForgotten() throws {
        let service = service(capacity: 2)
        let jobs = try (0..<3).map { _ in try schedule(service, #"{"Company":"C"}"#, ids: [F.leadOneID]) }
        #expect(throws: ZohoError.invalidParameter(param: "job_id")) { try counts(service, jobs[0]) }
        #expect(try counts(service, jobs[1])?["Updated_Count"] == 1)
        #expect(try counts(service, jobs[2])?["Updated_Count"] == 1)
    }

    @Test func forgettingAnOrg_keepsTheOthers() throws {
        let jobs = MassUpdateJobs()
        let service = MassUpdateService(store: store, environment: F.environment(), jobs: jobs)
        let job = try schedule(service, #"{"Company":"C"}"#, ids: [F.leadOneID])
        jobs.forget(orgID: F.professionalOrgID)
        #expect(jobs.count == 1)
        #expect(try counts(service, job)?["Total_Count"] == 1)
        jobs.forget(orgID: F.orgID)
        #expect(jobs.count == 0)
    }
}
