import Testing
import ZohoJSON
import ZohoLocking
import ZohoLockingFakes

/// The configuration API's checks and writes (`ConfigurationService`, `ConfigurationEditor`)
/// over the in-memory store.
@Suite struct ConfigurationServiceTests {
    typealias F = ServiceFixture
    static let key = "record_locking_configurations"
    static let path = "$.record_locking_configurations[0]"
    let store: InMemoryStore
    let service: ConfigurationService

    init() throws {
        store = try F.store()
        service = ConfigurationService(store: store, environment: F.environment())
    }

    static func body(_ element: String) -> [UInt8] { Array(#"{"record_locking_configurations":[\#(element)]}"#.utf8) }
    static func module(_ name: String) -> QueryParameters { QueryParameters([("module", name)]) }

    func create(_ element: String, module: String = "Contacts", as token: String = "1000.admin") throws -> ZohoReply {
        try service.createConfiguration(try F.caller(token, in: store), Self.module(module), body: Self.body(element))
    }

    func stored(_ module: String) throws -> LockingConfiguration? {
        try store.read { try $0.configuration(orgID: F.orgID, module: module) }
    }

    /// A refused element as the reply writes it.
    static func refused(_ code: String, _ message: String, _ details: JSONObject) -> JSONObject {
        JSONObject([("code", .string(code)), ("details", .object(details)), ("message", .string(message)), ("status", "error")])
    }

    static func pointer(_ apiName: String, _ path: String) -> JSONValue {
        .object(JSONObject([("api_name", .string(apiName)), ("json_path", .string(path))]))
    }

    @Test func create_answers201AndStoresTheConfiguration() throws {
        let reply = try create(#"{"lock_type":"manual"}"#)
        #expect(reply.status == 201)
        #expect(reply.item(Self.key) == JSONObject([
            ("code", "SUCCESS"), ("details", .object(JSONObject([("id", .string(F.firstGeneratedID.description))]))),
            ("message", "record locking configuration created successfully"), ("status", "success"),
        ]))
        let configuration = try #require(try stored("Contacts"))
        #expect(configuration.id == F.firstGeneratedID)
        #expect(configuration.lockType == .manual)
        #expect(configuration.restrictedActions == ["update"])
        #expect(configuration.createdBy == NamedReference(name: "Patricia Boyle", id: F.adminID))
    }

    @Test func create_withAnExistingRuleLocksTheMatchingRecords() throws {
        let rule = #"{"name":"Partners","lock_existing_records":true,"#
            + #""criteria":{"comparator":"equal","field":{"api_name":"Lead_Source"},"value":"Partner"}}"#
        _ = try create(#"{"lock_type":"automatic","locking_rules":[\#(rule)]}"#)
        let lock = try #require(try store.read { try $0.lock(orgID: F.orgID, recordID: F.contactID) })
        #expect(lock.source == .automatic)
        #expect(lock.ruleID == ZohoID.generated(orgID: F.orgID, sequence: 2))
        #expect(lock.configurationID == F.firstGeneratedID)
    }

    @Test func create_checksModuleEditionAndPermissionFirst() throws {
        let caller = try F.caller("1000.admin", in: store)
        #expect(throws: ZohoError.requiredParamMissing(param: "module")) {
            try service.createConfiguration(caller, QueryParameters([]), body: Self.body("{}"))
        }
        #expect(throws: ZohoError.invalidModule(resourcePathIndex: nil)) { try create("{}", module: "Nope") }
        #expect(throws: ZohoError.moduleNotSupportedForFeature) { try create("{}", module: "Campaigns") }
        #expect(throws: ZohoError.configurationAlreadyExists) { try create("{}", module: "Leads") }
        #expect(throws: ZohoError.customizationNotPermitted) { try create("{}", as: "1000.locker") }
        #expect(throws: ZohoError.featureNotSupported) { try create("{}", module: "Leads", as: "1000.pro") }
        #expect(try stored("Contacts") == nil)
    }

