import LockStore
import Testing
import ZohoJSON
import ZohoLocking
import ZohoLockingFakes

/// Keeps the fake honest: one scenario through every service, run against the
/// in-memory store and against SQLite, must give the same answers and leave the
/// same state.
@Suite struct InMemoryStoreParityTests {
    typealias F = StoreFixture

    /// What one step answered.
    enum Outcome: Equatable {
        case reply(ZohoReply)
        case refused(ZohoError)
    }

    /// A document on top of `StoreFixture.document`: custom fields and buttons, an OAuth client, a lock.
    static let extras = """
        { "orgs": [{
          "id": "5843104000000000101",
          "modules": [{ "api_name": "Projects", "id": "5843104000000000401",
            "fields": [{ "api_name": "Budget", "data_type": "currency", "id": "5843104000000000411" }],
            "custom_buttons": [{ "id": "5843104000000000421", "name": "Approve" }] }],
          "oauth_clients": [{ "client_id": "1000.client", "client_secret": "s", "user_id": "5843104000000000301",
            "grant_codes": ["code-1"], "refresh_tokens": ["1000.refresh"] }],
          "records": [{ "module": "Contacts", "id": "5843104000000000504", "name": "Web Contact",
            "fields": { "Lead_Source": "Web", "Title": "CTO" } }],
          "locks": [{ "module": "Leads", "record_id": "5843104000000000502", "locked_by_id": "5843104000000000302",
            "Locked_Reason__s": "Fixture" }]
        }]}
        """

