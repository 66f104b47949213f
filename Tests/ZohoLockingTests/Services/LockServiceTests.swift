import Testing
import ZohoJSON
import ZohoLocking
import ZohoLockingFakes

/// The locking rules of `LockService` over the in-memory store.
@Suite struct LockServiceTests {
    typealias F = ServiceFixture
    let store: InMemoryStore
    let service: LockService

    init() throws {
        store = try F.store()
        service = LockService(store: store, environment: F.environment())
    }

    static let reason = Array(#"{"data":[{"Locked_Reason__s":"Audit"}]}"#.utf8)
    static let fields = QueryParameters([("fields", "Locked_Reason__s,Lock_Source__s")])

    func lock(_ recordID: ZohoID = F.leadOneID, as token: String = "1000.admin", module: String = "Leads") throws -> ZohoReply {
        try service.lockRecord(try F.caller(token, in: store), LockPath(module: module, recordID: recordID.description), body: Self.reason)
    }

    func storedLock(_ recordID: ZohoID = F.leadOneID) throws -> LockEntry? {
        try store.read { try $0.lock(orgID: F.orgID, recordID: recordID) }
    }

    @Test func lock_answers201WithTheNewLockAndStoresIt() throws {
        let reply = try lock()
        #expect(reply.status == 201)
        let admin = JSONValue.object(JSONObject([("name", "Patricia Boyle"), ("id", .string(F.adminID.description))]))
        #expect(reply.item() == JSONObject([
            ("code", "SUCCESS"),
            ("details", .object(JSONObject([
                ("Modified_Time", F.nowText), ("Modified_By", admin), ("Created_Time", F.nowText),
                ("id", .string(F.firstGeneratedID.description)), ("Created_By", admin),
            ]))),
            ("message", "record added"), ("status", "success"),
        ]))
        let stored = try #require(try storedLock())
        #expect(stored.id == F.firstGeneratedID)
        #expect(stored.reason == "Audit")
        #expect(stored.source == .manual)
        #expect(stored.lockedBy == NamedReference(name: "Patricia Boyle", id: F.adminID))
        #expect(stored.configurationID == F.leadsConfigurationID)
        #expect(stored.lockedTime == F.now)
    }

    @Test func lockingALockedRecord_isAlreadyLockedAndKeepsTheFirstLock() throws {
        _ = try lock()
        #expect(throws: ZohoError.recordAlreadyLocked) { try lock() }
        #expect(try storedLock()?.id == F.firstGeneratedID)
    }

    @Test func lock_checksEditionConfigurationAndProfileInThatOrder() throws {
        #expect(throws: ZohoError.featureNotSupported) {
            try service.lockRecord(
                try F.caller("1000.pro", in: store), LockPath(module: "Leads", recordID: "6000000000000000031"),
                body: Self.reason)
        }
        #expect(throws: ZohoError.configurationNotPresent) { try lock(F.contactID, module: "Contacts") }
        #expect(throws: ZohoError.lockingNotPermittedForProfile) { try lock(as: "1000.standard") }
        #expect(try storedLock() == nil)
    }

    @Test func lock_refusesUnknownModulesAndRecords() throws {
        #expect(throws: ZohoError.invalidModule(resourcePathIndex: 0)) { try lock(module: "leads") }
        #expect(throws: ZohoError.invalidRelatedID) { try lock(F.contactID) }
        let caller = try F.caller("1000.admin", in: store)
        #expect(throws: ZohoError.unableToParseDataType) {
            try service.lockRecord(caller, LockPath(module: "Leads", recordID: "12a"), body: Self.reason)
        }
    }

    @Test func unlock_removesAManualLock() throws {
        _ = try lock()
        let reply = try service.unlockRecord(
            try F.caller("1000.admin", in: store),
            LockPath(module: "Leads", recordID: F.leadOneID.description, lockID: F.firstGeneratedID.description))
        #expect(reply.status == 200)
        #expect(reply.item()?["message"] == "relation removed")
        #expect(reply.item()?["details"] == .object(JSONObject([("id", .string(F.firstGeneratedID.description))])))
        #expect(try storedLock() == nil)
    }

    @Test func unlock_refusesAnAutomaticLockAndAProfileWithoutLocking() throws {
        let path = LockPath(module: "Leads", recordID: F.webLeadID.description, lockID: F.automaticLockID.description)
        #expect(throws: ZohoError.automaticLockCannotBeUnlocked) {
            try service.unlockRecord(try F.caller("1000.admin", in: store), path)
        }
        #expect(throws: ZohoError.unlockNotPermitted) {
            try service.unlockRecord(try F.caller("1000.standard", in: store), path)
        }
        #expect(try storedLock(F.webLeadID)?.id == F.automaticLockID)
    }

    @Test func unlock_ofAnotherLockID_isInvalidID() throws {
        _ = try lock()
        let path = LockPath(module: "Leads", recordID: F.leadOneID.description, lockID: F.automaticLockID.description)
        #expect(throws: ZohoError.invalidID(resourcePathIndex: 3)) {
            try service.unlockRecord(try F.caller("1000.admin", in: store), path)
        }
    }

    @Test func updateLock_changesTheReasonAndWhoModifiedIt() throws {
        _ = try lock(as: "1000.locker")
        let clock = F.clock()
        _ = clock.advance(by: 60)
        let later = LockService(store: store, environment: F.environment(clock))
        let reply = try later.updateLock(
            try F.caller("1000.admin", in: store),
            LockPath(module: "Leads", recordID: F.leadOneID.description, lockID: F.firstGeneratedID.description),
            body: Array(#"{"data":[{"Locked_Reason__s":"Second look"}]}"#.utf8))
        #expect(reply.status == 200)
        #expect(reply.item()?["message"] == "relation updated")
        let stored = try #require(try storedLock())
        #expect(stored.reason == "Second look")
        #expect(stored.modifiedBy == NamedReference(name: "Patricia Boyle", id: F.adminID))
        #expect(stored.modifiedTime == F.now + 60)
        #expect(stored.lockedBy == NamedReference(name: "Lou Locker", id: F.lockerID))
    }

    @Test func updateLock_ofAnAutomaticLock_isRefused() throws {
        let path = LockPath(module: "Leads", recordID: F.webLeadID.description, lockID: F.automaticLockID.description)
        #expect(throws: ZohoError.automaticLockCannotBeEdited) {
            try service.updateLock(try F.caller("1000.admin", in: store), path, body: Self.reason)
        }
    }

    @Test func getLocks_pagesTheRecordsLock() throws {
        let caller = try F.caller("1000.admin", in: store)
        let path = LockPath(module: "Leads", recordID: F.leadOneID.description)
        #expect(try service.getLocks(caller, path, Self.fields) == .noContent)
        _ = try lock()
        let reply = try service.getLocks(caller, path, Self.fields)
        #expect(reply.status == 200)
        #expect(reply.item() == JSONObject([
            ("Locked_Reason__s", "Audit"), ("Lock_Source__s", "Manual"), ("$editable", true),
            ("$sharing_permission", "full_access"), ("id", .string(F.firstGeneratedID.description)),
        ]))
        #expect(reply.body?.objectValue?["info"] == .object(JSONObject([
            ("per_page", 200), ("next_page_token", .null), ("count", 1), ("page", 1), ("previous_page_token", .null),
            ("page_token_expiry", .null), ("more_records", false),
        ])))
        let secondPage = QueryParameters(Self.fields.items + [("page", "2"), ("per_page", "1")])
        #expect(try service.getLocks(caller, path, secondPage) == .noContent)
        let otherIDs = QueryParameters(Self.fields.items + [("ids", F.automaticLockID.description)])
        #expect(try service.getLocks(caller, path, otherIDs) == .noContent)
    }

    @Test func getLocks_refusesBadPagingBeforeLookingUpTheRecord() throws {
        let caller = try F.caller("1000.admin", in: store)
        let unknownRecord = LockPath(module: "Leads", recordID: "1")
        #expect(throws: ZohoError.invalidParameter(param: "per_page")) {
            try service.getLocks(caller, unknownRecord, QueryParameters(Self.fields.items + [("per_page", "201")]))
        }
        #expect(throws: ZohoError.requiredParamMissing(param: "fields")) {
            try service.getLocks(caller, unknownRecord, QueryParameters([]))
        }
        #expect(throws: ZohoError.invalidRelatedID) { try service.getLocks(caller, unknownRecord, Self.fields) }
    }
}