    @Test func create_refusesExceptedProfilesMissing() throws {
        let reply = try create(#"{"lock_type":"manual","locked_for":"all_profiles_except_excluded_profiles"}"#)
        #expect(reply.status == 400)
        #expect(reply.item(Self.key) == Self.refused(
            "DEPENDENT_FIELD_MISSING",
            "lock_excluded_profiles should have been given when locked_for is given as all_profiles_except_excluded_profiles ",
            JSONObject([
                ("dependee", Self.pointer("locked_for", "\(Self.path).locked_for")),
                ("api_name", "lock_excluded_profiles"), ("json_path", .string("\(Self.path).lock_excluded_profiles")),
            ])))
        #expect(try stored("Contacts") == nil)
    }

    @Test func create_refusesAnUnknownExcludedProfile() throws {
        let reply = try create(#"{"lock_type":"manual","lock_excluded_profiles":[{"id":"42"}]}"#)
        #expect(reply.item(Self.key) == Self.refused(
            "INVALID_DATA", "lock_excluded_profiles not found",
            JSONObject([("api_name", "id"), ("json_path", .string("\(Self.path).lock_excluded_profiles[0].id"))])))
    }

    @Test func create_refusesMoreThanFiveRules() throws {
        let rules = (0...ConfigurationEditor.maximumRules).map { index in
            #"{"name":"R\#(index)","criteria":{"comparator":"equal","field":{"api_name":"Title"},"value":"C\#(index)"}}"#
        }
        let reply = try create(#"{"lock_type":"automatic","locking_rules":[\#(rules.joined(separator: ","))]}"#)
        #expect(reply.item(Self.key) == Self.refused(
            "LIMIT_EXCEEDED", "Maximum limit for locking rules exceeded",
            JSONObject([
                ("limit", 5), ("available_limit", 5), ("api_name", "locking_rules"),
                ("json_path", .string("\(Self.path).locking_rules")),
            ])))
    }

    @Test func automaticWithoutRules_isADependentFieldMissing() throws {
        let reply = try create(#"{"lock_type":"automatic"}"#)
        #expect(reply.item(Self.key) == Self.refused(
            "DEPENDENT_FIELD_MISSING", "locking_rules should have been given when lock_type is given as automatic or both",
            JSONObject([
                ("dependee", Self.pointer("lock_type", "\(Self.path).lock_type")),
                ("api_name", "locking_rules"), ("json_path", .string("\(Self.path).locking_rules")),
            ])))
    }

    @Test func updateRemovingARule_dropsTheLocksItMade() throws {
        let reply = try service.updateConfiguration(
            try F.caller("1000.admin", in: store), id: F.leadsConfigurationID.description, Self.module("Leads"),
            body: Self.body(#"{"lock_type":"manual","locking_rules":[{"id":"\#(F.webRuleID)","_delete":true}]}"#))
        #expect(reply.status == 200)
        #expect(reply.item(Self.key)?["message"] == "record locking configuration updated successfully")
        #expect(try stored("Leads")?.lockingRules == [])
        #expect(try store.read { try $0.lock(orgID: F.orgID, recordID: F.webLeadID) } == nil)
    }

    @Test func delete_removesTheConfigurationAndItsLocks() throws {
        let caller = try F.caller("1000.admin", in: store)
        #expect(throws: ZohoError.invalidID(resourcePathIndex: 2)) {
            try service.deleteConfiguration(caller, id: "42", Self.module("Leads"))
        }
        let reply = try service.deleteConfiguration(caller, id: F.leadsConfigurationID.description, Self.module("Leads"))
        #expect(reply.status == 200)
        #expect(reply.item(Self.key)?["message"] == "record locking configuration deleted successfully")
        #expect(try stored("Leads") == nil)
        #expect(try store.read { try $0.lock(orgID: F.orgID, recordID: F.webLeadID) } == nil)
        #expect(try service.getConfigurations(caller, Self.module("Leads")) == .noContent)
    }
}