    static func run<Store: TransactionalStore>(_ store: Store) throws -> (outcomes: [Outcome], state: JSONValue?)
    where Store.Repository: StoreRepository {
        let clock = MockClock()
        _ = clock.freeze(at: F.loadTime + 100)
        let environment = ServiceEnvironment(clock: clock, defaultTimeZone: "UTC")
        let locks = LockService(store: store, environment: environment)
        let records = RecordService(store: store, environment: environment)
        let configurations = ConfigurationService(store: store, environment: environment)
        let metadata = MetadataService(store: store, environment: environment)
        let oauth = OAuthService(store: store, clock: clock)
        try store.write { repository in
            for text in [F.document, extras] {
                _ = try FixtureLoader(repository: repository, now: F.loadTime).load(try JSONParser.parse(text))
            }
        }
        let admin = try #require(try store.read { try $0.caller(accessToken: "1000.admin", now: clock.now()) })
        let standard = try #require(try store.read { try $0.caller(accessToken: "1000.short", now: clock.now()) })
        let leadOne = F.leadOneID.description
        let lead = LockPath(module: "Leads", recordID: leadOne)
        let leadLock = LockPath(module: "Leads", recordID: leadOne, lockID: "5843104000900000002")
        let data = { (items: String) in Array(#"{"data":[\#(items)]}"#.utf8) }
        let configuration = { (element: String) in Array(#"{"record_locking_configurations":[\#(element)]}"#.utf8) }
        let reason = data(#"{"Locked_Reason__s":"Audit"},{"Locked_Reason__s":""}"#)
        let fields = QueryParameters([("fields", "Locked_Reason__s,Locked_By__s,Locked_For__s,Lock_Source__s")])
        let module = { (name: String) in QueryParameters([("module", name)]) }
        let rule = #"{"name":"Web","lock_existing_records":true,"#
            + #""criteria":{"comparator":"equal","field":{"api_name":"Lead_Source"},"value":"Web"}}"#
        let projects = #"{"lock_type":"manual","excluded_fields":[{"api_name":"Budget"}],"#
            + #""restricted_custom_buttons":[{"id":"5843104000000000421"}]}"#
        let refresh = ["grant_type": "refresh_token", "client_id": "1000.client", "client_secret": "s", "refresh_token": "1000.refresh"]
        let steps: [() throws -> ZohoReply] = [
            { try locks.lockRecord(admin, lead, body: reason) },
            { try locks.lockRecord(admin, lead, body: reason) },
            { try locks.lockRecord(standard, lead, body: reason) },
            { try locks.getLocks(admin, lead, fields) },
            { try locks.getLocks(admin, LockPath(module: "Leads", recordID: F.leadTwoID.description), fields) },
            { try locks.updateLock(admin, leadLock, body: data(#"{"Locked_Reason__s":"Again"}"#)) },
            { try records.insertRecords(admin, RecordPath(module: "Leads"), body: data(#"{"Last_Name":"Ada","Annual_Revenue":1200.5},{"First_Name":"x"}"#)) },
            { try records.updateRecord(admin, RecordPath(module: "Leads", recordID: leadOne), body: data(#"{"Company":"Zylker"}"#)) },
            { try records.getRecord(admin, RecordPath(module: "Leads", recordID: F.leadTwoID.description)) },
            { try configurations.createConfiguration(admin, module("Contacts"), body: configuration(#"{"lock_type":"automatic","locking_rules":[\#(rule)]}"#)) },
            { try configurations.createConfiguration(admin, module("Projects"), body: configuration(projects)) },
            { try records.insertRecords(admin, RecordPath(module: "Contacts"), body: data(#"{"Last_Name":"Web Two","Lead_Source":"Web"}"#)) },
            { try configurations.updateConfigurations(admin, module("Leads"), body: configuration(#"{"lock_type":"manual","restricted_actions":["delete"]}"#)) },
            { try configurations.getConfigurations(admin, module("Contacts")) },
            { try metadata.modules(admin, ifModifiedSince: nil) },
            { try metadata.users(admin, QueryParameters([])) },
            { try metadata.fields(admin, module("Projects")) },
            { try records.deleteRecords(admin, RecordPath(module: "Leads"), QueryParameters([("ids", "\(leadOne),\(F.leadTwoID)")])) },
            { try locks.unlockRecord(admin, leadLock) },
            { try configurations.deleteConfiguration(admin, id: "5843104000900000007", module("Projects")) },
            { try configurations.deleteConfiguration(admin, id: "5843104000900000004", module("Contacts")) },
            { try oauth.revoke("1000.short") },
            { try oauth.revoke("1000.refresh") },
            { try oauth.token(refresh, apiDomain: "") },
        ]
        let outcomes = try steps.map { step -> Outcome in
            do {
                return .reply(try step())
            } catch let error as ZohoError {
                return .refused(error)
            }
        }
        let state = try store.read {
            try StateExporter(repository: $0, now: clock.now(), defaultTimeZone: "UTC").document()
        }
        return (outcomes, state)
    }

    @Test func aScenarioThroughEveryService_answersAndEndsAlikeInBothStores() throws {
        let sqlite = try Self.run(try F.emptyStore())
        let memory = try Self.run(InMemoryStore())
        #expect(sqlite.outcomes.count == memory.outcomes.count)
        for (index, (expected, actual)) in zip(sqlite.outcomes, memory.outcomes).enumerated() {
            #expect(actual == expected, "step \(index)")
        }
        #expect(memory.state == sqlite.state)
        // The scenario did what it set out to: refusals, mixed batches, automatic locks, removals.
        #expect(sqlite.outcomes.map(\.status) == [
            207, 403, 403, 200, 200, 200, 207, 400, 200, 201, 201, 201, 200, 200, 200, 200, 200, 400, 200, 200, 200, 200, 200, 200,
        ])
        #expect(sqlite.outcomes[2] == .refused(.lockingNotPermittedForProfile))
        let locks = sqlite.state?.objectValue?["orgs"]?.arrayValue?.first?.objectValue?["locks"]?.arrayValue ?? []
        #expect(locks.compactMap { $0.objectValue?["Lock_Source__s"]?.stringValue }.sorted() == ["Manual"])
    }
}

extension InMemoryStoreParityTests.Outcome {
    var status: Int {
        switch self {
        case .reply(let reply): return reply.status
        case .refused(let error): return error.httpStatus
        }
    }
}
